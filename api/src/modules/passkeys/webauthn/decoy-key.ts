import { generateKeyPairSync } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";

/**
 * A public key no authenticator holds, for a finish that names an unknown credential: its
 * signature is checked all the same, so that a made-up id costs the same work and gets the same
 * answer as a real one (DESIGN "Security rules": same answer, same work).
 */
export const DECOY_PUBLIC_KEY: Uint8Array<ArrayBuffer> = (() => {
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
