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
    ).toEqual(["Maximum skips: no limit → 3", "Force Passkey Setup: no → yes", "Requirement now: mandatory"]);
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

describe("no raw codes in the feed", () => {
  const names = (aaguid: string) => (aaguid === "fbfc3007-154e-4ecc-8c0b-6e020557d7bd" ? "iCloud Keychain" : undefined);
  // The data the API records for each kind of event (api/src: recordAudit calls).
  const samples: [AuditEventType, Record<string, unknown>][] = [
    [
      "POLICY_UPDATED",
      {
        version: 3,
        changed: {
          mandatoryRoles: { from: [], to: ["APP_EDITOR", "ORG_ADMIN"] },
          userVerification: { from: "REQUIRED", to: "PREFERRED" },
          allowedAuthenticators: { from: [], to: ["fbfc3007-154e-4ecc-8c0b-6e020557d7bd"] },
          forceSetupFrom: { from: null, to: "2026-12-02T00:00:00.000Z" },
          remindAfterDays: { from: 7, to: null },
        },
        requirement: "MANDATORY",
      },
    ],
    [
      "PASSKEY_REGISTERED",
      {
        credentialId: "Q2lQaG9uZS1wYXNza2V5LWlk",
        name: "iPhone",
        aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd",
        attestationFormat: "none",
        synced: true,
        restrictedSessionsEnded: 1,
      },
    ],
    ["PASSKEY_SETUP_SKIPPED", { skipCount: 2, reason: "FIRST_PASSKEY" }],
    ["PASSKEY_SETUP_SKIPPED", { skipCount: 1, reason: "NEW_DEVICE" }],
    ["SIGN_IN_SUCCEEDED", { method: "SIGN_IN_CODE", userVerified: false, codeId: "c1", kind: "DEVICE" }],
    ["SIGN_IN_CODE_USED", { codeId: "c1", kind: "RECOVERY" }],
    ["SIGN_IN_FAILED", { method: "PASSWORD", reason: "wrong_password" }],
    ["USER_CREATED", { role: "APP_EDITOR", email: "sam@acme.example" }],
    ["SIGN_IN_CODE_CREATED", { codeId: "c2", expiresAt: "2026-12-02T14:15:00.000Z", replacedCodes: 1 }],
    ["SIGN_COUNT_REGRESSION", { credentialId: "Q2lQaG9uZS1wYXNza2V5LWlk", storedCount: 9, receivedCount: 3 }],
    ["SIGNED_OUT", { otherSessions: 2, reason: "passkeys_revoked" }],
    ["APP_UPDATED", { platform: "ANDROID", appId: "com.acme.app", certificateFingerprints: ["AB:CD"] }],
  ];

  it.each(samples)("%s reads as words", (type, data) => {
    const text = [
      eventSentence({ type, data, actor: { id: "u1", displayName: "Alex Kim" }, subject: null }, names),
      ...eventDetails(data, { type, authenticatorName: names }),
    ].join("\n");
    for (const raw of [
      "APP_EDITOR",
      "ORG_ADMIN",
      "FIRST_PASSKEY",
      "NEW_DEVICE",
      "DEVICE",
      "RECOVERY",
      "REQUIRED",
      "PREFERRED",
      "MANDATORY",
      "SIGN_IN_CODE",
      "Aaguid",
      "Attestation Format",
      "Kind",
      "_",
    ]) {
      expect(text).not.toContain(raw);
    }
  });

  it("says each value as a reader knows it", () => {
    expect(eventDetails(samples[0][1], { type: "POLICY_UPDATED", authenticatorName: names })).toEqual([
      "Mandatory for roles: none → App editor, Organisation admin",
      "User verification: required (Face ID, fingerprint or PIN every time) → preferred (asked for when the device can)",
      "Allowed authenticators: any authenticator → iCloud Keychain",
      "Make mandatory on: not set → 2 December 2026",
      "Remind after (days): 7 → never",
      "Requirement now: mandatory",
    ]);
    expect(eventDetails(samples[1][1], { type: "PASSKEY_REGISTERED", authenticatorName: names })).toEqual([
      "Passkey: Q2lQaG9uZS1w…",
      "Attestation: none (the authenticator's own word)",
      "Synced to a password manager: yes",
      "Sessions held at the prompt ended: 1",
    ]);
    expect(eventDetails({ role: "ORG_ADMIN" }, { type: "USER_CREATED" })).toEqual(["Role: Organisation admin"]);
    expect(eventDetails(samples[2][1], { type: "PASSKEY_SETUP_SKIPPED" })).toEqual([
      "Skips so far: 2",
      "Asked for: their first passkey",
    ]);
    expect(eventDetails(samples[4][1], { type: "SIGN_IN_SUCCEEDED" })).toEqual([
      "Verified with biometrics or PIN: no",
      "Code: made on their own device",
    ]);
  });
});

describe("what platform support did", () => {
  const activated = { type: "PASSKEYS_ACTIVATED" as const, data: null, subject: null };

  it("reads as Platform support to the organisation, who cannot see support's names", () => {
    expect(eventSentence({ ...activated, actor: null, byPlatformSupport: true })).toBe(
      "Platform support activated passkeys for the organisation",
    );
  });

  it("names the person to support itself", () => {
    expect(
      eventSentence({ ...activated, actor: { id: "s1", displayName: "Robin Reyes" }, byPlatformSupport: true }),
    ).toBe("Robin Reyes (platform support) activated passkeys for the organisation");
  });

  it("keeps “Someone not signed in” for events nobody signed in made", () => {
    expect(eventSentence({ ...activated, actor: null, byPlatformSupport: false })).toBe(
      "Someone not signed in activated passkeys for the organisation",
    );
  });
});
