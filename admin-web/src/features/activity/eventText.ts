import type { AuditEventType } from "../../graphql/graphql";
import { plural } from "../../lib/words";
import { fieldLabels } from "../passkey-settings/policyForm";

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
  APP_REGISTERED: "App registered",
  APP_UPDATED: "App's signing certificates changed",
  APP_REMOVED: "App removed",
  USER_ROLE_CHANGED: "Role changed",
  USER_DEACTIVATED: "User deactivated",
  USER_REACTIVATED: "User reactivated",
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
    case "USER_DEACTIVATED":
      return "warning";
    case "SIGN_IN_SUCCEEDED":
    case "PASSKEY_REGISTERED":
    case "PASSKEYS_ACTIVATED":
      return "good";
    default:
      return "neutral";
  }
}

const valueWords: Record<string, string> = {
  PASSKEY: "passkey",
  PASSWORD: "password",
  SIGN_IN_CODE: "sign-in code",
  EMPLOYEE: "employee",
  APP_EDITOR: "app editor",
  ORG_ADMIN: "organisation admin",
  OFF: "off",
  OPTIONAL: "optional",
  MANDATORY: "mandatory",
  REQUIRED: "required",
  PREFERRED: "preferred",
  IOS: "iOS",
  ANDROID: "Android",
};

const keyWords: Record<string, string> = {
  method: "Method",
  reason: "Reason",
  requirement: "Requirement now",
  credentialId: "Passkey",
  credentialName: "Passkey",
  userVerified: "Verified with biometrics or PIN",
  ip: "IP address",
  userAgent: "Browser",
  device: "Made on",
  sessionsEnded: "Sessions ended",
  appId: "App",
  certificateFingerprints: "Signing certificates",
  previousFingerprints: "Before",
};

const label = (key: string) =>
  (fieldLabels as Record<string, string>)[key] ??
  keyWords[key] ??
  key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** "iOS app" or "Android app", from an app event's platform. */
const platformWords = (platform?: string) =>
  platform === "IOS" ? "iOS app" : platform === "ANDROID" ? "Android app" : "app";

function words(value: unknown): string {
  if (value === null || value === undefined || value === "") return "not set";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(words).join(", ");
  if (typeof value === "object")
    return Object.keys(value as object)
      .map(label)
      .join(", ");
  const text = String(value);
  if (/^\d{4}-\d\d-\d\dT/.test(text)) return new Date(text).toLocaleDateString();
  const known = valueWords[text] ?? (fieldLabels as Record<string, string>)[text];
  if (known) return known;
  // The API's reasons are snake_case words ("wrong_code", "revoked_credential"): say them as words.
  return /^[a-z]+(_[a-z]+)+$/.test(text) ? text.replaceAll("_", " ") : text;
}

function shorten(key: string, text: string) {
  // Record ids are long and alike; an app id (TEAMID.bundle.id, a package name) is read whole.
  if (key.toLowerCase().endsWith("id") && key !== "appId" && text.length > 16) return `${text.slice(0, 12)}…`;
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Event data as short "Label: value" lines. A policy change's `changed`
 * ({ field: { from, to } }) becomes one line per field.
 */
export function eventDetails(data: unknown): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || value === undefined || value === "") continue;
    if (key === "changed" && typeof value === "object" && !Array.isArray(value)) {
      for (const [field, change] of Object.entries(value as Record<string, { from?: unknown; to?: unknown }>)) {
        lines.push(`${label(field)}: ${words(change?.from)} → ${words(change?.to)}`);
      }
    } else if (key !== "version") {
      lines.push(`${label(key)}: ${shorten(key, words(value))}`);
    }
  }
  return lines.slice(0, 8);
}

export interface EventForSentence {
  type: AuditEventType;
  data: unknown;
  actor: { id: string; displayName: string } | null;
  subject: { id: string; displayName: string } | null;
}

/** A role after "made Alex": "an organisation admin". */
const roleWords: Record<string, string> = {
  EMPLOYEE: "an employee",
  APP_EDITOR: "an app editor",
  ORG_ADMIN: "an organisation admin",
};

const methodWords: Record<string, string> = {
  PASSKEY: "a passkey",
  PASSWORD: "a password",
  SIGN_IN_CODE: "a sign-in code",
};

