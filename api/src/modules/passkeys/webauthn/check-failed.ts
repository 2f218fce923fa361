/**
 * A WebAuthn check that did not pass. `check` is what the caller is told (it ends the message
 * "The passkey response did not verify: …"), `reason` is what the audit trail records.
 */
export class CheckFailed extends Error {
  constructor(
    readonly check: string,
    readonly reason: string,
  ) {
    super(`${check} (${reason})`);
  }
}

/**
 * What a caller hears whenever the outcome depends on the stored credential (unknown, revoked,
 * another organisation's or user's, a signature that does not verify): one message, so a forged
 * finish cannot tell a real credential id from a made-up one (DESIGN "Security rules").
 */
export const NOT_RECOGNISED = "the passkey is not recognised";
