import dayjs from "dayjs";
import type {
  PolicyFieldsFragment,
  Role,
  UpdatePasskeyPolicyInput,
  UserVerificationRequirement,
} from "../../graphql/graphql";
import { roleLabels } from "../../lib/viewer";
import { codeWords, userVerificationWords } from "../../lib/words";

/** The form's view of a policy: dates as calendar days, empty numbers as "". */
export interface PolicyValues {
  enabled: boolean;
  forcePasskeySetup: boolean;
  enabledFrom: string | null;
  forceSetupFrom: string | null;
  remindAfterDays: number | "";
  maxSkips: number | "";
  mandatoryRoles: Role[];
  userVerification: UserVerificationRequirement;
  allowedAuthenticators: string[];
  requireAttestation: boolean;
  allowPasswordAfterPasskey: boolean;
}

export type PolicyField = keyof PolicyValues;

export const fieldLabels: Record<PolicyField, string> = {
  enabled: "Enable passkeys",
  forcePasskeySetup: "Force Passkey Setup",
  enabledFrom: "Switch-on date",
  forceSetupFrom: "Make mandatory on",
  remindAfterDays: "Remind after (days)",
  maxSkips: "Maximum skips",
  mandatoryRoles: "Mandatory for roles",
  userVerification: "User verification",
  allowedAuthenticators: "Allowed authenticators",
  requireAttestation: "Require attestation",
  allowPasswordAfterPasskey: "Allow password after passkey",
};

const day = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD") : null);

export function toValues(policy: PolicyFieldsFragment): PolicyValues {
  return {
    enabled: policy.enabled,
    forcePasskeySetup: policy.forcePasskeySetup,
    enabledFrom: day(policy.enabledFrom),
    forceSetupFrom: day(policy.forceSetupFrom),
    remindAfterDays: policy.remindAfterDays ?? "",
    maxSkips: policy.maxSkips ?? "",
    mandatoryRoles: [...policy.mandatoryRoles],
    userVerification: policy.userVerification,
    allowedAuthenticators: [...policy.allowedAuthenticators],
    requireAttestation: policy.requireAttestation,
    allowPasswordAfterPasskey: policy.allowPasswordAfterPasskey,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

function equal(field: PolicyField, a: PolicyValues, b: PolicyValues): boolean {
  const x = a[field];
  const y = b[field];
  return Array.isArray(x) && Array.isArray(y) ? sameSet(x, y) : x === y;
}

/** The fields whose values differ between two versions of the form. */
export function changedFields(from: PolicyValues, to: PolicyValues): PolicyField[] {
  return (Object.keys(fieldLabels) as PolicyField[]).filter((field) => !equal(field, from, to));
}

/**
 * Only what the admin changed is sent, with the version it was based on: the
 * API refuses a stale version, so nobody overwrites a colleague unseen.
 * Cleared fields are sent as null (no date, no reminder, no limit).
 */
export function toInput(organisationId: string, version: number, base: PolicyValues, values: PolicyValues) {
  const input: UpdatePasskeyPolicyInput = {
    organisationId,
    expectedVersion: version,
  };
  const number = (v: number | "") => (v === "" ? null : v);
  const date = (v: string | null) => (v ? dayjs(v).startOf("day").toISOString() : null);
  for (const field of changedFields(base, values)) {
    switch (field) {
      case "enabledFrom":
      case "forceSetupFrom":
        input[field] = date(values[field]);
        break;
      case "remindAfterDays":
      case "maxSkips":
        input[field] = number(values[field]);
        break;
      default:
        (input as unknown as Record<string, unknown>)[field] = values[field];
    }
  }
  return input;
}

/** A value as the admin reads it in the conflict summary. */
export function describeValue(field: PolicyField, values: PolicyValues, authenticatorName: (aaguid: string) => string) {
  const value = values[field];
  if (typeof value === "boolean") return value ? "on" : "off";
  if (value === "" || value === null) {
    return field === "maxSkips" ? "no limit" : field === "remindAfterDays" ? "never" : "not set";
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return field === "allowedAuthenticators" ? "any authenticator" : "none";
    if (field === "allowedAuthenticators") return value.map(authenticatorName).join(", ");
    return value.map((item) => (item in roleLabels ? roleLabels[item as Role] : codeWords(String(item)))).join(", ");
  }
  if (field === "userVerification") return userVerificationWords[value as UserVerificationRequirement];
  if (field === "enabledFrom" || field === "forceSetupFrom") return dayjs(String(value)).format("D MMMM YYYY");
  return String(value);
}
