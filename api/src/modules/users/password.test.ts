import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

/** Made by the `argon2` npm package (argon2id, m=19456, t=2, p=1), which hashed passwords before. */
const STORED_BY_THE_ARGON2_PACKAGE =
  "$argon2id$v=19$m=19456,p=1,t=2$nnNzCb4nXC4SEkxCVFa6wA$7NnkynhH9fur3xauvGyB1/al8I8Knu94TQi7Rg9L7Vg";

describe("passwords", () => {
  it("still verifies the hashes stored before the move to @node-rs/argon2, and only with the right password", async () => {
    expect(await verifyPassword(STORED_BY_THE_ARGON2_PACKAGE, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(STORED_BY_THE_ARGON2_PACKAGE, "correct horse battery stable")).toBe(false);
  });

  it("hashes with the same parameters: argon2id, 19 MiB, two passes, one lane", async () => {
    const hashed = await hashPassword("correct horse battery staple");
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(hashed, "correct horse battery staple")).toBe(true);
  });

  it("never verifies without a stored hash, and refuses a malformed one without throwing", async () => {
    expect(await verifyPassword(null, "dummy password for timing equality")).toBe(false);
    expect(await verifyPassword("not a hash", "whatever")).toBe(false);
  });
});
