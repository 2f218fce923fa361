import { describe, expect, it } from "vitest";
import type { PolicyFieldsFragment } from "../../graphql/graphql";
import { changedFields, toInput, toValues } from "./policyForm";
import { announcementText, policySummary, requirementSentence, scheduleNotes } from "./policyText";

const policy = (overrides: Partial<PolicyFieldsFragment> = {}): PolicyFieldsFragment => ({
  __typename: "PasskeyPolicy",
  enabled: true,
  forcePasskeySetup: false,
  requirement: "OPTIONAL",
  enabledFrom: null,
  forceSetupFrom: null,
  remindAfterDays: null,
  maxSkips: null,
  mandatoryRoles: [],
  userVerification: "REQUIRED",
  allowedAuthenticators: [],
  requireAttestation: false,
  allowPasswordAfterPasskey: false,
  version: 1,
  updatedAt: "2026-11-01T00:00:00.000Z",
  updatedBy: null,
  ...overrides,
});

const now = new Date("2026-11-25T12:00:00.000Z");

describe("the requirement in one sentence", () => {
  it.each([
    ["OPTIONAL", "Passkeys are optional: employees are asked to create one and can choose “Do this later”."],
    ["MANDATORY", "Passkeys are mandatory: employees must create a passkey before they can continue."],
    ["OFF", "Passkeys are off: employees sign in with their password."],
  ] as const)("%s", (requirement, sentence) => {
    expect(requirementSentence(requirement)).toBe(sentence);
  });

  it.each([
    [
      {},
      "Passkeys are optional: employees are asked to create one and can choose “Do this later”. After a skip they are not asked again.",
    ],
    [
      { remindAfterDays: 7, maxSkips: 3 },
      "Passkeys are optional: employees are asked to create one and can choose “Do this later”. After a skip they are asked again 7 days later. After 3 skips, a passkey becomes mandatory for them.",
    ],
    [
      { remindAfterDays: 1, maxSkips: 1, mandatoryRoles: ["ORG_ADMIN", "APP_EDITOR"] },
      "Passkeys are optional: employees are asked to create one and can choose “Do this later”. After a skip they are asked again 1 day later. After 1 skip, a passkey becomes mandatory for them. A passkey is mandatory for organisation admins and app editors.",
    ],
    [{ maxSkips: 0 }, "Passkeys are optional, but nobody may skip: employees must create one before they continue."],
    [
      { requirement: "MANDATORY", remindAfterDays: 7 },
      "Passkeys are mandatory: employees must create a passkey before they can continue.",
    ],
  ] as [Partial<PolicyFieldsFragment>, string][])("sums up the rules in force: %o", (overrides, sentence) => {
    expect(policySummary(policy(overrides))).toBe(sentence);
  });

  it("notes what is scheduled and what is missing", () => {
    expect(scheduleNotes(policy(), false, now)).toEqual([
      "Support has not activated passkeys for your organisation yet.",
    ]);
    expect(
      scheduleNotes(
        policy({
          enabledFrom: "2026-12-01T00:00:00.000Z",
          forceSetupFrom: "2027-01-15T00:00:00.000Z",
        }),
        true,
        now,
      ),
    ).toEqual(["Passkeys switch on on 1 December 2026.", "They become mandatory on 15 January 2027."]);
    expect(scheduleNotes(policy({ enabledFrom: "2026-11-01T00:00:00.000Z" }), true, now)).toEqual([]);
  });
});

describe("the employee announcement", () => {
  it("carries the switch-on date, the method, privacy, new phones and who to ask", () => {
    const { title, body } = announcementText({
      organisationName: "Acme",
      policy: policy({ enabledFrom: "2026-12-01T00:00:00.000Z" }),
      contact: "the IT desk",
      now,
    });
    expect(title).toBe("From 1 December 2026, sign in with a passkey");
    expect(body).toContain("sign in to the Acme app with a passkey");
    expect(body).toContain("Face ID, your fingerprint or your device PIN");
    expect(body).toContain("never leaves your device");
    expect(body).toContain("follow you to your new phone");
    expect(body).toContain("Do this later");
    expect(body).toContain("Ask the IT desk.");
  });

  it("says a passkey is needed when setup is forced", () => {
    const { body } = announcementText({
      organisationName: "Acme",
      policy: policy({ forcePasskeySetup: true, requirement: "MANDATORY" }),
      contact: "HR",
      now,
    });
    expect(body).toContain("You will need a passkey");
    expect(body).not.toContain("Do this later");
  });
});

describe("policy form values", () => {
  it("sends a chosen day as midnight local time and a cleared one as null", () => {
    const base = toValues(policy({ forceSetupFrom: "2027-01-15T00:00:00.000Z" }));
    const values = { ...base, enabledFrom: "2026-12-01", forceSetupFrom: null };
    const input = toInput("org-1", 7, base, values);
    expect(input).toEqual({
      organisationId: "org-1",
      expectedVersion: 7,
      enabledFrom: new Date(2026, 11, 1).toISOString(),
      forceSetupFrom: null,
    });
  });

  it("treats lists as sets", () => {
    const base = toValues(policy({ mandatoryRoles: ["ORG_ADMIN", "APP_EDITOR"] }));
    expect(
      changedFields(base, {
        ...base,
        mandatoryRoles: ["APP_EDITOR", "ORG_ADMIN"],
      }),
    ).toEqual([]);
    expect(changedFields(base, { ...base, mandatoryRoles: ["ORG_ADMIN"] })).toEqual(["mandatoryRoles"]);
  });
});
