// Ships in the build for scripts/bench's load client (dist/scripts/bench-client.js); the API never imports it.
import { createHash, generateKeyPairSync, KeyObject, randomBytes, sign } from "node:crypto";

/**
 * A software authenticator with real keys (node:crypto) and hand-written CBOR, so the API's
 * ceremonies are verified for real and no byte of the response comes from the library under
 * test. It answers options the way a browser's navigator.credentials.create()/get() followed by
 * toJSON() does: RegistrationResponseJSON and AuthenticationResponseJSON, base64url throughout.
 * Every field a test may want to spoil (origin, RP ID, flags, counter, user handle, AAGUID,
 * attestation) is an option.
 */

export type Algorithm = "ES256" | "EdDSA";
export type AttestationKind = "none" | "packed";

/**
 * The authenticator maker's attestation key and its certificate chain (leaf first, DER, no
 * root): with one, `packed` is full (basic) attestation with x5c; without, self attestation.
 */
export interface AttestationSigner {
  privateKey: KeyObject;
  x5c: Uint8Array[];
}

export interface Flags {
  up: boolean;
  uv: boolean;
  be: boolean;
  bs: boolean;
}

export interface StoredCredential {
  id: string;
  algorithm: Algorithm;
  privateKey: KeyObject;
  publicKey: KeyObject;
  rpId: string;
  userHandle: string;
  signCount: number;
}

export interface RegisterOverrides {
  origin: string;
  rpId: string;
  challenge: string;
  type: string;
  flags: Partial<Flags>;
  signCount: number;
  algorithm: Algorithm;
  attestation: AttestationKind;
  attestationSigner: AttestationSigner | null;
  aaguid: string;
  /** base64url; random 32 bytes by default. */
  credentialId: string;
  transports: string[];
}

export interface AuthenticateOverrides {
  origin: string;
  rpId: string;
  challenge: string;
  type: string;
  flags: Partial<Flags>;
  /** Sets the counter sent (and kept); by default the stored counter plus one. */
  signCount: number;
  credentialId: string;
  /** base64url, or null to leave it out (as security keys with non-discoverable credentials do). */
  userHandle: string | null;
}

// ----------------------------------------------------------------------------------------------
// CBOR (RFC 8949), just what WebAuthn uses: integers, byte and text strings, arrays, maps.
// ----------------------------------------------------------------------------------------------

export type CborValue = number | string | Uint8Array | CborValue[] | Map<number | string, CborValue>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(length, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(length, 1);
  return b;
}

export function cborEncode(value: CborValue): Buffer {
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new Error("only integers");
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === "string") {
    const text = Buffer.from(value, "utf8");
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cborEncode)]);
  const parts: Buffer[] = [head(5, value.size)];
  for (const [k, v] of value) parts.push(cborEncode(k), cborEncode(v));
  return Buffer.concat(parts);
}

// ----------------------------------------------------------------------------------------------

const b64url = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

function flagsByte(flags: Flags, attested: boolean): number {
  return (
    (flags.up ? 0x01 : 0) |
    (flags.uv ? 0x04 : 0) |
    (flags.be ? 0x08 : 0) |
    (flags.bs ? 0x10 : 0) |
    (attested ? 0x40 : 0)
  );
}

function aaguidBytes(aaguid: string): Buffer {
  const hex = aaguid.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`bad AAGUID ${aaguid}`);
  return Buffer.from(hex, "hex");
}

function coseKey(algorithm: Algorithm, publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: "jwk" });
  if (algorithm === "ES256") {
    // kty EC2, alg ES256, crv P-256, x, y
    return cborEncode(
      new Map<number, CborValue>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
  }
  // kty OKP, alg EdDSA, crv Ed25519, x
  return cborEncode(
    new Map<number, CborValue>([
      [1, 1],
      [3, -8],
      [-1, 6],
      [-2, Buffer.from(jwk.x!, "base64url")],
    ]),
  );
}

function signWith(algorithm: Algorithm, privateKey: KeyObject, data: Buffer): Buffer {
  // ES256 signatures are DER (ASN.1) as WebAuthn wants them; Ed25519 takes no digest.
  return algorithm === "ES256" ? sign("sha256", data, privateKey) : sign(null, data, privateKey);
}

function newKeyPair(algorithm: Algorithm) {
  return algorithm === "ES256" ? generateKeyPairSync("ec", { namedCurve: "P-256" }) : generateKeyPairSync("ed25519");
}

export interface AuthenticatorOptions {
  /** The origin the "browser" reports in clientDataJSON. */
  origin: string;
  algorithm?: Algorithm;
  attestation?: AttestationKind;
  attestationSigner?: AttestationSigner;
  aaguid?: string;
  flags?: Partial<Flags>;
}

/** Synced platform passkey by default: UP, UV, BE and BS set, counter 0. */
const DEFAULT_FLAGS: Flags = { up: true, uv: true, be: true, bs: true };

