import {
  convertCertBufferToPEM,
  decodeAttestationObject,
  validateCertificatePath,
} from "@simplewebauthn/server/helpers";
import { ceremonyFailed } from "../../../errors";
import { TrustRoots } from "./trust-roots";

/**
 * What a registration's attestation proves, judged after SimpleWebAuthn verified the statement's
 * signature and its format's rules. The library leaves two things to the relying party, and
 * these functions do them: whether none and self attestation are acceptable, and which trust
 * anchors a certificate chain must reach (with no anchors it skips the chain check altogether).
 * SettingsService's root certificates are not used for that: they are process-wide and apply
 * to every registration, including organisations that do not require attestation.
 */

export interface AttestationPolicy {
  requireAttestation: boolean;
  /** Lower-case AAGUIDs; empty: any authenticator. */
  allowedAuthenticators: string[];
}

/** The parts of a verified registration these checks read (SimpleWebAuthn's registrationInfo). */
export interface VerifiedRegistration {
  fmt: string;
  aaguid: string;
  attestationObject: Uint8Array<ArrayBuffer>;
}

export type AttestationKind =
  | { kind: "none" }
  | { kind: "self" }
  | { kind: "certified"; x5c: Uint8Array<ArrayBuffer>[] }
  | { kind: "unsupported"; fmt: string };

/** Why a registration was refused, as the caller reads it after "did not verify: ". */
export class AttestationRefused extends Error {}

/**
 * WebAuthn §5.4.7 (AttestationConveyancePreference): ask for "direct" attestation when the
 * policy will judge it (required, or an allowlist to check), else "none", which spares users
 * the browser's privacy prompt.
 */
export function attestationConveyance(policy: AttestationPolicy): "direct" | "none" {
  return policy.requireAttestation || policy.allowedAuthenticators.length > 0 ? "direct" : "none";
}

/**
 * WebAuthn §7.1 "Determine the attestation statement format" and the formats' verification
 * procedures (§8): `none` carries nothing (§8.7); `packed` without x5c is self attestation
 * (§8.2); packed, tpm, android-key, fido-u2f and apple carry their chain in x5c. SafetyNet
 * (§8.5) hides its chain in a JWS and Google has retired it, so it is not used as proof here.
 */
export function attestationKindOf(
  fmt: string,
  attStmt: { get(key: "x5c"): Uint8Array<ArrayBuffer>[] | undefined },
): AttestationKind {
  if (fmt === "none") return { kind: "none" };
  if (!["packed", "tpm", "android-key", "fido-u2f", "apple"].includes(fmt)) return { kind: "unsupported", fmt };
  const x5c = attStmt.get("x5c");
  if (!x5c || x5c.length === 0) return fmt === "packed" ? { kind: "self" } : { kind: "unsupported", fmt };
  return { kind: "certified", x5c };
}

/**
 * WebAuthn §7.1 "Assess the attestation trustworthiness": if no attestation was provided, or
 * self attestation was used, verify that it is acceptable under relying party policy. A policy
 * that requires attestation accepts neither: an AAGUID in them is only the authenticator's claim.
 */
export function checkAttestationAccepted(
  requireAttestation: boolean,
  attestation: AttestationKind,
): Extract<AttestationKind, { kind: "certified" }> | null {
  if (attestation.kind === "certified") return attestation;
  if (!requireAttestation) return null;
  if (attestation.kind === "none")
    throw new AttestationRefused(
      "attestation is required by your organisation, and this authenticator gave none (none attestation)",
    );
  if (attestation.kind === "self")
    throw new AttestationRefused(
      "attestation is required by your organisation, and this authenticator only vouched for itself (self attestation)",
    );
  throw new AttestationRefused(
    `attestation is required by your organisation, and ${attestation.fmt} attestation is not accepted`,
  );
}

/**
 * WebAuthn §7.1 "Obtain a list of acceptable trust anchors ... for that attestation type and
 * attestation statement format fmt, from a trusted source or from policy": the operator's roots,
 * plus the roots the FIDO metadata lists for this AAGUID. A model the metadata reports
 * compromised gets none, whatever else is configured.
 */
export function trustAnchorsFor(aaguid: string, roots: TrustRoots): string[] {
  const metadata = roots.byAaguid.get(aaguid.toLowerCase());
  if (metadata?.compromised) {
    throw new AttestationRefused(`the FIDO metadata reports this authenticator model as ${metadata.compromised}`);
  }
  const anchors = [...roots.anyAuthenticator, ...(metadata?.roots ?? [])];
  if (anchors.length === 0) throw new AttestationRefused("no configured trust root covers this authenticator model");
  return anchors;
}

/**
 * WebAuthn §7.1 "Assess the attestation trustworthiness": the attestation certificate chains up
 * to an acceptable root. SimpleWebAuthn's validateCertificatePath builds the path (signatures,
 * validity periods, revocation lists); it accepts anything when given no anchors, hence the
 * guard: this function never calls it without one.
 */
export async function verifyTrustPath(x5c: Uint8Array<ArrayBuffer>[], anchors: string[]): Promise<void> {
  if (anchors.length === 0) throw new AttestationRefused("no configured trust root covers this authenticator model");
  try {
    await validateCertificatePath(
      x5c.map((der) => convertCertBufferToPEM(der)),
      anchors,
    );
  } catch {
    throw new AttestationRefused("the authenticator's attestation certificate does not chain to a trusted root");
  }
}

/** DESIGN "WebAuthn checks": the AAGUID allowlist (WebAuthn §7.1, relying party policy on the authenticator model). */
export function checkAllowedAuthenticator(allowedAuthenticators: string[], aaguid: string): void {
  if (allowedAuthenticators.length > 0 && !allowedAuthenticators.includes(aaguid.toLowerCase())) {
    throw new AttestationRefused("this authenticator is not allowed by your organisation");
  }
}

/**
 * The registration's attestation against the policy, after the library verified the response.
 * When attestation is required, the AAGUID the allowlist is checked against is one a trusted
 * chain signed for (the attestation signature covers the authenticator data that carries it);
 * otherwise it is the authenticator's own claim, as the console says.
 */
export async function enforceAttestationPolicy(
  policy: AttestationPolicy,
  registration: VerifiedRegistration,
  roots: TrustRoots,
): Promise<void> {
  try {
    if (policy.requireAttestation) {
      const attStmt = decodeAttestationObject(registration.attestationObject).get("attStmt");
      const certified = checkAttestationAccepted(true, attestationKindOf(registration.fmt, attStmt))!;
      await verifyTrustPath(certified.x5c, trustAnchorsFor(registration.aaguid, roots));
    }
    checkAllowedAuthenticator(policy.allowedAuthenticators, registration.aaguid);
  } catch (error) {
    if (error instanceof AttestationRefused) throw ceremonyFailed(error.message);
    throw error;
  }
}
