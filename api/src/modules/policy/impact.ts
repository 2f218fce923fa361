import { PasskeyRequirement, Role } from "../enums";
import { organisationRequirement, PolicyFacts, userRequirement } from "./requirement";

/** Users alike for the rules: same role, with or without a passkey, same number of skips. */
export interface UserGroup {
  role: Role;
  hasPasskey: boolean;
  skipCount: number;
  users: number;
}

export interface PolicyImpact {
  requirementNow: PasskeyRequirement;
  requirementAfter: PasskeyRequirement;
  /** Null: at once; else the scheduled switch-on date, when the counts below start to apply. */
  takesEffectAt: Date | null;
  pausesPasskeys: boolean;
  pauseNeedsConfirmation: boolean;
  mandatoryDatePassed: boolean;
  totalUsers: number;
  usersWithPasskey: number;
  usersHeldAtPrompt: number;
  usersOffered: number;
  viewerHeldAtPrompt: boolean;
}

const isFuture = (date: Date | null, now: Date) => date !== null && date.getTime() > now.getTime();

/**
 * A live organisation (passkeys accepted now) whose change would make the requirement OFF only
 * because of a switch-on date still to come: saved silently, that turns every passkey off at
 * once. An explicit "Enable passkeys" off is a decision in plain sight and needs no confirmation.
 */
export function pauseNeedsConfirmation(current: PolicyFacts, next: PolicyFacts, now: Date): boolean {
  return (
    organisationRequirement(current, now) !== PasskeyRequirement.OFF &&
    next.enabled &&
    isFuture(next.enabledFrom, now) &&
    organisationRequirement(next, now) === PasskeyRequirement.OFF
  );
}

/**
 * Who a proposed change affects, from the organisation's users counted in groups (one
 * aggregate query, whatever the organisation's size) and the same pure rules the auth state
 * uses, so the review tells what the save will do. "Held at the prompt": no passkey, and the
 * change makes setup mandatory for them (REQUIRE_SETUP) when it was not before.
 */
export function policyImpact(input: {
  current: PolicyFacts;
  next: PolicyFacts;
  groups: UserGroup[];
  viewer: Omit<UserGroup, "users"> | null;
  now: Date;
}): PolicyImpact {
  const { current, next, groups, viewer, now } = input;
  const requirementNow = organisationRequirement(current, now);
  const takesEffectAt = next.enabled && isFuture(next.enabledFrom, now) ? next.enabledFrom : null;
  const at = takesEffectAt ?? now;
  const requirementAfter = organisationRequirement(next, at);

  const held = (g: Omit<UserGroup, "users">) =>
    !g.hasPasskey &&
    userRequirement(next, g, at) === PasskeyRequirement.MANDATORY &&
    userRequirement(current, g, now) !== PasskeyRequirement.MANDATORY;
  const offered = (g: Omit<UserGroup, "users">) =>
    !g.hasPasskey &&
    userRequirement(next, g, at) === PasskeyRequirement.OPTIONAL &&
    userRequirement(current, g, now) === PasskeyRequirement.OFF;
  const count = (test: (g: UserGroup) => boolean) => groups.reduce((n, g) => (test(g) ? n + g.users : n), 0);

  return {
    requirementNow,
    requirementAfter,
    takesEffectAt,
    pausesPasskeys:
      requirementNow !== PasskeyRequirement.OFF && organisationRequirement(next, now) === PasskeyRequirement.OFF,
    pauseNeedsConfirmation: pauseNeedsConfirmation(current, next, now),
    // A mandatory date already passed makes the change mandatory the moment it is saved.
    mandatoryDatePassed:
      !next.forcePasskeySetup &&
      next.forceSetupFrom !== null &&
      next.forceSetupFrom.getTime() <= at.getTime() &&
      requirementAfter === PasskeyRequirement.MANDATORY &&
      requirementNow !== PasskeyRequirement.MANDATORY,
    totalUsers: count(() => true),
    usersWithPasskey: count((g) => g.hasPasskey),
    usersHeldAtPrompt: count(held),
    usersOffered: count(offered),
    viewerHeldAtPrompt: viewer !== null && viewer.role !== Role.SUPPORT && held(viewer),
  };
}
