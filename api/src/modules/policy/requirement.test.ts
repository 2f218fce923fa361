import { describe, expect, it } from "vitest";
import {
  AuthMethod,
  PasskeyNextStep as Step,
  PasskeyRequirement as Req,
  PasskeySetupReason as Reason,
  Role,
} from "../enums";
import { organisationRequirement, passkeySetupFor, PolicyFacts, SessionFacts, UserFacts } from "./requirement";

const NOW = new Date("2026-03-02T09:00:00Z");
const PAST = new Date("2026-03-01T09:00:00Z");
const FUTURE = new Date("2026-03-03T09:00:00Z");
const DAY = 86_400_000;

const policy = (overrides: Partial<PolicyFacts> = {}): PolicyFacts => ({
  passkeysActivated: true,
  enabled: true,
  forcePasskeySetup: false,
  enabledFrom: null,
  forceSetupFrom: null,
  remindAfterDays: null,
  maxSkips: null,
  mandatoryRoles: [],
  ...overrides,
});
const user = (overrides: Partial<UserFacts> = {}): UserFacts => ({
  role: Role.EMPLOYEE,
  skipCount: 0,
  skippedAt: null,
  hasPasskey: false,
  ...overrides,
});
const passwordSession: SessionFacts = { authMethod: AuthMethod.PASSWORD, deviceSetupDone: true };
const codeSession: SessionFacts = { authMethod: AuthMethod.SIGN_IN_CODE, deviceSetupDone: false };

describe("the organisation's requirement (DESIGN: Requirement)", () => {
  it.each<[string, PolicyFacts | null, Req]>([
    ["no policy", null, Req.OFF],
    ["not activated by support", policy({ passkeysActivated: false }), Req.OFF],
    ["activated, policy not enabled", policy({ enabled: false }), Req.OFF],
    ["enabled from a future date", policy({ enabledFrom: FUTURE }), Req.OFF],
    ["enabled from a past date", policy({ enabledFrom: PAST }), Req.OPTIONAL],
    ["enabled from exactly now", policy({ enabledFrom: NOW }), Req.OPTIONAL],
    ["enabled, no dates", policy(), Req.OPTIONAL],
    ["Force Passkey Setup", policy({ forcePasskeySetup: true }), Req.MANDATORY],
    ["mandatory from a past date", policy({ forceSetupFrom: PAST }), Req.MANDATORY],
    ["mandatory from a future date", policy({ forceSetupFrom: FUTURE }), Req.OPTIONAL],
    ["forced but not yet switched on", policy({ forcePasskeySetup: true, enabledFrom: FUTURE }), Req.OFF],
    ["forced but deactivated", policy({ forcePasskeySetup: true, passkeysActivated: false }), Req.OFF],
  ])("%s → %s", (_label, facts, expected) => {
    expect(organisationRequirement(facts, NOW)).toBe(expected);
  });
});

