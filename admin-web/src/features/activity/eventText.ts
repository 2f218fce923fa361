import type { AuditEventType } from "../../graphql/graphql";

export const eventLabels: Record<AuditEventType, string> = {
  ORGANISATION_CREATED: "Organisation created",
  PASSKEYS_ACTIVATED: "Passkeys activated",
  PASSKEYS_DEACTIVATED: "Passkeys deactivated",
  POLICY_UPDATED: "Passkey policy changed",
  USER_CREATED: "User added",
  SIGN_IN_SUCCEEDED: "Signed in",
  SIGN_IN_FAILED: "Sign-in failed",
  SIGNED_OUT: "Signed out",
  PASSKEY_REGISTERED: "Passkey created",
  PASSKEY_RENAMED: "Passkey renamed",
  PASSKEY_REVOKED: "Passkey revoked",
  PASSKEY_SETUP_SKIPPED: "Passkey setup skipped",
  SIGN_IN_CODE_CREATED: "Sign-in code created",
  SIGN_IN_CODE_USED: "Sign-in code used",
  RECOVERY_CODE_ISSUED: "Recovery code issued",
  SIGN_COUNT_REGRESSION: "Possible cloned passkey",
};

export type EventTone = "good" | "bad" | "neutral" | "warning";

export function eventTone(type: AuditEventType): EventTone {
  switch (type) {
    case "SIGN_IN_FAILED":
    case "SIGN_COUNT_REGRESSION":
      return "bad";
    case "PASSKEY_REVOKED":
    case "PASSKEYS_DEACTIVATED":
    case "RECOVERY_CODE_ISSUED":
      return "warning";
    case "SIGN_IN_SUCCEEDED":
    case "PASSKEY_REGISTERED":
    case "PASSKEYS_ACTIVATED":
      return "good";
    default:
      return "neutral";
  }
}

const methodWords: Record<string, string> = {
  PASSKEY: "passkey",
  PASSWORD: "password",
  SIGN_IN_CODE: "sign-in code",
};

const keyWords: Record<string, string> = {
  method: "Method",
  reason: "Reason",
  changes: "Changed",
  changedFields: "Changed",
  fields: "Changed",
  credentialId: "Passkey",
  credentialName: "Passkey",
  name: "Name",
  ip: "IP address",
  userAgent: "Browser",
};

function words(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(words).join(", ");
  if (typeof value === "object") return Object.keys(value as object).join(", ");
  const text = String(value);
  return methodWords[text] ?? text;
}

/** Event data as short "Label: value" lines; long ids are shortened. */
export function eventDetails(data: unknown): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .slice(0, 6)
    .map(([key, value]) => {
      let text = words(value);
      if (key.toLowerCase().endsWith("id") && text.length > 16) text = `${text.slice(0, 12)}…`;
      if (text.length > 120) text = `${text.slice(0, 117)}…`;
      const label = keyWords[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
      return `${label}: ${text}`;
    });
}
