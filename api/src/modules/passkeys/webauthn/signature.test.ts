import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import { describe, expect, it } from "vitest";
import { verifyAssertionSignature } from "./signature";

function es256() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const cose = new Map<number, number | Uint8Array>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
    [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
  ]);
  return { privateKey, cose: new Uint8Array(isoCBOR.encode(cose)) };
}

const signedData = new Uint8Array(Buffer.concat([Buffer.alloc(37, 1), createHash("sha256").update("{}").digest()]));

describe("verifyAssertionSignature (§7.2 step 21)", () => {
  it("passes a signature by the stored key over authenticator data and the client data hash", async () => {
    const key = es256();
    const signature = new Uint8Array(sign("sha256", signedData, key.privateKey));
    await expect(verifyAssertionSignature({ signature, signedData }, key.cose)).resolves.toBeUndefined();
  });
  it("refuses a signature by another key, as 'not recognised'", async () => {
    const key = es256();
    const signature = new Uint8Array(sign("sha256", signedData, es256().privateKey));
    await expect(verifyAssertionSignature({ signature, signedData }, key.cose)).rejects.toMatchObject({
      check: "the passkey is not recognised",
      reason: "not_verified",
    });
  });
  it("refuses a signature that is not DER, without throwing anything else", async () => {
    await expect(
      verifyAssertionSignature({ signature: new Uint8Array([1, 2, 3]), signedData }, es256().cose),
    ).rejects.toMatchObject({ reason: "not_verified" });
  });
  it("checks an unknown credential against a decoy key and refuses it with the same message", async () => {
    const signature = new Uint8Array(sign("sha256", signedData, es256().privateKey));
    await expect(verifyAssertionSignature({ signature, signedData }, null)).rejects.toMatchObject({
      check: "the passkey is not recognised",
      reason: "unknown_credential",
    });
  });
});