describe("the next step for a signed-in user (DESIGN: Next step)", () => {
  type Row = [string, PolicyFacts | null, UserFacts, SessionFacts, Partial<ReturnType<typeof passkeySetupFor>>];
  it.each<Row>([
    [
      "requirement OFF",
      policy({ enabled: false }),
      user(),
      passwordSession,
      { nextStep: Step.NONE, requirement: Req.OFF, canSkip: false, reason: null },
    ],
    [
      "OFF even with a code session",
      policy({ enabled: false }),
      user(),
      codeSession,
      { nextStep: Step.NONE, reason: null },
    ],
    [
      "code session under OPTIONAL: offer for the new device",
      policy(),
      user({ hasPasskey: true }),
      codeSession,
      { nextStep: Step.OFFER_SETUP, reason: Reason.NEW_DEVICE, canSkip: true },
    ],
    [
      "code session under MANDATORY: require for the new device",
      policy({ forcePasskeySetup: true }),
      user({ hasPasskey: true }),
      codeSession,
      { nextStep: Step.REQUIRE_SETUP, reason: Reason.NEW_DEVICE, canSkip: false },
    ],
    [
      "code session after registering or skipping there",
      policy(),
      user({ hasPasskey: true }),
      { ...codeSession, deviceSetupDone: true },
      { nextStep: Step.NONE },
    ],
    [
      "has a passkey under OPTIONAL",
      policy(),
      user({ hasPasskey: true }),
      passwordSession,
      { nextStep: Step.NONE, hasPasskey: true },
    ],
    [
      "has a passkey under MANDATORY",
      policy({ forcePasskeySetup: true }),
      user({ hasPasskey: true }),
      passwordSession,
      { nextStep: Step.NONE },
    ],
    [
      "MANDATORY, no passkey",
      policy({ forcePasskeySetup: true }),
      user(),
      passwordSession,
      { nextStep: Step.REQUIRE_SETUP, reason: Reason.FIRST_PASSKEY, canSkip: false, requirement: Req.MANDATORY },
    ],
    [
      "MANDATORY by a past date",
      policy({ forceSetupFrom: PAST }),
      user(),
      passwordSession,
      { nextStep: Step.REQUIRE_SETUP },
    ],
    [
      "OPTIONAL by a future mandatory date",
      policy({ forceSetupFrom: FUTURE }),
      user(),
      passwordSession,
      { nextStep: Step.OFFER_SETUP },
    ],
    [
      "OPTIONAL, never skipped",
      policy(),
      user(),
      passwordSession,
      {
        nextStep: Step.OFFER_SETUP,
        reason: Reason.FIRST_PASSKEY,
        canSkip: true,
        requirement: Req.OPTIONAL,
        remindAt: null,
      },
    ],
    [
      "OPTIONAL, skipped, no reminders",
      policy(),
      user({ skipCount: 1, skippedAt: PAST }),
      passwordSession,
      { nextStep: Step.NONE, remindAt: null, skipCount: 1 },
    ],
    [
      "OPTIONAL, skipped, reminder not due",
      policy({ remindAfterDays: 7 }),
      user({ skipCount: 1, skippedAt: PAST }),
      passwordSession,
      { nextStep: Step.NONE, remindAt: new Date(PAST.getTime() + 7 * DAY) },
    ],
    [
      "OPTIONAL, skipped, reminder due",
      policy({ remindAfterDays: 1 }),
      user({ skipCount: 1, skippedAt: PAST }),
      passwordSession,
      { nextStep: Step.OFFER_SETUP, canSkip: true, remindAt: new Date(PAST.getTime() + DAY) },
    ],
    [
      "role in mandatoryRoles",
      policy({ mandatoryRoles: [Role.ORG_ADMIN] }),
      user({ role: Role.ORG_ADMIN }),
      passwordSession,
      { nextStep: Step.REQUIRE_SETUP, requirement: Req.MANDATORY },
    ],
    [
      "role not in mandatoryRoles",
      policy({ mandatoryRoles: [Role.ORG_ADMIN] }),
      user({ role: Role.EMPLOYEE }),
      passwordSession,
      { nextStep: Step.OFFER_SETUP, requirement: Req.OPTIONAL },
    ],
    [
      "maxSkips reached",
      policy({ maxSkips: 2 }),
      user({ skipCount: 2, skippedAt: PAST }),
      passwordSession,
      { nextStep: Step.REQUIRE_SETUP, requirement: Req.MANDATORY },
    ],
    [
      "maxSkips not reached",
      policy({ maxSkips: 3, remindAfterDays: 1 }),
      user({ skipCount: 2, skippedAt: PAST }),
      passwordSession,
      { nextStep: Step.OFFER_SETUP, requirement: Req.OPTIONAL },
    ],
    [
      "mandatoryRoles do not switch an OFF policy on",
      policy({ enabled: false, mandatoryRoles: [Role.EMPLOYEE] }),
      user(),
      passwordSession,
      { nextStep: Step.NONE, requirement: Req.OFF },
    ],
    [
      "SUPPORT without a passkey: always MANDATORY",
      null,
      user({ role: Role.SUPPORT }),
      passwordSession,
      { nextStep: Step.REQUIRE_SETUP, requirement: Req.MANDATORY },
    ],
    [
      "SUPPORT with a passkey",
      null,
      user({ role: Role.SUPPORT, hasPasskey: true }),
      passwordSession,
      { nextStep: Step.NONE, requirement: Req.MANDATORY },
    ],
    [
      "SUPPORT on a new device",
      null,
      user({ role: Role.SUPPORT, hasPasskey: true }),
      codeSession,
      { nextStep: Step.REQUIRE_SETUP, reason: Reason.NEW_DEVICE },
    ],
  ])("%s", (_label, facts, who, session, expected) => {
    expect(passkeySetupFor(facts, who, session, NOW)).toMatchObject(expected);
  });
});

describe("what the prompt says about skipping (skipsRemaining, nextPromptAt)", () => {
  type Row = [
    string,
    PolicyFacts | null,
    UserFacts,
    SessionFacts,
    { skipsRemaining: number | null; nextPromptAt: Date | null },
  ];
  it.each<Row>([
    [
      "no limit, no reminders: not again",
      policy(),
      user(),
      passwordSession,
      { skipsRemaining: null, nextPromptAt: null },
    ],
    [
      "offered with reminders: a skip brings it back that many days from now",
      policy({ remindAfterDays: 7, maxSkips: 3 }),
      user(),
      passwordSession,
      { skipsRemaining: 3, nextPromptAt: new Date(NOW.getTime() + 7 * DAY) },
    ],
    [
      "after a skip: back at the reminder",
      policy({ remindAfterDays: 7, maxSkips: 3 }),
      user({ skipCount: 1, skippedAt: PAST }),
      passwordSession,
      { skipsRemaining: 2, nextPromptAt: new Date(PAST.getTime() + 7 * DAY) },
    ],
    [
      "the mandatory date comes before the reminder",
      policy({ remindAfterDays: 7, forceSetupFrom: FUTURE }),
      user(),
      passwordSession,
      { skipsRemaining: null, nextPromptAt: FUTURE },
    ],
    [
      "the last skip allowed: back at once, as a requirement",
      policy({ remindAfterDays: 7, maxSkips: 2 }),
      user({ skipCount: 1, skippedAt: new Date(PAST.getTime() - 7 * DAY) }),
      passwordSession,
      { skipsRemaining: 1, nextPromptAt: NOW },
    ],
    [
      "mandatory: nothing left to skip",
      policy({ forcePasskeySetup: true }),
      user(),
      passwordSession,
      { skipsRemaining: 0, nextPromptAt: null },
    ],
    [
      "off: nothing to say",
      policy({ enabled: false, maxSkips: 3 }),
      user(),
      passwordSession,
      { skipsRemaining: null, nextPromptAt: null },
    ],
    [
      "a new device's offer for someone with a passkey does not come back by date",
      policy({ remindAfterDays: 7 }),
      user({ hasPasskey: true }),
      codeSession,
      { skipsRemaining: null, nextPromptAt: null },
    ],
  ])("%s", (_label, facts, who, session, expected) => {
    expect(passkeySetupFor(facts, who, session, NOW)).toMatchObject(expected);
  });
});
