import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SettingsService } from "@simplewebauthn/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CertificateAuthority,
  makeAttestationSigner,
  makeBlobSigner,
  makeMdsBlob,
  makeRootCa,
} from "../../../../test/attestation-ca";
import { ConfigError } from "../../../config";
import { hasTrustRoots, loadTrustRoots, readMdsBlob, readPemRoots } from "./trust-roots";

const YUBIKEY = "ee882879-721c-4913-9775-3dfcce97072a";
const COMPROMISED = "7e3f3d30-3557-4442-bdae-139312178b39";

let first: CertificateAuthority;
let second: CertificateAuthority;
const folders: string[] = [];
const folderWith = (files: Record<string, string>) => {
  const folder = mkdtempSync(join(tmpdir(), "trust-roots-"));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
};

beforeAll(async () => {
  first = await makeRootCa("CN=First Root, O=Passkeys Tests, C=GB");
  second = await makeRootCa("CN=Second Root, O=Passkeys Tests, C=GB");
});
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe("a folder of PEM roots (ATTESTATION_TRUST_ROOTS_DIR)", () => {
  it("reads every certificate of every .pem, .crt and .cer file, bundles included, and nothing else", () => {
    const folder = folderWith({
      "bundle.pem": `# two vendors\n${first.pem}\n${second.pem}`,
      "again.crt": first.pem,
      "README.txt": "not a certificate",
    });
    const roots = readPemRoots(folder);
    expect(roots).toHaveLength(3);
    expect(roots.every((pem) => pem.startsWith("-----BEGIN CERTIFICATE-----"))).toBe(true);
  });

  it.each([
    ["an empty folder", {}, "holds no .pem, .crt or .cer file"],
    ["a file without a certificate", { "root.pem": "hello" }, "root.pem holds no PEM certificate"],
    [
      "a certificate that does not parse",
      { "root.pem": "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" },
      "does not parse",
    ],
  ])("stops the start on %s", (_label, files, message) => {
    const folder = folderWith(files);
    expect(() => readPemRoots(folder)).toThrow(ConfigError);
    expect(() => readPemRoots(folder)).toThrow(message);
  });

  it("stops the start on a certificate that is not a CA", async () => {
    const leaf = await makeAttestationSigner(first);
    const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(leaf.x5c[0]).toString("base64")}\n-----END CERTIFICATE-----`;
    expect(() => readPemRoots(folderWith({ "leaf.pem": pem }))).toThrow("is not a CA");
  });
});

describe("a FIDO metadata BLOB (FIDO_MDS_BLOB_FILE)", () => {
  let fidoRoot: CertificateAuthority;
  const defaultMdsRoots = SettingsService.getRootCertificates({ identifier: "mds" });
  beforeAll(async () => {
    fidoRoot = await makeRootCa("CN=Test FIDO Metadata Root, O=Passkeys Tests, C=GB");
  });
  afterEach(() => SettingsService.setRootCertificates({ identifier: "mds", certificates: defaultMdsRoots }));
  const trustTestFidoRoot = () =>
    SettingsService.setRootCertificates({ identifier: "mds", certificates: [fidoRoot.pem] });

  it("reads each model's roots and its compromise status from a BLOB signed under the FIDO root", async () => {
    trustTestFidoRoot();
    const blob = await makeMdsBlob(await makeBlobSigner(fidoRoot), [
      { aaguid: YUBIKEY.toUpperCase(), roots: [first, second] },
      { aaguid: COMPROMISED, roots: [first], status: "USER_VERIFICATION_BYPASS" },
    ]);
    const read = await readMdsBlob(join(folderWith({ "blob.jwt": blob }), "blob.jwt"));
    expect([...read.byAaguid.keys()]).toEqual([YUBIKEY, COMPROMISED]);
    expect(read.byAaguid.get(YUBIKEY)).toEqual({
      roots: [expect.stringContaining("BEGIN CERTIFICATE"), expect.stringContaining("BEGIN CERTIFICATE")],
      compromised: null,
    });
    expect(read.byAaguid.get(COMPROMISED)?.compromised).toBe("USER_VERIFICATION_BYPASS");
    expect(read.mdsNextUpdate).toBeInstanceOf(Date);
  });

  it("stops the start on a BLOB signed under another root (here: the real FIDO root, which did not sign it)", async () => {
    const blob = await makeMdsBlob(await makeBlobSigner(fidoRoot), [{ aaguid: YUBIKEY, roots: [first] }]);
    const file = join(folderWith({ "blob.jwt": blob }), "blob.jwt");
    await expect(readMdsBlob(file)).rejects.toThrow(ConfigError);
    await expect(readMdsBlob(file)).rejects.toThrow("is not a FIDO metadata BLOB that verifies");
  });

  it("stops the start on a BLOB whose entries were changed after signing", async () => {
    trustTestFidoRoot();
    const blob = await makeMdsBlob(await makeBlobSigner(fidoRoot), [{ aaguid: YUBIKEY, roots: [first] }]);
    const [header, payload, signature] = blob.split(".");
    const changed = JSON.parse(Buffer.from(payload, "base64url").toString());
    changed.entries[0].metadataStatement.attestationRootCertificates.push(
      Buffer.from(second.certificate.rawData).toString("base64"),
    );
    const forged = `${header}.${Buffer.from(JSON.stringify(changed)).toString("base64url")}.${signature}`;
    await expect(readMdsBlob(join(folderWith({ "blob.jwt": forged }), "blob.jwt"))).rejects.toThrow(ConfigError);
  });
});

describe("loadTrustRoots", () => {
  it("has nothing when nothing is configured, so attestation cannot be required", async () => {
    const roots = await loadTrustRoots({ folder: null, mdsBlobFile: null });
    expect(hasTrustRoots(roots)).toBe(false);
  });

  it("has the folder's roots when it is configured", async () => {
    const roots = await loadTrustRoots({ folder: folderWith({ "root.pem": first.pem }), mdsBlobFile: null });
    expect(hasTrustRoots(roots)).toBe(true);
    expect(roots.anyAuthenticator).toHaveLength(1);
  });
});