export class SoftwareAuthenticator {
  readonly credentials = new Map<string, StoredCredential>();

  constructor(readonly options: AuthenticatorOptions) {}

  /** The last registered credential. */
  get credential(): StoredCredential {
    const last = [...this.credentials.values()].at(-1);
    if (!last) throw new Error("no credential registered");
    return last;
  }

  /** navigator.credentials.create(options) then toJSON(). */
  register(options: any, overrides: Partial<RegisterOverrides> = {}): any {
    const algorithm = overrides.algorithm ?? this.options.algorithm ?? "ES256";
    const rpId = overrides.rpId ?? options.rp?.id;
    const flags = { ...DEFAULT_FLAGS, ...this.options.flags, ...overrides.flags };
    const attestation = overrides.attestation ?? this.options.attestation ?? "none";
    const signer =
      overrides.attestationSigner === undefined ? this.options.attestationSigner : overrides.attestationSigner;
    const aaguid = overrides.aaguid ?? this.options.aaguid ?? "00000000-0000-0000-0000-000000000000";
    const id = overrides.credentialId ?? b64url(randomBytes(32));
    const { privateKey, publicKey } = newKeyPair(algorithm);
    const signCount = overrides.signCount ?? 0;

    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: overrides.type ?? "webauthn.create",
        challenge: overrides.challenge ?? options.challenge,
        origin: overrides.origin ?? this.options.origin,
        crossOrigin: false,
      }),
    );
    const credentialId = Buffer.from(id, "base64url");
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(signCount);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credentialId.length);
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([flagsByte(flags, true)]),
      counter,
      aaguidBytes(aaguid),
      idLength,
      credentialId,
      coseKey(algorithm, publicKey),
    ]);
    const signed = Buffer.concat([authData, sha256(clientDataJSON)]);
    const attStmt =
      attestation === "packed" && signer
        ? // Full attestation: signed by the maker's attestation key (ES256), its chain in x5c.
          new Map<string, CborValue>([
            ["alg", -7],
            ["sig", sign("sha256", signed, signer.privateKey)],
            ["x5c", signer.x5c.map((der) => new Uint8Array(der))],
          ])
        : attestation === "packed"
          ? // Self attestation: signed by the credential's own key, no certificate.
            new Map<string, CborValue>([
              ["alg", algorithm === "ES256" ? -7 : -8],
              ["sig", signWith(algorithm, privateKey, signed)],
            ])
          : new Map<string, CborValue>();
    const attestationObject = cborEncode(
      new Map<string, CborValue>([
        ["fmt", attestation],
        ["attStmt", attStmt],
        ["authData", authData],
      ]),
    );

    this.credentials.set(id, { id, algorithm, privateKey, publicKey, rpId, userHandle: options.user?.id, signCount });
    const transports = overrides.transports ?? ["internal", "hybrid"];
    return {
      id,
      rawId: id,
      type: "public-key",
      authenticatorAttachment: "platform",
      clientExtensionResults: { credProps: { rk: true } },
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports,
        authenticatorData: b64url(authData),
        publicKeyAlgorithm: algorithm === "ES256" ? -7 : -8,
        publicKey: b64url(publicKey.export({ format: "der", type: "spki" })),
      },
    };
  }

  /** navigator.credentials.get(options) then toJSON(). */
  authenticate(options: any, overrides: Partial<AuthenticateOverrides> = {}): any {
    const allowed: string[] = (options.allowCredentials ?? []).map((c: { id: string }) => c.id);
    const id =
      overrides.credentialId ??
      [...this.credentials.keys()].reverse().find((candidate) => allowed.length === 0 || allowed.includes(candidate));
    const credential = id ? this.credentials.get(id) : undefined;
    if (!id || !credential) throw new Error("the authenticator has no credential for these options");
    const flags = { ...DEFAULT_FLAGS, ...this.options.flags, ...overrides.flags };
    const signCount = overrides.signCount ?? (credential.signCount === 0 ? 0 : credential.signCount + 1);
    credential.signCount = signCount;

    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: overrides.type ?? "webauthn.get",
        challenge: overrides.challenge ?? options.challenge,
        origin: overrides.origin ?? this.options.origin,
        crossOrigin: false,
      }),
    );
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(signCount);
    const authData = Buffer.concat([
      sha256(overrides.rpId ?? options.rpId ?? credential.rpId),
      Buffer.from([flagsByte(flags, false)]),
      counter,
    ]);
    const signature = signWith(
      credential.algorithm,
      credential.privateKey,
      Buffer.concat([authData, sha256(clientDataJSON)]),
    );
    const userHandle = overrides.userHandle === undefined ? credential.userHandle : overrides.userHandle;
    return {
      id,
      rawId: id,
      type: "public-key",
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(userHandle === null ? {} : { userHandle }),
      },
    };
  }
}
