import { createHash } from "node:crypto";
import { CheckFailed } from "./check-failed";

export interface AuthenticatorFlags {
  up: boolean;
  uv: boolean;
  be: boolean;
  bs: boolean;
}

const rpIdHashes = new Map<string, Buffer>();
/** The SHA-256 of the RP ID: the same few RP IDs every time, so hashed once each. */
function rpIdHashOf(rpId: string): Buffer {
  let hash = rpIdHashes.get(rpId);
  if (!hash) {
    hash = createHash("sha256").update(rpId).digest();
    rpIdHashes.set(rpId, hash);
  }
  return hash;
}

/**
 * WebAuthn L3 §7.1 step 13 / §7.2 step 15: "Verify that the rpIdHash in authData is the SHA-256
 * hash of the RP ID expected by the Relying Party."
 */
export function verifyRpIdHash(rpIdHash: Uint8Array, rpId: string): void {
  if (!rpIdHashOf(rpId).equals(rpIdHash)) throw new CheckFailed("RP ID", "rp_id");
}

/**
 * WebAuthn L3 §7.1 steps 14–16 / §7.2 steps 16–18: the UP bit is set; the UV bit is set when user
 * verification is required; and "if the BE bit of the flags in authData is not set, verify that
 * the BS bit is not set" (a credential that cannot be backed up cannot be backed up).
 */
export function verifyFlags(flags: AuthenticatorFlags, expected: { userVerification: boolean }): void {
  if (!flags.up) throw new CheckFailed("user presence", "user_presence");
  if (expected.userVerification && !flags.uv) throw new CheckFailed("user verification", "user_verification");
  if (!flags.be && flags.bs) throw new CheckFailed("backup flags", "backup_flags");
}
