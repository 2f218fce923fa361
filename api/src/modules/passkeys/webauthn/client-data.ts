import { CheckFailed } from "./check-failed";

export interface ClientData {
  type: string;
  challenge: string;
  origin: string;
}

export interface ExpectedClientData {
  type: "webauthn.create" | "webauthn.get";
  /** The stored challenge, base64url. */
  challenge: string;
  /** Every origin the ceremony may come from: web origins and `android:apk-key-hash:` app origins. */
  origins: readonly string[];
}

/**
 * WebAuthn L3 §7.1 steps 7–9 (registration) and §7.2 steps 11–13 (authentication): "Verify that
 * the value of C.type is webauthn.create / webauthn.get", "that the value of C.challenge equals
 * the base64url encoding of the challenge", "that the value of C.origin is an origin expected by
 * the Relying Party".
 */
export function verifyClientData(clientData: ClientData, expected: ExpectedClientData): void {
  if (clientData.type !== expected.type) throw new CheckFailed("client data type", "type");
  if (clientData.challenge !== expected.challenge) throw new CheckFailed("challenge", "challenge");
  verifyOrigin(clientData.origin, expected.origins);
}

/** §7.2 step 13 on its own: for an origin whose acceptance depends on whose credential it is. */
export function verifyOrigin(origin: string, origins: readonly string[]): void {
  if (!origins.includes(origin)) throw new CheckFailed("origin", "origin");
}

/** An Android app's origin: the SHA-256 of its signing certificate (accepted per organisation). */
export const isAppOrigin = (origin: string) => origin.startsWith("android:apk-key-hash:");
