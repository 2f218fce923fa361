import { AuthMethod, PasskeyNextStep, PasskeyRequirement, PasskeySetupReason, Role } from "../enums";

/** The facts the rules read, as plain values, so that the rules are pure functions of them and `now`. */
export interface PolicyFacts {
  passkeysActivated: boolean;
  enabled: boolean;
  forcePasskeySetup: boolean;
  enabledFrom: Date | null;
  forceSetupFrom: Date | null;
  remindAfterDays: number | null;
  maxSkips: number | null;
  mandatoryRoles: Role[];
}

export interface UserFacts {
  role: Role;
  skipCount: number;
  skippedAt: Date | null;
  hasPasskey: boolean;
}

export interface SessionFacts {
  authMethod: AuthMethod;
  /** False while a sign-in-code session has neither registered a passkey nor skipped. */
  deviceSetupDone: boolean;
}

export interface PasskeySetup {
  nextStep: PasskeyNextStep;
  requirement: PasskeyRequirement;
  canSkip: boolean;
  reason: PasskeySetupReason | null;
  hasPasskey: boolean;
  skippedAt: Date | null;
  skipCount: number;
  remindAt: Date | null;
  /** How many more times this user may choose "Do this later" before setup becomes mandatory for them; null: no limit. */
  skipsRemaining: number | null;
  /**
   * When the prompt comes back if the user skips the offer now, or, after a skip, does nothing:
   * the reminder, the day setup becomes mandatory, or at once when this skip is the last one allowed,
   * whichever is first. Null when it will not come back (or is showing as required now).
   */
  nextPromptAt: Date | null;
}

/**
 * The facts the rules read, from an organisation and its policy row; null when either is missing
 * (SUPPORT staff have neither), which the rules read as "no policy".
 */
export function policyFacts(
  organisation: Pick<PolicyFacts, "passkeysActivated"> | null,
  policy: Omit<PolicyFacts, "passkeysActivated"> | null,
): PolicyFacts | null {
  return organisation && policy ? { ...policy, passkeysActivated: organisation.passkeysActivated } : null;
}

const DAY_MS = 86_400_000;

const reached = (date: Date | null, now: Date) => date !== null && date.getTime() <= now.getTime();

/** DESIGN "Requirement": what the organisation's policy demands right now. */
export function organisationRequirement(policy: PolicyFacts | null, now: Date): PasskeyRequirement {
  if (!policy || !policy.passkeysActivated || !policy.enabled) return PasskeyRequirement.OFF;
  if (policy.enabledFrom !== null && !reached(policy.enabledFrom, now)) return PasskeyRequirement.OFF;
  if (policy.forcePasskeySetup || reached(policy.forceSetupFrom, now)) return PasskeyRequirement.MANDATORY;
  return PasskeyRequirement.OPTIONAL;
}

/** The organisation's requirement raised for this user by mandatoryRoles and maxSkips; SUPPORT is always MANDATORY. */
export function userRequirement(policy: PolicyFacts | null, user: Pick<UserFacts, "role" | "skipCount">, now: Date) {
  if (user.role === Role.SUPPORT) return PasskeyRequirement.MANDATORY;
  const requirement = organisationRequirement(policy, now);
  if (requirement !== PasskeyRequirement.OPTIONAL || !policy) return requirement;
  if (policy.mandatoryRoles.includes(user.role)) return PasskeyRequirement.MANDATORY;
  if (policy.maxSkips !== null && user.skipCount >= policy.maxSkips) return PasskeyRequirement.MANDATORY;
  return requirement;
}

/** Skips left before maxSkips raises this user to MANDATORY; 0 once they are MANDATORY, null without a limit. */
function skipsRemainingFor(
  policy: PolicyFacts | null,
  user: Pick<UserFacts, "skipCount">,
  requirement: PasskeyRequirement,
): number | null {
  if (requirement === PasskeyRequirement.MANDATORY) return 0;
  if (requirement === PasskeyRequirement.OFF || policy?.maxSkips == null) return null;
  return Math.max(0, policy.maxSkips - user.skipCount);
}

const future = (date: Date | null, now: Date) => (date !== null && date.getTime() > now.getTime() ? date : null);
const earliest = (...dates: (Date | null)[]) =>
  dates.reduce<Date | null>((first, d) => (d !== null && (first === null || d < first) ? d : first), null);

/** If the offer showing now is skipped: the last allowed skip makes setup mandatory at once. */
function promptAfterSkip(policy: PolicyFacts, skipsRemaining: number | null, now: Date): Date | null {
  if (skipsRemaining === 1) return now;
  const reminder = policy.remindAfterDays == null ? null : new Date(now.getTime() + policy.remindAfterDays * DAY_MS);
  return earliest(reminder, future(policy.forceSetupFrom, now));
}

/** DESIGN "Next step" for a signed-in user, row by row. */
export function passkeySetupFor(
  policy: PolicyFacts | null,
  user: UserFacts,
  session: SessionFacts,
  now: Date,
): PasskeySetup {
  const requirement = userRequirement(policy, user, now);
  const skipsRemaining = skipsRemainingFor(policy, user, requirement);
  const base = {
    requirement,
    hasPasskey: user.hasPasskey,
    skippedAt: user.skippedAt,
    skipCount: user.skipCount,
    remindAt: null as Date | null,
    skipsRemaining,
  };
  const step = (nextStep: PasskeyNextStep, reason: PasskeySetupReason | null): PasskeySetup => {
    const offered = nextStep === PasskeyNextStep.OFFER_SETUP;
    // A new device's offer is asked once per code session; a person with a passkey is not asked again.
    const comesBack = requirement === PasskeyRequirement.OPTIONAL && !user.hasPasskey;
    let nextPromptAt: Date | null = null;
    if (comesBack && offered) nextPromptAt = promptAfterSkip(policy!, skipsRemaining, now);
    else if (comesBack && nextStep === PasskeyNextStep.NONE) {
      nextPromptAt = earliest(base.remindAt, future(policy!.forceSetupFrom, now));
    }
    return { ...base, nextStep, reason, canSkip: offered, nextPromptAt };
  };

  if (requirement === PasskeyRequirement.OFF) return step(PasskeyNextStep.NONE, null);
  const ask =
    requirement === PasskeyRequirement.MANDATORY ? PasskeyNextStep.REQUIRE_SETUP : PasskeyNextStep.OFFER_SETUP;
  if (session.authMethod === AuthMethod.SIGN_IN_CODE && !session.deviceSetupDone) {
    return step(ask, PasskeySetupReason.NEW_DEVICE);
  }
  if (user.hasPasskey) return step(PasskeyNextStep.NONE, null);
  if (requirement === PasskeyRequirement.MANDATORY) return step(ask, PasskeySetupReason.FIRST_PASSKEY);
  if (user.skipCount === 0 || user.skippedAt === null) return step(ask, PasskeySetupReason.FIRST_PASSKEY);
  if (policy?.remindAfterDays == null) return step(PasskeyNextStep.NONE, null);
  const remindAt = new Date(user.skippedAt.getTime() + policy.remindAfterDays * DAY_MS);
  base.remindAt = remindAt;
  return reached(remindAt, now) ? step(ask, PasskeySetupReason.FIRST_PASSKEY) : step(PasskeyNextStep.NONE, null);
}
