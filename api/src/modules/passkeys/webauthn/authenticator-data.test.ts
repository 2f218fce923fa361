import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyFlags, verifyRpIdHash } from "./authenticator-data";

const flags = { up: true, uv: true, be: true, bs: true };

describe("verifyRpIdHash", () => {
  it("§7.2 step 15 (§7.1 step 13): passes the SHA-256 of the RP ID and refuses another RP's", () => {
    const hash = (rpId: string) => createHash("sha256").update(rpId).digest();
    expect(() => verifyRpIdHash(hash("example.com"), "example.com")).not.toThrow();
    expect(() => verifyRpIdHash(hash("evil.example"), "example.com")).toThrow(
      expect.objectContaining({ check: "RP ID", reason: "rp_id" }),
    );
  });
});

describe("verifyFlags", () => {
  it("passes UP and UV when UV is required", () => {
    expect(() => verifyFlags(flags, { userVerification: true })).not.toThrow();
  });
  it("§7.2 step 16 (§7.1 step 14): refuses a response without user presence", () => {
    expect(() => verifyFlags({ ...flags, up: false }, { userVerification: false })).toThrow(
      expect.objectContaining({ check: "user presence", reason: "user_presence" }),
    );
  });
  it("§7.2 step 17 (§7.1 step 15): refuses no UV when the policy requires it, and accepts it when it does not", () => {
    expect(() => verifyFlags({ ...flags, uv: false }, { userVerification: true })).toThrow(
      expect.objectContaining({ check: "user verification", reason: "user_verification" }),
    );
    expect(() => verifyFlags({ ...flags, uv: false }, { userVerification: false })).not.toThrow();
  });
  it("§7.2 step 18 (§7.1 step 16): refuses BS set while BE is not", () => {
    expect(() => verifyFlags({ ...flags, be: false, bs: true }, { userVerification: true })).toThrow(
      expect.objectContaining({ check: "backup flags", reason: "backup_flags" }),
    );
    expect(() => verifyFlags({ ...flags, be: true, bs: false }, { userVerification: true })).not.toThrow();
  });
});
