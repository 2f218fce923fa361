import { describe, expect, it } from "vitest";
import { AuditEventType } from "../../graphql/enums";
import { eventDetails, eventSentence, type EventForSentence } from "./eventText";

describe("audit event details in words", () => {
  it("names sign-in methods", () => {
    expect(eventDetails({ method: "SIGN_IN_CODE", userVerified: true })).toEqual([
      "Method: sign-in code",
      "Verified with biometrics or PIN: yes",
    ]);
  });

  it("lists a policy change field by field, as the settings page names them", () => {
    expect(
      eventDetails({
        version: 4,
        changed: { maxSkips: { from: null, to: 3 }, forcePasskeySetup: { from: false, to: true } },
        requirement: "MANDATORY",
      }),
    ).toEqual(["Maximum skips: not set → 3", "Force Passkey Setup: no → yes", "Requirement now: mandatory"]);
  });

  it("says the API's reasons as words", () => {
    expect(eventDetails({ method: "SIGN_IN_CODE", reason: "no_tries_left" })).toEqual([
      "Method: sign-in code",
      "Reason: no tries left",
    ]);
  });

  it("shortens long ids and leaves out empty values", () => {
    expect(eventDetails({ credentialId: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", reason: null })).toEqual([
      "Passkey: AAAAAAAAAAAA…",
    ]);
    expect(eventDetails(null)).toEqual([]);
  });
});

describe("audit events as sentences", () => {
  const alex = { id: "u1", displayName: "Alex Kim" };
  const sam = { id: "u2", displayName: "Sam Lee" };
  const names = (aaguid: string) => (aaguid === "fbfc3007" ? "iCloud Keychain" : undefined);

  it.each([
    [
      { type: "PASSKEY_REGISTERED", actor: alex, subject: alex, data: { name: "iPhone", aaguid: "fbfc3007" } },
      "Alex Kim created a passkey “iPhone” (iCloud Keychain)",
    ],
    [
      { type: "SIGN_IN_SUCCEEDED", actor: alex, subject: alex, data: { method: "PASSKEY" } },
      "Alex Kim signed in with a passkey",
    ],
    [
      { type: "SIGN_IN_FAILED", actor: null, subject: alex, data: { method: "PASSWORD" } },
      "A sign-in as Alex Kim with a password failed",
    ],
    [
      { type: "PASSKEY_REVOKED", actor: sam, subject: alex, data: { name: "Work laptop" } },
      "Sam Lee revoked Alex Kim's passkey “Work laptop”",
    ],
    [
      { type: "PASSKEY_REVOKED", actor: alex, subject: alex, data: { name: "Old phone" } },
      "Alex Kim removed their passkey “Old phone”",
    ],
    [{ type: "USER_CREATED", actor: null, subject: alex, data: null }, "Someone not signed in added Alex Kim"],
    [
      { type: "RECOVERY_CODE_ISSUED", actor: sam, subject: alex, data: null },
      "Sam Lee issued a recovery code for Alex Kim",
    ],
    [
      {
        type: "PASSKEY_REGISTERED",
        actor: alex,
        subject: alex,
        data: { name: "Work laptop", aaguid: "fbfc3007", device: "Safari on Mac" },
      },
      "Alex Kim created a passkey “Work laptop” (iCloud Keychain) in Safari on Mac",
    ],
    [
      {
        type: "PASSKEY_REGISTERED",
        actor: alex,
        subject: alex,
        data: { name: "Chrome on Mac", device: "Chrome on Mac" },
      },
      "Alex Kim created a passkey “Chrome on Mac”",
    ],
    [
      { type: "USER_ROLE_CHANGED", actor: sam, subject: alex, data: { from: "EMPLOYEE", to: "ORG_ADMIN" } },
      "Sam Lee made Alex Kim an organisation admin",
    ],
    [
      { type: "USER_ROLE_CHANGED", actor: alex, subject: alex, data: { from: "ORG_ADMIN", to: "EMPLOYEE" } },
      "Alex Kim made themselves an employee",
    ],
    [
      { type: "USER_DEACTIVATED", actor: sam, subject: alex, data: { sessionsEnded: 1 } },
      "Sam Lee deactivated Alex Kim and ended 1 session",
    ],
    [
      { type: "USER_DEACTIVATED", actor: sam, subject: alex, data: { sessionsEnded: 3 } },
      "Sam Lee deactivated Alex Kim and ended 3 sessions",
    ],
    [
      { type: "USER_DEACTIVATED", actor: sam, subject: alex, data: { sessionsEnded: 0 } },
      "Sam Lee deactivated Alex Kim",
    ],
    [{ type: "USER_REACTIVATED", actor: sam, subject: alex, data: {} }, "Sam Lee reactivated Alex Kim"],
  ] as const)("%#: %o", (event, sentence) => {
    expect(eventSentence(event as EventForSentence, names)).toBe(sentence);
  });

  it("has a sentence for every event type", () => {
    for (const type of Object.values(AuditEventType)) {
      expect(eventSentence({ type, actor: alex, subject: sam, data: {} }), type).toMatch(/^[A-Z].+[a-z”)]$/);
    }
  });
});
