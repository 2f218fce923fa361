import type {
  AppPlatform,
  AuditEventType,
  AuthMethod,
  PasskeyRequirement,
  PasskeySetupReason,
  Role,
  UserVerificationRequirement,
} from "../../graphql/graphql";
import { roleLabels } from "../../lib/viewer";
import {
  attestationFormatWords,
  authMethodWords,
  codeWords,
  plural,
  platformWords,
  requirementWords,
  setupReasonWords,
  signInCodeKindWords,
  userVerificationWords,
} from "../../lib/words";
import { formatDate, formatDateTime } from "../../ui/dates";
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

const keyWords: Record<string, string> = {
  method: "Method",
  reason: "Reason",
  requirement: "Requirement now",
  credentialId: "Passkey",
  credentialName: "Passkey",
  name: "Name",
  slug: "Slug",
  aaguid: "Authenticator",
  attestationFormat: "Attestation",
  synced: "Synced to a password manager",
  restrictedSessionsEnded: "Sessions held at the prompt ended",
  storedCount: "Counter on record",
  receivedCount: "Counter received",
  kind: "Code",
  expiresAt: "Valid until",
  replacedCodes: "Earlier codes replaced",
  otherSessions: "Other sessions ended",
  skipCount: "Skips so far",
  userVerified: "Verified with biometrics or PIN",
  ip: "IP address",
  userAgent: "Browser",
  device: "Made on",
  sessionsEnded: "Sessions ended",
  appId: "App",
  platform: "Platform",
  certificateFingerprints: "Signing certificates",
  previousFingerprints: "Before",
};

/** Internal record ids that mean nothing to a reader. */
const hiddenKeys = new Set(["version", "codeId", "sessionId"]);

/** What the sentence already says, per event type: not repeated below it. */
const saidInSentence: Partial<Record<AuditEventType, string[]>> = {
  PASSKEY_REGISTERED: ["name", "aaguid"],
  PASSKEY_RENAMED: ["from", "to"],
  PASSKEY_REVOKED: ["name"],
  SIGN_IN_SUCCEEDED: ["method"],
  SIGN_IN_FAILED: ["method"],
  APP_REGISTERED: ["platform", "appId"],
  APP_UPDATED: ["platform", "appId"],
  APP_REMOVED: ["platform", "appId"],
};

const label = (key: string) =>
  (fieldLabels as Record<string, string>)[key] ??
  keyWords[key] ??
  key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** "iOS app" or "Android app", from an app event's platform. */
const platformApp = (platform?: string) =>
  platform && platform in platformWords ? `${platformWords[platform as AppPlatform]} app` : "app";

type Names = (aaguid: string) => string | undefined;

/** One value in words: never a raw code. `key` says what it is (a role, a format, an authenticator). */
function words(value: unknown, key: string, names?: Names): string {
  if (value === null || value === undefined || value === "") {
    return key === "maxSkips" ? "no limit" : key === "remindAfterDays" ? "never" : "not set";
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return key === "allowedAuthenticators" ? "any authenticator" : "none";
    return value.map((v) => words(v, key, names)).join(", ");
  }
  if (typeof value === "object")
    return Object.keys(value as object)
      .map(label)
      .join(", ");
  const text = String(value);
  // Ids and fingerprints are data, not codes: read as they are.
  if (/id$/i.test(key) || /fingerprints$/i.test(key) || key === "name" || key === "slug") return text;
  if (/^\d{4}-\d\d-\d\dT/.test(text)) {
    return key === "enabledFrom" || key === "forceSetupFrom" ? formatDate(text) : formatDateTime(text);
  }
  if (key === "aaguid" || key === "allowedAuthenticators") return names?.(text) ?? "a model not on the list";
  if (key === "attestationFormat") return attestationFormatWords[text] ?? codeWords(text);
  if (key === "kind") return signInCodeKindWords[text] ?? codeWords(text);
  if ((key === "mandatoryRoles" || key === "role") && text in roleLabels) return roleLabels[text as Role];
  if (key === "userVerification" && text in userVerificationWords) {
    return userVerificationWords[text as UserVerificationRequirement];
  }
  if (key === "reason" && text in setupReasonWords) return setupReasonWords[text as PasskeySetupReason];
  if (key === "method" && text in authMethodWords) return authMethodWords[text as AuthMethod];
  if (key === "requirement" && text in requirementWords) return requirementWords[text as PasskeyRequirement];
  if (key === "platform" && text in platformWords) return platformWords[text as AppPlatform];
  return codeWords(text);
}

function shorten(key: string, text: string) {
  // Record ids are long and alike; an app id (TEAMID.bundle.id, a package name) is read whole.
  if (key.toLowerCase().endsWith("id") && key !== "appId" && text.length > 16) return `${text.slice(0, 12)}…`;
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Event data as short "Label: value" lines, in words. A policy change's `changed` ({ field: { from, to } })
 * becomes one line per field. What the event's sentence already says is left out when the type is given.
 */
export function eventDetails(data: unknown, options: { type?: AuditEventType; authenticatorName?: Names } = {}) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  const said = new Set(options.type ? (saidInSentence[options.type] ?? []) : []);
  const names = options.authenticatorName;
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || value === undefined || value === "" || hiddenKeys.has(key) || said.has(key)) continue;
    if (key === "changed" && typeof value === "object" && !Array.isArray(value)) {
      for (const [field, change] of Object.entries(value as Record<string, { from?: unknown; to?: unknown }>)) {
        lines.push(`${label(field)}: ${words(change?.from, field, names)} → ${words(change?.to, field, names)}`);
      }
    } else {
      const reasonLabel = key === "reason" && options.type === "PASSKEY_SETUP_SKIPPED" ? "Asked for" : label(key);
      lines.push(`${reasonLabel}: ${shorten(key, words(value, key, names))}`);
    }
  }
  return lines.slice(0, 8);
}

export interface EventForSentence {
  type: AuditEventType;
  data: unknown;
  actor: { id: string; displayName: string } | null;
  subject: { id: string; displayName: string } | null;
  /** Done by the platform's support staff, whose names only support sees. */
  byPlatformSupport?: boolean;
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
 * One event as a sentence in plain words: "Alex Kim created a passkey (iCloud Keychain)". The platform's support
 * staff are "Platform support" (named to support itself); nobody signed in is "Someone not signed in".
 */
export function eventSentence(event: EventForSentence, authenticatorName?: (aaguid: string) => string | undefined) {
  const data = (event.data && typeof event.data === "object" ? event.data : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
  const actor = event.byPlatformSupport
    ? event.actor
      ? `${event.actor.displayName} (platform support)`
      : "Platform support"
    : (event.actor?.displayName ?? "Someone not signed in");
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
      return `${actor} registered the ${platformApp(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
    case "APP_UPDATED":
      return `${actor} changed the signing certificates of the ${platformApp(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
    case "APP_REMOVED":
      return `${actor} removed the ${platformApp(text("platform"))} ${text("appId") ?? ""}`.trimEnd();
  }
}
