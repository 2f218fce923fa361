import { AppAssociationVersion, AppRegistration } from "../modules/apps/app-registration.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { HousekeepingLease } from "../modules/housekeeping/housekeeping-lease.entity";
import { Organisation } from "../modules/organisations/organisation.entity";
import { Challenge } from "../modules/passkeys/challenge.entity";
import { Credential } from "../modules/passkeys/credential.entity";
import { PasskeyPolicy } from "../modules/policy/passkey-policy.entity";
import { Session } from "../modules/sessions/session.entity";
import { SignInCode } from "../modules/sign-in-codes/sign-in-code.entity";
import { StatsDay } from "../modules/stats/stats-day.entity";
import { UserCount } from "../modules/users/user-count.entity";
import { User } from "../modules/users/user.entity";

export const entities = [
  Organisation,
  PasskeyPolicy,
  User,
  Credential,
  Challenge,
  Session,
  SignInCode,
  AuditEvent,
  AppRegistration,
  AppAssociationVersion,
  HousekeepingLease,
  StatsDay,
  UserCount,
];
