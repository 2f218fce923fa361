import { createECDH, createHash, createPrivateKey, createPublicKey } from "node:crypto";
import { cborEncode, CborValue, SoftwareAuthenticator } from "../testing/software-authenticator";

/**
 * The bench's own accounts, beside the seeded organisation's: passkey users whose keys the load
 * client can sign with, and password users. Everything about them is derived from their index, so
 * the seeding process and the load client (two processes, maybe two runs apart) agree without
 * sharing a file. These keys are public knowledge by construction: bench databases only.
 */

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** The one password of every bench password user (hashed once, at the API's parameters). */
export const BENCH_PASSWORD = "bench passphrase, not a secret";

export const passkeyUserEmail = (slug: string, i: number) => `bench-pk-${i}@${slug}.example`;
export const passwordUserEmail = (slug: string, i: number) => `bench-pw-${i}@${slug}.example`;

export interface BenchCredential {
  /** base64url, as the API stores and the authenticator sends it. */
  credentialId: string;
  /** The user handle (the user's webauthnUserId), base64url. */
  userHandle: string;
  /** The COSE public key, base64url, as the API stores it. */
  publicKey: string;
  /** The key pair, for signing (load client) and for the ceiling's verification. */
  keys: { privateKey: ReturnType<typeof createPrivateKey>; publicKey: ReturnType<typeof createPublicKey> };
}

/** Bench passkey user `i`'s credential: a P-256 (ES256) key from SHA-256 of its index, as platform passkeys use. */
export function benchCredential(i: number): BenchCredential {
  const d = sha256(`passkeys-bench-key:${i}`);
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const x = point.subarray(1, 33);
  const y = point.subarray(33, 65);
  const privateKey = createPrivateKey({
    key: {
      kty: "EC",
      crv: "P-256",
      d: d.toString("base64url"),
      x: x.toString("base64url"),
      y: y.toString("base64url"),
    },
    format: "jwk",
  });
  const cose = cborEncode(
    new Map<number, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, x],
      [-3, y],
    ]),
  );
  return {
    credentialId: sha256(`passkeys-bench-credential:${i}`).toString("base64url"),
    userHandle: sha256(`passkeys-bench-user:${i}`).toString("base64url"),
    publicKey: cose.toString("base64url"),
    keys: { privateKey, publicKey: createPublicKey(privateKey) },
  };
}

/** A software authenticator holding the first `count` bench credentials (synced passkeys: counter 0). */
export function benchAuthenticator(origin: string, rpId: string, count: number): SoftwareAuthenticator {
  const authenticator = new SoftwareAuthenticator({ origin });
  for (let i = 0; i < count; i++) {
    const c = benchCredential(i);
    authenticator.credentials.set(c.credentialId, {
      id: c.credentialId,
      algorithm: "ES256",
      privateKey: c.keys.privateKey,
      publicKey: c.keys.publicKey,
      rpId,
      userHandle: c.userHandle,
      signCount: 0,
    });
  }
  return authenticator;
}
