import { Initial1764000000000 } from "./1764000000000-Initial";
import { AuditEventMethod1764100000000 } from "./1764100000000-AuditEventMethod";
import { UserPasskeyCount1764200000000 } from "./1764200000000-UserPasskeyCount";
import { SignInsByMethodIndex1764300000000 } from "./1764300000000-SignInsByMethodIndex";
import { UnsignedSignCount1764400000000 } from "./1764400000000-UnsignedSignCount";
import { PolicyRequireAttestation1764410000000 } from "./1764410000000-PolicyRequireAttestation";
import { AppRegistrations1764500000000 } from "./1764500000000-AppRegistrations";
import { Housekeeping1764600000000 } from "./1764600000000-Housekeeping";
import { UserPasskeysRevokedAt1764710000000 } from "./1764710000000-UserPasskeysRevokedAt";
import { BigTenant1764800000000 } from "./1764800000000-BigTenant";
import { UserCounts1764900000000 } from "./1764900000000-UserCounts";

/** In order; the folder for the other dialect has a migration of the same name for each. */
export const sqliteMigrations: Function[] = [
  Initial1764000000000,
  AuditEventMethod1764100000000,
  UserPasskeyCount1764200000000,
  SignInsByMethodIndex1764300000000,
  UnsignedSignCount1764400000000,
  PolicyRequireAttestation1764410000000,
  AppRegistrations1764500000000,
  Housekeeping1764600000000,
  UserPasskeysRevokedAt1764710000000,
  BigTenant1764800000000,
  UserCounts1764900000000,
];
