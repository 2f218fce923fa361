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

/** DESIGN "Next step" for a signed-in user, row by row. */
export function passkeySetupFor(
  policy: PolicyFacts | null,
  user: UserFacts,
  session: SessionFacts,
  now: Date,
): PasskeySetup {
  const requirement = userRequirement(policy, user, now);
  const base = {
    requirement,
    hasPasskey: user.hasPasskey,
    skippedAt: user.skippedAt,
    skipCount: user.skipCount,
    remindAt: null as Date | null,
  };
  const step = (nextStep: PasskeyNextStep, reason: PasskeySetupReason | null): PasskeySetup => ({
    ...base,
    nextStep,
    reason,
    canSkip: nextStep === PasskeyNextStep.OFFER_SETUP,
  });

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
