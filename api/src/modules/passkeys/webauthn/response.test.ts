import { describe, expect, it } from "vitest";
import { clientDataOf, parseAssertion, verifyCredentialId } from "./response";

const b64 = (s: string) => Buffer.from(s).toString("base64url");

describe("verifyCredentialId (§5.1, §7.1 step 24)", () => {
  it("passes a public-key credential whose id is the base64url of rawId", () => {
    expect(() => verifyCredentialId({ id: "AAAA", rawId: "AAAA", type: "public-key" })).not.toThrow();
  });
  it("refuses another type, an id that differs from rawId, is not base64url, is empty or is over 1,023 bytes", () => {
    const bad = [
      { id: "AAAA", rawId: "AAAA", type: "password" },
      { id: "AAAA", rawId: "BBBB", type: "public-key" },
      { id: "a b", rawId: "a b", type: "public-key" },
      { id: "", rawId: "", type: "public-key" },
      { id: "A".repeat(1365), rawId: "A".repeat(1365), type: "public-key" },
    ];
    for (const json of bad)
      expect(() => verifyCredentialId(json)).toThrow(expect.objectContaining({ reason: "malformed" }));
  });
});

describe("clientDataOf (§7.2 steps 9–10)", () => {
  it("decodes client data JSON", () => {
    expect(clientDataOf(b64(JSON.stringify({ type: "webauthn.get", challenge: "x", origin: "o" })))).toEqual({
      type: "webauthn.get",
      challenge: "x",
      origin: "o",
    });
  });
  it("refuses client data that is not base64url, not JSON, or lacks a field", () => {
    for (const encoded of ["!!", b64("[1,"), b64("null"), b64(JSON.stringify({ type: "webauthn.get" }))]) {
      expect(() => clientDataOf(encoded)).toThrow(
        expect.objectContaining({ check: "client data", reason: "malformed" }),
      );
    }
  });
});

describe("parseAssertion", () => {
  it("answers BAD_USER_INPUT naming the field for a response of the wrong shape", () => {
    expect(() => parseAssertion(7)).toThrow("The passkey response must be an object.");
    expect(() =>
      parseAssertion({ id: "A", rawId: "A", type: "public-key", response: { clientDataJSON: "A" } }),
    ).toThrow("The passkey response has no response.authenticatorData.");
    expect(() =>
      parseAssertion({
        id: "A",
        rawId: "A",
        type: "public-key",
        response: { clientDataJSON: "A", authenticatorData: "A", signature: "A", userHandle: 5 },
      }),
    ).toThrow("The passkey response's response.userHandle is not valid.");
  });
});
