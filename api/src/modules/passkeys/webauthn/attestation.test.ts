import { beforeAll, describe, expect, it } from "vitest";
import {
  CertificateAuthority,
  makeAttestationSigner,
  makeIntermediateCa,
  makeRootCa,
} from "../../../../test/attestation-ca";
import { AppError } from "../../../errors";
import {
  AttestationRefused,
  attestationConveyance,
  attestationKindOf,
  checkAllowedAuthenticator,
  checkAttestationAccepted,
  enforceAttestationPolicy,
  trustAnchorsFor,
  verifyTrustPath,
} from "./attestation";
import { NO_TRUST_ROOTS, TrustRoots } from "./trust-roots";

const YUBIKEY = "ee882879-721c-4913-9775-3dfcce97072a";
const cert = new Uint8Array([0x30, 0x00]);
const statement = (x5c?: Uint8Array[]) => new Map(x5c ? [["x5c", x5c]] : []) as never;

describe("attestationConveyance (WebAuthn §5.4.7 AttestationConveyancePreference)", () => {
  it.each([
    [{ requireAttestation: true, allowedAuthenticators: [] }, "direct"],
    [{ requireAttestation: false, allowedAuthenticators: [YUBIKEY] }, "direct"],
    [{ requireAttestation: false, allowedAuthenticators: [] }, "none"],
  ])("%o asks for %s", (policy, expected) => {
    expect(attestationConveyance(policy)).toBe(expected);
  });
});

describe("attestationKindOf (WebAuthn §7.1 'Determine the attestation statement format'; §8.2 packed, §8.7 none)", () => {
  it.each([
    ["none", undefined, { kind: "none" }],
    ["packed", undefined, { kind: "self" }],
    ["packed", [cert], { kind: "certified", x5c: [cert] }],
    ["tpm", [cert], { kind: "certified", x5c: [cert] }],
    ["android-key", [cert], { kind: "certified", x5c: [cert] }],
    ["fido-u2f", [cert], { kind: "certified", x5c: [cert] }],
    ["apple", [cert], { kind: "certified", x5c: [cert] }],
    ["tpm", undefined, { kind: "unsupported", fmt: "tpm" }],
    ["android-safetynet", undefined, { kind: "unsupported", fmt: "android-safetynet" }],
  ])("%s with x5c %o is %o", (fmt, x5c, expected) => {
    expect(attestationKindOf(fmt, statement(x5c))).toEqual(expected);
  });
});

describe("checkAttestationAccepted (WebAuthn §7.1 'Assess the attestation trustworthiness': none and self under RP policy)", () => {
  it("refuses none and self attestation when the policy requires attestation, naming which", () => {
    expect(() => checkAttestationAccepted(true, { kind: "none" })).toThrow(/\(none attestation\)/);
    expect(() => checkAttestationAccepted(true, { kind: "self" })).toThrow(/\(self attestation\)/);
    expect(() => checkAttestationAccepted(true, { kind: "unsupported", fmt: "android-safetynet" })).toThrow(
      "android-safetynet attestation is not accepted",
    );
  });

  it("accepts them when it does not, and hands a certified chain on either way", () => {
    expect(checkAttestationAccepted(false, { kind: "none" })).toBeNull();
    expect(checkAttestationAccepted(false, { kind: "self" })).toBeNull();
    const certified = { kind: "certified" as const, x5c: [cert] };
    expect(checkAttestationAccepted(true, certified)).toBe(certified);
  });
});

describe("trustAnchorsFor (WebAuthn §7.1 'Obtain a list of acceptable trust anchors')", () => {
  const roots: TrustRoots = {
    anyAuthenticator: ["OPERATOR"],
    byAaguid: new Map([
      [YUBIKEY, { roots: ["YUBICO"], compromised: null }],
      ["7e3f3d30-3557-4442-bdae-139312178b39", { roots: ["BROKEN"], compromised: "ATTESTATION_KEY_COMPROMISE" }],
    ]),
    mdsNextUpdate: null,
  };

  it("gives the operator's roots for any model and adds the metadata's roots for its own", () => {
    expect(trustAnchorsFor(YUBIKEY.toUpperCase(), roots)).toEqual(["OPERATOR", "YUBICO"]);
    expect(trustAnchorsFor("00000000-0000-0000-0000-000000000000", roots)).toEqual(["OPERATOR"]);
  });

  it("gives none for a model the metadata reports compromised, and refuses a model nothing covers", () => {
    expect(() => trustAnchorsFor("7e3f3d30-3557-4442-bdae-139312178b39", roots)).toThrow("ATTESTATION_KEY_COMPROMISE");
    expect(() => trustAnchorsFor(YUBIKEY, NO_TRUST_ROOTS)).toThrow("no configured trust root covers");
  });
});

describe("verifyTrustPath (WebAuthn §7.1 'Assess the attestation trustworthiness': the chain reaches an acceptable root)", () => {
  let root: CertificateAuthority;
  let intermediate: CertificateAuthority;
  beforeAll(async () => {
    root = await makeRootCa();
    intermediate = await makeIntermediateCa(root);
  });

  it("accepts a leaf and intermediate that chain to the anchor", async () => {
    const signer = await makeAttestationSigner(intermediate, { chain: [intermediate] });
    await expect(verifyTrustPath(signer.x5c as never, [root.pem])).resolves.toBeUndefined();
  });

  it("refuses a chain to another root of the same name", async () => {
    const lookalike = await makeRootCa(root.name);
    const signer = await makeAttestationSigner(lookalike);
    await expect(verifyTrustPath(signer.x5c as never, [root.pem])).rejects.toThrow("does not chain");
  });

  it("refuses when given no anchor at all (where SimpleWebAuthn would skip the check)", async () => {
    const signer = await makeAttestationSigner(root);
    await expect(verifyTrustPath(signer.x5c as never, [])).rejects.toThrow(AttestationRefused);
  });
});

describe("checkAllowedAuthenticator (DESIGN 'WebAuthn checks': the AAGUID allowlist)", () => {
  it("allows any model with an empty list, and only the listed ones otherwise", () => {
    expect(() => checkAllowedAuthenticator([], YUBIKEY)).not.toThrow();
    expect(() => checkAllowedAuthenticator([YUBIKEY], YUBIKEY.toUpperCase())).not.toThrow();
    expect(() => checkAllowedAuthenticator([YUBIKEY], "00000000-0000-0000-0000-000000000000")).toThrow(
      "not allowed by your organisation",
    );
  });
});

describe("enforceAttestationPolicy", () => {
  it("answers CEREMONY_FAILED naming the reason", async () => {
    // CBOR {fmt: "none", attStmt: {}, authData: h''}
    const noneObject = new Uint8Array([
      0xa3, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x74, 0x53, 0x74, 0x6d, 0x74, 0xa0,
      0x68, 0x61, 0x75, 0x74, 0x68, 0x44, 0x61, 0x74, 0x61, 0x40,
    ]);
    const refused = enforceAttestationPolicy(
      { requireAttestation: true, allowedAuthenticators: [] },
      { fmt: "none", aaguid: YUBIKEY, attestationObject: noneObject },
      NO_TRUST_ROOTS,
    );
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      extensions: { code: "CEREMONY_FAILED" },
      message: expect.stringContaining("none attestation"),
    });
    await expect(
      enforceAttestationPolicy(
        { requireAttestation: false, allowedAuthenticators: [] },
        { fmt: "none", aaguid: YUBIKEY, attestationObject: noneObject },
        NO_TRUST_ROOTS,
      ),
    ).resolves.toBeUndefined();
  });
});
