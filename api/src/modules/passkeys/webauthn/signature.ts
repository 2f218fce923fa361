import { verifySignature } from "@simplewebauthn/server/helpers";
import { CheckFailed, NOT_RECOGNISED } from "./check-failed";
import { DECOY_PUBLIC_KEY } from "./decoy-key";
import type { ParsedAssertion } from "./response";

/**
 * WebAuthn L3 §7.2 step 21: "Using credentialRecord.publicKey, verify that sig is a valid
 * signature over the binary concatenation of authData and hash." `publicKey` is the stored COSE
 * key, or null for an unknown credential (checked against the decoy, and refused whatever it says).
 */
export async function verifyAssertionSignature(
  assertion: Pick<ParsedAssertion, "signature" | "signedData">,
  publicKey: Uint8Array<ArrayBuffer> | null,
): Promise<void> {
  let valid = false;
  try {
    valid = await verifySignature({
      signature: assertion.signature,
      data: assertion.signedData,
      credentialPublicKey: publicKey ?? DECOY_PUBLIC_KEY,
    });
  } catch {
    // A signature that is not DER, or a key of an unsupported kind: it did not verify.
    valid = false;
  }
  if (!valid || !publicKey) throw new CheckFailed(NOT_RECOGNISED, publicKey ? "not_verified" : "unknown_credential");
}