/**
 * One event as a sentence in plain words: "Alex Kim created a passkey (iCloud Keychain)". Someone the viewer may
 * not see (platform staff, to a tenant's admins) or nobody signed in is "Someone not signed in".
 */
export function eventSentence(event: EventForSentence, authenticatorName?: (aaguid: string) => string | undefined) {
  const data = (event.data && typeof event.data === "object" ? event.data : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
  const actor = event.actor?.displayName ?? "Someone not signed in";
  const subject = event.subject?.displayName ?? "someone";
  const onSelf = event.actor && event.subject && event.actor.id === event.subject.id;
  const possessive = onSelf ? "their" : `${subject}'s`;
  const method = methodWords[text("method") ?? ""] ?? "a password";
  const named = (name?: string) => (name ? ` “${name}”` : "");
  switch (event.type) {
    case "ORGANISATION_CREATED":
      return `${actor} created the organisation`;
    case "PASSKEYS_ACTIVATED":
      return `${actor} activated passkeys for the organisation`;
    case "PASSKEYS_DEACTIVATED":
      return `${actor} deactivated passkeys for the organisation`;
    case "POLICY_UPDATED":
      return `${actor} changed the passkey policy`;
    case "USER_CREATED":
      return `${actor} added ${subject}`;
    case "SIGN_IN_SUCCEEDED":
      return `${event.subject?.displayName ?? actor} signed in with ${method}`;
    case "SIGN_IN_FAILED":
      return event.subject
        ? `A sign-in as ${event.subject.displayName} with ${method} failed`
        : `A sign-in with ${method} failed`;
    case "SIGNED_OUT":
      return `${actor} signed out`;
    case "PASSKEY_REGISTERED": {
      const aaguid = text("aaguid");
      const provider = aaguid ? authenticatorName?.(aaguid) : undefined;
      // The device is said once: a passkey named after it ("Chrome on Mac") is not "on Chrome on Mac" as well.
      const device = text("device");
      // "in Chrome on Mac" for a browser on a device, "on iPhone" for a device alone.
      const where = device && device !== text("name") ? ` ${device.includes(" on ") ? "in" : "on"} ${device}` : "";
      return `${actor} created a passkey${named(text("name"))}${provider ? ` (${provider})` : ""}${where}`;
    }
    case "PASSKEY_RENAMED":
      return `${actor} renamed ${possessive} passkey${named(text("from"))} to “${text("to") ?? ""}”`;
    case "PASSKEY_REVOKED":
      return onSelf
        ? `${actor} removed their passkey${named(text("name"))}`
        : `${actor} revoked ${possessive} passkey${named(text("name"))}`;
    case "PASSKEY_SETUP_SKIPPED":
      return `${actor} chose to create a passkey later`;
    case "SIGN_IN_CODE_CREATED":
      return `${actor} made a code to sign in on another device`;
    case "SIGN_IN_CODE_USED":
      return `${event.subject?.displayName ?? actor} signed in with a code`;
    case "RECOVERY_CODE_ISSUED":
      return `${actor} issued a recovery code for ${subject}`;
    case "SIGN_COUNT_REGRESSION":
      return `${event.subject ? `${event.subject.displayName}'s` : "A"} passkey answered with an old counter: it may have been copied`;
    case "USER_ROLE_CHANGED": {
      const to = roleWords[text("to") ?? ""];
      const whom = onSelf ? "themselves" : subject;
      return to ? `${actor} made ${whom} ${to}` : `${actor} changed ${possessive} role`;
    }
    case "USER_DEACTIVATED": {
      const ended = typeof data.sessionsEnded === "number" ? data.sessionsEnded : 0;
      return `${actor} deactivated ${subject}${ended ? ` and ended ${plural(ended, "session")}` : ""}`;
    }
    case "USER_REACTIVATED":
      return `${actor} reactivated ${subject}`;
    case "APP_REGISTERED":
      return `${actor} registered the ${platformWords(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
    case "APP_UPDATED":
      return `${actor} changed the signing certificates of the ${platformWords(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
    case "APP_REMOVED":
      return `${actor} removed the ${platformWords(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
  }
}
