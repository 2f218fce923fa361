import { CheckFailed } from "./check-failed";

/** WebAuthn counts are unsigned 32-bit (authenticator data, bytes 33–36). */
export const MAX_SIGN_COUNT = 0xffff_ffff;

/**
 * WebAuthn L3 §7.2 step 22: "If authData.signCount is nonzero or the stored signCount is nonzero"
 * and the new count is not greater than the stored one, the authenticator may be cloned: the
 * Relying Party refuses it (DESIGN "WebAuthn checks"). Zero on both sides means the
 * authenticator keeps no counter (synced passkeys), and zero after non-zero is allowed for the
 * same reason. Returns the count to store: the highest seen.
 */
export function verifySignCount(stored: number, received: number): number {
  if (received > 0 && stored > 0 && received <= stored) throw new CheckFailed("sign count", "sign_count_regression");
  return Math.max(received, stored);
}
