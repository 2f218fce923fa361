import { createHash } from "node:crypto";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import {
  decodeAttestationObject,
  parseAuthenticatorData,
  type ParsedAuthenticatorData,
} from "@simplewebauthn/server/helpers";
import { z } from "zod";
import { badInput } from "../../../errors";
import { CheckFailed } from "./check-failed";
import { ClientData } from "./client-data";

/**
 * Reading a passkey response, once. Two kinds of bad input, answered differently (never a 500):
 * - the JSON is not shaped like a RegistrationResponseJSON / AuthenticationResponseJSON at all:
 *   BAD_USER_INPUT, like any malformed argument;
 * - it has the shape but a part does not decode (base64url, CBOR, client data JSON, authenticator
 *   data): CEREMONY_FAILED naming the part.
 */

/** WebAuthn caps credential IDs at 1,023 bytes: 1,364 base64url characters. */
export const MAX_CREDENTIAL_ID_LENGTH = 1364;
/** Far above any real response (an attestation with a certificate chain is a few KiB). */
const MAX_FIELD_LENGTH = 64 * 1024;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

const text = z.string().max(MAX_FIELD_LENGTH);
const credentialShape = {
  id: text,
  rawId: text,
  type: text,
  // Extension results are not read; anything that is not an object counts as none.
  clientExtensionResults: z.unknown().optional(),
  authenticatorAttachment: z.unknown().optional(),
};
const authenticationShape = z.object({
  ...credentialShape,
  response: z.object({
    clientDataJSON: text,
    authenticatorData: text,
    signature: text,
    userHandle: text.nullish(),
  }),
});
const registrationShape = z.object({
  ...credentialShape,
  response: z.looseObject({
    clientDataJSON: text,
    attestationObject: text,
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
});

const clientDataShape = z.object({ type: z.string(), challenge: z.string(), origin: z.string() });

function shaped<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.join(".");
  if (!path) throw badInput("The passkey response must be an object.", "response");
  const missing = issue.code === "invalid_type" && issue.input === undefined;
  throw badInput(
    missing ? `The passkey response has no ${path}.` : `The passkey response's ${path} is not valid.`,
    "response",
  );
}

/** base64url text as bytes; CEREMONY_FAILED naming `part` when it is not base64url. */
export function bytesOf(value: string, part: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(value)) throw new CheckFailed(part, "malformed");
  return new Uint8Array(Buffer.from(value, "base64url"));
}

/** WebAuthn L3 §5.1: `id` is the base64url of `rawId`, at most 1,023 bytes, of type "public-key". */
export function verifyCredentialId(json: { id: string; rawId: string; type: string }): void {
  if (json.type !== "public-key") throw new CheckFailed("credential type", "malformed");
  if (
    json.id.length === 0 ||
    json.id !== json.rawId ||
    json.id.length > MAX_CREDENTIAL_ID_LENGTH ||
    !BASE64URL.test(json.id)
  ) {
    throw new CheckFailed("credential ID", "malformed");
  }
}

/** WebAuthn L3 §7.1 steps 5–6 / §7.2 steps 9–10: UTF-8 decode, then JSON-parse the client data. */
export function clientDataOf(encoded: string): ClientData {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytesOf(encoded, "client data")).toString("utf8"));
  } catch (error) {
    if (error instanceof CheckFailed) throw error;
    throw new CheckFailed("client data", "malformed");
  }
  const parsed = clientDataShape.safeParse(json);
  if (!parsed.success) throw new CheckFailed("client data", "malformed");
  return parsed.data;
}

function authenticatorDataOf(raw: Uint8Array): ParsedAuthenticatorData {
  try {
    return parseAuthenticatorData(new Uint8Array(raw));
  } catch {
    throw new CheckFailed("authenticator data", "malformed");
  }
}

export interface ParsedAssertion {
  credentialId: string;
  clientData: ClientData;
  authData: ParsedAuthenticatorData;
  /** What the authenticator signed: authenticator data followed by the SHA-256 of the client data JSON. */
  signedData: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
  userHandle: string | null;
}

/** An AuthenticationResponseJSON, checked for shape and decoded, or the reason it is not one. */
export function parseAssertion(input: unknown): { json: AuthenticationResponseJSON; decode: () => ParsedAssertion } {
  const json = shaped(authenticationShape, input);
  // Shape problems are the caller's; decoding problems are the ceremony's, judged after the
  // challenge is known so that they use it up.
  const decode = (): ParsedAssertion => {
    verifyCredentialId(json);
    const { response } = json;
    const clientDataJSON = bytesOf(response.clientDataJSON, "client data");
    const clientData = clientDataOf(response.clientDataJSON);
    const authenticatorData = bytesOf(response.authenticatorData, "authenticator data");
    const authData = authenticatorDataOf(authenticatorData);
    const signature = bytesOf(response.signature, "signature");
    if (response.userHandle) bytesOf(response.userHandle, "user handle");
    const clientDataHash = createHash("sha256").update(clientDataJSON).digest();
    return {
      credentialId: json.id,
      clientData,
      authData,
      signedData: new Uint8Array(Buffer.concat([authenticatorData, clientDataHash])),
      signature,
      userHandle: response.userHandle || null,
    };
  };
  return { json: json as unknown as AuthenticationResponseJSON, decode };
}

export interface ParsedAttestation {
  json: RegistrationResponseJSON;
  clientData: ClientData;
  authData: ParsedAuthenticatorData;
  transports: string[];
}

/** A RegistrationResponseJSON, checked for shape; `decode` reads its client data and authenticator data. */
export function parseAttestation(input: unknown): { json: RegistrationResponseJSON; decode: () => ParsedAttestation } {
  const shapedJson = shaped(registrationShape, input);
  const extensions = shapedJson.clientExtensionResults;
  const json = {
    ...shapedJson,
    clientExtensionResults: extensions && typeof extensions === "object" ? extensions : {},
  } as unknown as RegistrationResponseJSON;
  const decode = (): ParsedAttestation => {
    verifyCredentialId(json);
    const clientData = clientDataOf(json.response.clientDataJSON);
    let authDataBytes: unknown;
    try {
      authDataBytes = decodeAttestationObject(bytesOf(json.response.attestationObject, "attestation object")).get(
        "authData",
      );
    } catch (error) {
      if (error instanceof CheckFailed) throw error;
      throw new CheckFailed("attestation object", "malformed");
    }
    if (!(authDataBytes instanceof Uint8Array)) throw new CheckFailed("attestation object", "malformed");
    return {
      json,
      clientData,
      authData: authenticatorDataOf(authDataBytes),
      transports: shapedJson.response.transports ?? [],
    };
  };
  return { json, decode };
}
