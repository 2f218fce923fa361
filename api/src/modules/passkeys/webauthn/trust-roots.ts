import { X509Certificate } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertCertBufferToPEM, verifyMDSBlob } from "@simplewebauthn/server/helpers";
import type { Config } from "../../../config";
import { ConfigError } from "../../../config";

/**
 * The attestation trust roots the operator configured, read once at start: a policy that
 * requires attestation accepts only statements whose certificate chain ends at one of these.
 */
export interface TrustRoots {
  /** From ATTESTATION_TRUST_ROOTS_DIR, PEM: trusted for any authenticator model. */
  anyAuthenticator: string[];
  /** From FIDO_MDS_BLOB_FILE, by lower-case AAGUID: that model's roots, and why it must not be trusted (if so). */
  byAaguid: Map<string, { roots: string[]; compromised: string | null }>;
  /** The BLOB's nextUpdate: after it, the operator should fetch a newer one. */
  mdsNextUpdate: Date | null;
}

export const NO_TRUST_ROOTS: TrustRoots = { anyAuthenticator: [], byAaguid: new Map(), mdsNextUpdate: null };

export const hasTrustRoots = (roots: TrustRoots) => roots.anyAuthenticator.length > 0 || roots.byAaguid.size > 0;

/** FIDO MDS3 statuses that mean the model's attestation (or its keys) can no longer be believed. */
const COMPROMISED = new Set([
  "USER_VERIFICATION_BYPASS",
  "ATTESTATION_KEY_COMPROMISE",
  "USER_KEY_REMOTE_COMPROMISE",
  "USER_KEY_PHYSICAL_COMPROMISE",
  "REVOKED",
]);

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate in the folder's .pem/.crt/.cer files; each must be a CA certificate. */
export function readPemRoots(folder: string): string[] {
  const roots: string[] = [];
  const files = readdirSync(folder)
    .filter((name) => /\.(pem|crt|cer)$/i.test(name))
    .sort();
  for (const name of files) {
    const blocks = readFileSync(join(folder, name), "utf8").match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw new ConfigError(`ATTESTATION_TRUST_ROOTS_DIR: ${name} holds no PEM certificate`);
    for (const pem of blocks) {
      let certificate: X509Certificate;
      try {
        certificate = new X509Certificate(pem);
      } catch {
        throw new ConfigError(`ATTESTATION_TRUST_ROOTS_DIR: ${name} holds a certificate that does not parse`);
      }
      // A leaf is no root: chains are built up to a CA, and a leaf here would let one device vouch for itself.
      if (!certificate.ca) {
        throw new ConfigError(
          `ATTESTATION_TRUST_ROOTS_DIR: ${name} holds a certificate that is not a CA ("${certificate.subject}")`,
        );
      }
      roots.push(`${pem}\n`);
    }
  }
  if (roots.length === 0) {
    throw new ConfigError(`ATTESTATION_TRUST_ROOTS_DIR: ${folder} holds no .pem, .crt or .cer file`);
  }
  return roots;
}

/**
 * The FIDO Metadata Service BLOB, verified by SimpleWebAuthn's own verifyMDSBlob: its signing
 * chain must end at the FIDO Alliance's root (the library's "mds" root certificates) and the
 * JWT signature must verify. Entries without an AAGUID (U2F and UAF models) are left out.
 */
export async function readMdsBlob(file: string): Promise<Pick<TrustRoots, "byAaguid" | "mdsNextUpdate">> {
  let verified: Awaited<ReturnType<typeof verifyMDSBlob>>;
  try {
    verified = await verifyMDSBlob(readFileSync(file, "utf8").trim());
  } catch (error) {
    throw new ConfigError(
      `FIDO_MDS_BLOB_FILE: ${file} is not a FIDO metadata BLOB that verifies (${(error as Error).message})`,
    );
  }
  const byAaguid: TrustRoots["byAaguid"] = new Map();
  for (const entry of verified.payload.entries) {
    if (!entry.aaguid || !entry.metadataStatement) continue;
    const compromised = entry.statusReports.find((report) => COMPROMISED.has(report.status))?.status ?? null;
    byAaguid.set(entry.aaguid.toLowerCase(), {
      roots: entry.metadataStatement.attestationRootCertificates.map((der) => convertCertBufferToPEM(der)),
      compromised,
    });
  }
  return { byAaguid, mdsNextUpdate: verified.parsedNextUpdate };
}

/** Reads what the configuration names; with nothing configured, no attestation can be required. */
export async function loadTrustRoots(config: Config["attestationTrustRoots"]): Promise<TrustRoots> {
  const anyAuthenticator = config.folder ? readPemRoots(config.folder) : [];
  const mds = config.mdsBlobFile ? await readMdsBlob(config.mdsBlobFile) : { byAaguid: new Map(), mdsNextUpdate: null };
  return { anyAuthenticator, ...mds };
}
