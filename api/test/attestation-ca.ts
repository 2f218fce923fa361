import { createSign, KeyObject, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { AttestationSigner } from "./authenticator";

/**
 * Certificate authorities the tests make themselves (with @peculiar/x509, the X.509 library
 * SimpleWebAuthn itself builds on): a root, an intermediate, and attestation certificates of the
 * shape WebAuthn §8.2.1 asks of packed attestation (OU "Authenticator Attestation", not a CA,
 * the AAGUID in id-fido-gen-ce-aaguid).
 */

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ECDSA = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const DAY = 86_400_000;
/** Validity is judged with the real clock (SimpleWebAuthn and X.509 path building), not the test clock. */
const validity = () => ({ notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 365 * DAY) });
let serial = 1;

export interface CertificateAuthority {
  name: string;
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  /** PEM, as an operator would put it in ATTESTATION_TRUST_ROOTS_DIR. */
  pem: string;
}

const newKeys = () => webcrypto.subtle.generateKey(ECDSA, true, ["sign", "verify"]) as Promise<CryptoKeyPair>;

async function caExtensions(keys: CryptoKeyPair, issuer?: CertificateAuthority) {
  return [
    new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ...(issuer ? [await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey)] : []),
  ];
}

/** A self-signed root. Two roots may share a name: only the key tells them apart. */
export async function makeRootCa(
  name = "CN=Test Attestation Root CA, O=Passkeys Tests, C=GB",
): Promise<CertificateAuthority> {
  const keys = await newKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16).padStart(2, "0"),
    name,
    ...validity(),
    keys,
    signingAlgorithm: ECDSA,
    extensions: await caExtensions(keys),
  });
  return { name, certificate, keys, pem: certificate.toString("pem") };
}

export async function makeIntermediateCa(
  issuer: CertificateAuthority,
  name = "CN=Test Attestation Intermediate CA, O=Passkeys Tests, C=GB",
): Promise<CertificateAuthority> {
  const keys = await newKeys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(2, "0"),
    subject: name,
    issuer: issuer.name,
    ...validity(),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ECDSA,
    extensions: await caExtensions(keys, issuer),
  });
  return { name, certificate, keys, pem: certificate.toString("pem") };
}

/**
 * An attestation key and its certificate, issued by `issuer`; `chain` lists the CAs between it
 * and the root (the root itself is never sent in x5c).
 */
export async function makeAttestationSigner(
  issuer: CertificateAuthority,
  options: { aaguid?: string; chain?: CertificateAuthority[] } = {},
): Promise<AttestationSigner> {
  const keys = await newKeys();
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
  ];
  if (options.aaguid) {
    // id-fido-gen-ce-aaguid: an OCTET STRING holding the 16 AAGUID bytes.
    const aaguid = Buffer.from(options.aaguid.replace(/-/g, ""), "hex");
    extensions.push(
      new x509.Extension("1.3.6.1.4.1.45724.1.1.4", false, Buffer.concat([Buffer.from([0x04, 0x10]), aaguid])),
    );
  }
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(2, "0"),
    subject: "CN=Test Authenticator Attestation, OU=Authenticator Attestation, O=Passkeys Tests, C=GB",
    issuer: issuer.name,
    ...validity(),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ECDSA,
    extensions,
  });
  return {
    privateKey: KeyObject.from(keys.privateKey),
    x5c: [certificate, ...(options.chain ?? []).map((ca) => ca.certificate)].map((c) => Buffer.from(c.rawData)),
  };
}

/**
 * A FIDO Metadata Service BLOB (a JWT, ES256) signed by `signer`, whose certificate chain the
 * header carries, with one entry per model given.
 */
export async function makeMdsBlob(
  signer: { key: CryptoKey; x5c: x509.X509Certificate[] },
  entries: { aaguid: string; roots: CertificateAuthority[]; status?: string }[],
  nextUpdate = new Date(Date.now() + 30 * DAY),
): Promise<string> {
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const header = { alg: "ES256", typ: "JWT", x5c: signer.x5c.map((c) => Buffer.from(c.rawData).toString("base64")) };
  const payload = {
    legalHeader: "test only",
    no: 1,
    nextUpdate: nextUpdate.toISOString().slice(0, 10),
    entries: entries.map((entry) => ({
      aaguid: entry.aaguid,
      metadataStatement: {
        aaguid: entry.aaguid,
        description: "Test authenticator",
        attestationTypes: ["basic_full"],
        attestationRootCertificates: entry.roots.map((ca) => Buffer.from(ca.certificate.rawData).toString("base64")),
      },
      statusReports: [{ status: entry.status ?? "FIDO_CERTIFIED", effectiveDate: "2026-01-01" }],
      timeOfLastStatusChange: "2026-01-01",
    })),
  };
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  // JWS ES256 signatures are r||s (IEEE P1363), not DER.
  const signature = createSign("sha256")
    .update(signingInput)
    .sign({ key: KeyObject.from(signer.key), dsaEncoding: "ieee-p1363" });
  return `${signingInput}.${signature.toString("base64url")}`;
}

/** A leaf certificate for signing a BLOB (not an attestation certificate: no OU requirement). */
export async function makeBlobSigner(issuer: CertificateAuthority) {
  const keys = await newKeys();
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(2, "0"),
    subject: "CN=Test Metadata BLOB Signer, O=Passkeys Tests, C=GB",
    issuer: issuer.name,
    ...validity(),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ECDSA,
    extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
  });
  return { key: keys.privateKey, x5c: [certificate] };
}
