import { describe, expect, it } from "vitest";
import { PasskeyRequirement as Req, Role } from "../enums";
import { policyImpact, UserGroup } from "./impact";
import { PolicyFacts } from "./requirement";

const NOW = new Date("2026-03-02T09:00:00Z");
const DAY = 86_400_000;
const live: PolicyFacts = {
  passkeysActivated: true,
  enabled: true,
  forcePasskeySetup: false,
  enabledFrom: null,
  forceSetupFrom: null,
  remindAfterDays: null,
  maxSkips: null,
  mandatoryRoles: [],
};
const groups: UserGroup[] = [
  { role: Role.EMPLOYEE, hasPasskey: false, skipCount: 0, users: 300 },
  { role: Role.EMPLOYEE, hasPasskey: false, skipCount: 2, users: 10 },
  { role: Role.EMPLOYEE, hasPasskey: true, skipCount: 0, users: 88 },
  { role: Role.ORG_ADMIN, hasPasskey: false, skipCount: 0, users: 2 },
];
const admin = { role: Role.ORG_ADMIN, hasPasskey: false, skipCount: 0 };
const impact = (next: Partial<PolicyFacts>, current: Partial<PolicyFacts> = {}) =>
  policyImpact({
    current: { ...live, ...current },
    next: { ...live, ...current, ...next },
    groups,
    viewer: admin,
    now: NOW,
  });

describe("who a policy change affects (the review step)", () => {
  it("Force Passkey Setup holds everyone without a passkey, the admin included", () => {
    expect(impact({ forcePasskeySetup: true })).toMatchObject({
      requirementAfter: Req.MANDATORY,
      totalUsers: 400,
      usersWithPasskey: 88,
      usersHeldAtPrompt: 312,
      viewerHeldAtPrompt: true,
    });
  });

  it("a mandatory role holds only that role", () => {
    expect(impact({ mandatoryRoles: [Role.ORG_ADMIN] })).toMatchObject({
      usersHeldAtPrompt: 2,
      viewerHeldAtPrompt: true,
    });
  });

  it("a skip limit holds those who used it up", () => {
    expect(impact({ maxSkips: 2 })).toMatchObject({ usersHeldAtPrompt: 10, viewerHeldAtPrompt: false });
  });

  it("nobody already held is counted again", () => {
    expect(impact({ forcePasskeySetup: true }, { forcePasskeySetup: true, remindAfterDays: 3 }).usersHeldAtPrompt).toBe(
      0,
    );
  });

  it("a past mandatory date makes setup mandatory at once", () => {
    expect(impact({ forceSetupFrom: new Date(NOW.getTime() - DAY) })).toMatchObject({
      mandatoryDatePassed: true,
      usersHeldAtPrompt: 312,
    });
  });

  it("a future switch-on date on a live organisation is a pause that needs confirming", () => {
    const until = new Date(NOW.getTime() + 5 * DAY);
    expect(impact({ enabledFrom: until })).toMatchObject({
      pausesPasskeys: true,
      pauseNeedsConfirmation: true,
      takesEffectAt: until,
      usersWithPasskey: 88,
    });
    expect(impact({ enabled: false })).toMatchObject({ pausesPasskeys: true, pauseNeedsConfirmation: false });
  });

  it("switching on counts who will be offered a passkey, from the switch-on date when there is one", () => {
    const on = new Date(NOW.getTime() + 5 * DAY);
    expect(impact({ enabled: true, enabledFrom: on }, { enabled: false })).toMatchObject({
      requirementNow: Req.OFF,
      requirementAfter: Req.OPTIONAL,
      takesEffectAt: on,
      pausesPasskeys: false,
      pauseNeedsConfirmation: false,
      usersOffered: 312,
    });
  });
});
