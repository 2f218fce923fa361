import { describe, expect, it } from "vitest";
import { verifyClientData } from "./client-data";

const expected = { type: "webauthn.get", challenge: "c2FtZQ", origins: ["https://app.example"] } as const;
const good = { type: "webauthn.get", challenge: "c2FtZQ", origin: "https://app.example" };

describe("verifyClientData", () => {
  it("passes client data that matches in every field", () => {
    expect(() => verifyClientData(good, expected)).not.toThrow();
  });
  it("§7.2 step 11 (§7.1 step 7): refuses a C.type of the other ceremony", () => {
    expect(() => verifyClientData({ ...good, type: "webauthn.create" }, expected)).toThrow(
      expect.objectContaining({ check: "client data type", reason: "type" }),
    );
  });
  it("§7.2 step 12 (§7.1 step 8): refuses a C.challenge that is not the stored challenge", () => {
    expect(() => verifyClientData({ ...good, challenge: "b3RoZXI" }, expected)).toThrow(
      expect.objectContaining({ check: "challenge", reason: "challenge" }),
    );
  });
  it("§7.2 step 13 (§7.1 step 9): refuses a C.origin the RP does not expect, and accepts any configured one", () => {
    expect(() => verifyClientData({ ...good, origin: "https://evil.example" }, expected)).toThrow(
      expect.objectContaining({ check: "origin", reason: "origin" }),
    );
    const app = "android:apk-key-hash:AAAA";
    expect(() =>
      verifyClientData({ ...good, origin: app }, { ...expected, origins: ["https://app.example", app] }),
    ).not.toThrow();
  });
});
