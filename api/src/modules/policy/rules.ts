import { PasskeyRequirement, Role, UserVerificationRequirement } from "../enums";
import { PolicyFacts, policyFacts, userRequirement } from "./requirement";

/** What the passkey ceremonies read for one user, from their organisation and its policy. */
export interface PasskeyRules {
  requirement: PasskeyRequirement;
  /** Support has activated passkeys for the organisation (always true for SUPPORT staff). */
  activated: boolean;
  userVerification: "required" | "preferred";
  /** Lower-cased AAGUIDs; empty means any authenticator. */
  allowedAuthenticators: string[];
  /** Registration accepts only attestation that chains to a configured trust root. */
  requireAttestation: boolean;
  /** A password still signs in once the user has a passkey. */
  passwordAfterPasskey: boolean;
}

type PolicyRow = Omit<PolicyFacts, "passkeysActivated"> & {
  userVerification: UserVerificationRequirement;
  allowedAuthenticators: string[];
  requireAttestation: boolean;
  allowPasswordAfterPasskey: boolean;
};

export const userVerificationOf = (requirement: UserVerificationRequirement | null | undefined) =>
  requirement === UserVerificationRequirement.PREFERRED ? "preferred" : "required";

/**
 * The rules for `user` now. SUPPORT staff belong to no organisation and have no policy: their
 * requirement comes from `userRequirement` like everyone's, and they get the strictest of the
 * rest (UV required, no password once they have a passkey).
 */
export function passkeyRulesFor(
  user: { role: Role; skipCount: number },
  organisation: { passkeysActivated: boolean } | null,
  policy: PolicyRow | null,
  now: Date,
): PasskeyRules {
  const requirement = userRequirement(policyFacts(organisation, policy), user, now);
  if (user.role === Role.SUPPORT) {
    return {
      requirement,
      activated: true,
      userVerification: "required",
      allowedAuthenticators: [],
      requireAttestation: false,
      passwordAfterPasskey: false,
    };
  }
  return {
    requirement,
    activated: Boolean(organisation?.passkeysActivated),
    userVerification: userVerificationOf(policy?.userVerification),
    allowedAuthenticators: (policy?.allowedAuthenticators ?? []).map((a) => a.toLowerCase()),
    requireAttestation: Boolean(policy?.requireAttestation),
    passwordAfterPasskey: Boolean(policy?.allowPasswordAfterPasskey),
  };
}
