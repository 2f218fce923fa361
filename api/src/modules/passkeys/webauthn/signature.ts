import { generateKeyPairSync } from "node:crypto";
import { isoCBOR, verifySignature } from "@simplewebauthn/server/helpers";
import { CheckFailed, NOT_RECOGNISED } from "./check-failed";
import type { ParsedAssertion } from "./response";

/**
 * A public key no authenticator holds, for a finish that names an unknown credential: its
 * signature is checked all the same, so that a made-up id costs the same work and gets the same
 * answer as a real one (DESIGN "Security rules": same answer, same work).
 */
const DECOY_PUBLIC_KEY: Uint8Array<ArrayBuffer> = (() => {
  const jwk = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" });
  const cose = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
    [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
  ]);
  return new Uint8Array(isoCBOR.encode(cose));
})();

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
