import { createHash, createHmac, randomUUID } from "node:crypto";
import {
  AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import {
  decodeAttestationObject,
  parseAuthenticatorData,
  ParsedAuthenticatorData,
} from "@simplewebauthn/server/helpers";
import { AuthState } from "../../auth/auth-state";
import { Context } from "../../context";
import { isUniqueViolation } from "../../db/unique-violation";
import { AppError, badInput, ceremonyFailed, challengeExpired, featureNotActivated, forbidden } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import {
  AuditEventType,
  AuthMethod,
  PasskeyRequirement,
  Role,
  SessionDelivery,
  UserVerificationRequirement,
} from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { deliverSession, findSignInUser, recordSignInFailure, startSession } from "../sessions/sign-in";
import { SignInPayload } from "../sessions/viewer.types";
import { User } from "../users/user.entity";
import { authenticatorName } from "./aaguid";
import { ChallengePurpose } from "./challenge.entity";
import { CHALLENGE_TTL_MS } from "./challenge.service";
import { Credential } from "./credential.entity";
import {
  activeCredentialsOf,
  checkCredentialName,
  credentialIdHash,
  findCredential,
  MAX_CREDENTIAL_ID_LENGTH,
} from "./passkey.service";
import {
  FinishPasskeyRegistrationInput,
  FinishPasskeySignInInput,
  PasskeyChallenge,
  PasskeyRegistrationPayload,
  StartPasskeySignInInput,
} from "./passkey.types";

/** ES256, EdDSA, RS256: what platform authenticators and security keys make (COSE algorithm ids). */
export const SUPPORTED_ALGORITHMS = [-7, -8, -257];

type UserVerification = "required" | "preferred";

const uvOf = (requirement: UserVerificationRequirement | null | undefined): UserVerification =>
  requirement === UserVerificationRequirement.PREFERRED ? "preferred" : "required";

/** The policy facts a ceremony reads for one user: SUPPORT staff have no organisation and always need UV. */
interface UserPolicy {
  requirement: PasskeyRequirement;
  activated: boolean;
  userVerification: UserVerification;
  allowedAuthenticators: string[];
}

async function policyForUser(context: Context, user: Pick<User, "role" | "organisationId">): Promise<UserPolicy> {
  if (user.role === Role.SUPPORT || !user.organisationId) {
    return {
      requirement: PasskeyRequirement.MANDATORY,
      activated: true,
      userVerification: "required",
      allowedAuthenticators: [],
    };
  }
  const { services } = context;
  const [organisation, policy] = await Promise.all([
    services.dataSource.getRepository(Organisation).findOne({ where: { id: user.organisationId } }),
    services.policies.findFor(user.organisationId),
  ]);
  return {
    requirement: organisation
      ? services.policies.requirementOf(organisation, policy, context.now)
      : PasskeyRequirement.OFF,
    activated: Boolean(organisation?.passkeysActivated),
    userVerification: uvOf(policy?.userVerification),
    allowedAuthenticators: (policy?.allowedAuthenticators ?? []).map((a) => a.toLowerCase()),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading responses. Two kinds of bad input, answered differently (and never with a 500):
// - the JSON is not shaped like a RegistrationResponseJSON / AuthenticationResponseJSON at all
//   (not an object, a field missing or not a string): BAD_USER_INPUT, like any malformed argument;
// - it has the shape but its content does not decode or verify (bad base64url, CBOR, client
//   data JSON, flags, signature): CEREMONY_FAILED naming the check.
// ---------------------------------------------------------------------------------------------

const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
/** Far above any real response (an attestation with a certificate chain is a few KiB). */
const MAX_FIELD_LENGTH = 64 * 1024;

class CheckFailed extends Error {
  constructor(
    readonly check: string,
    readonly reason: string,
  ) {
    super(check);
  }
}

function field(object: Record<string, unknown>, name: string, path: string, optional = false): string | undefined {
  const value = object[name];
  if (value === undefined || value === null) {
    if (optional) return undefined;
    throw badInput(`The passkey response has no ${path}${name}.`, "response");
  }
  if (typeof value !== "string" || value.length > MAX_FIELD_LENGTH)
    throw badInput(`The passkey response's ${path}${name} must be a string.`, "response");
  return value;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw badInput(`The passkey response's ${what} must be an object.`, "response");
  return value as Record<string, unknown>;
}

function bytes(value: string, check: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(value)) throw new CheckFailed(check, "malformed");
  return new Uint8Array(Buffer.from(value, "base64url"));
}

interface ClientData {
  type: string;
  challenge: string;
  origin: string;
}

function clientDataOf(encoded: string): ClientData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes(encoded, "client data")).toString("utf8"));
  } catch (error) {
    if (error instanceof CheckFailed) throw error;
    throw new CheckFailed("client data", "malformed");
  }
  const data = parsed as Partial<ClientData> | null;
  if (
    !data ||
    typeof data !== "object" ||
    typeof data.type !== "string" ||
    typeof data.challenge !== "string" ||
    typeof data.origin !== "string"
  ) {
    throw new CheckFailed("client data", "malformed");
  }
  return data as ClientData;
}

function authenticatorDataOf(raw: Uint8Array): ParsedAuthenticatorData {
  try {
    return parseAuthenticatorData(new Uint8Array(raw));
  } catch {
    throw new CheckFailed("authenticator data", "malformed");
  }
}

/** The checks every ceremony makes on client data and authenticator data, each with its own message. */
function checkCommon(
  context: Context,
  clientData: ClientData,
  authData: ParsedAuthenticatorData,
  expected: { type: string; challenge: string; userVerification: boolean; origins: string[] },
) {
  const { config } = context;
  if (clientData.type !== expected.type) throw new CheckFailed("client data type", "type");
  if (clientData.challenge !== expected.challenge) throw new CheckFailed("challenge", "challenge");
  if (!expected.origins.includes(clientData.origin)) throw new CheckFailed("origin", "origin");
  const rpIdHash = createHash("sha256").update(config.rpId).digest();
  if (!rpIdHash.equals(Buffer.from(authData.rpIdHash))) throw new CheckFailed("RP ID", "rp_id");
  if (!authData.flags.up) throw new CheckFailed("user presence", "user_presence");
  if (expected.userVerification && !authData.flags.uv) throw new CheckFailed("user verification", "user_verification");
}

/** The parts every credential response has: id, rawId, type and response.clientDataJSON. */
function credentialResponse(input: unknown) {
  const json = objectOf(input, "JSON");
  const response = objectOf(json.response, "response");
  field(json, "id", "");
  field(json, "rawId", "");
  field(json, "type", "");
  field(response, "clientDataJSON", "response.");
  const extensions = json.clientExtensionResults;
  const normalised = {
    ...json,
    clientExtensionResults: extensions && typeof extensions === "object" ? extensions : {},
  };
  return { json: normalised, response };
}

function parseRegistration(input: unknown): RegistrationResponseJSON {
  const { json, response } = credentialResponse(input);
  field(response, "attestationObject", "response.");
  const transports = response.transports;
  if (
    transports !== undefined &&
    (!Array.isArray(transports) ||
      transports.length > 10 ||
      transports.some((t) => typeof t !== "string" || t.length > 32))
  ) {
    throw badInput("The passkey response's response.transports must be a list of strings.", "response");
  }
  return json as unknown as RegistrationResponseJSON;
}

function parseAuthentication(input: unknown): AuthenticationResponseJSON {
  const { json, response } = credentialResponse(input);
  field(response, "authenticatorData", "response.");
  field(response, "signature", "response.");
  field(response, "userHandle", "response.", true);
  return json as unknown as AuthenticationResponseJSON;
}

function checkCredentialId(json: { id: string; rawId: string; type: string }) {
  if (json.type !== "public-key") throw new CheckFailed("credential type", "malformed");
  if (
    json.id !== json.rawId ||
    json.id.length > MAX_CREDENTIAL_ID_LENGTH ||
    !BASE64URL.test(json.id) ||
    json.id.length === 0
  ) {
    throw new CheckFailed("credential ID", "malformed");
  }
}

/** SimpleWebAuthn throws plain Errors; any of them means the response did not verify. */
async function verified<T>(check: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError || error instanceof CheckFailed) throw error;
    throw new CheckFailed(check, "not_verified");
  }
}

// ---------------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------------

/**
 * Who may register: SUPPORT always (they are always MANDATORY); anyone else only once support
 * has activated passkeys for their organisation (FEATURE_NOT_ACTIVATED before) and while their
 * own requirement is not OFF (FORBIDDEN: the admin has them switched off or scheduled later).
 */
async function registrationPolicy(context: Context, auth: AuthState): Promise<UserPolicy> {
  const policy = await policyForUser(context, auth.user);
  if (!policy.activated) throw featureNotActivated();
  if (policy.requirement === PasskeyRequirement.OFF) throw forbidden("Passkeys are turned off for your organisation.");
  return policy;
}

export async function startPasskeyRegistration(context: Context): Promise<PasskeyChallenge> {
  const auth = context.auth!;
  const { services, config } = context;
  const policy = await registrationPolicy(context, auth);
  const existing = await activeCredentialsOf(services.dataSource.manager, auth.user.id);
  const challenge = await services.challenges.create({
    purpose: ChallengePurpose.REGISTRATION,
    userId: auth.user.id,
    organisationId: auth.user.organisationId,
    sessionId: auth.session.id,
    userVerification: policy.userVerification,
  });
  const options = await generateRegistrationOptions({
    rpName: config.rpName,
    rpID: config.rpId,
    // The user handle is the random webauthnUserId: never the email or the database id, which
    // the authenticator would store and hand to anyone who can list its passkeys.
    userID: Buffer.from(auth.user.webauthnUserId, "base64url"),
    userName: auth.user.email,
    userDisplayName: auth.user.displayName,
    challenge: Buffer.from(challenge.challenge, "base64url"),
    timeout: CHALLENGE_TTL_MS,
    // An allowlist means nothing without the authenticator saying what it is.
    attestationType: policy.allowedAuthenticators.length > 0 ? "direct" : "none",
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports as never })),
    authenticatorSelection: {
      residentKey: "required",
      requireResidentKey: true,
      userVerification: policy.userVerification,
    },
    supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
  });
  return { challengeId: challenge.id, options, expiresAt: challenge.expiresAt };
}

/** The caller's name for the passkey, else the authenticator's from its AAGUID, else "Passkey". */
function credentialName(input: string | null | undefined, aaguid: string): string {
  if (input?.trim()) return checkCredentialName(input);
  return authenticatorName(aaguid) ?? "Passkey";
}

export async function finishPasskeyRegistration(
  context: Context,
  input: FinishPasskeyRegistrationInput,
): Promise<PasskeyRegistrationPayload> {
  const auth = context.auth!;
  const { services, config } = context;
  const json = parseRegistration(input.response);
  if (input.name != null) credentialName(input.name, "");
  const challenge = await services.challenges.findLive(input.challengeId, ChallengePurpose.REGISTRATION);
  // Another user's or another session's challenge is, for this caller, no challenge at all.
  if (!challenge || challenge.userId !== auth.user.id || challenge.sessionId !== auth.session.id)
    throw challengeExpired();
  const policy = await registrationPolicy(context, auth);
  // The stricter of the policy when the ceremony started and now.
  const requireUV = policy.userVerification === "required" || challenge.userVerification === "required";
  // Native apps: the web origins plus the user's organisation's own Android apps (modules/apps).
  const expectedOrigins = await services.apps.expectedOriginsFor(auth.user.organisationId);

  let verification;
  try {
    checkCredentialId(json);
    const clientData = clientDataOf(json.response.clientDataJSON);
    let authDataBytes: Uint8Array;
    try {
      authDataBytes = decodeAttestationObject(bytes(json.response.attestationObject, "attestation object")).get(
        "authData",
      );
    } catch (error) {
      if (error instanceof CheckFailed) throw error;
      throw new CheckFailed("attestation object", "malformed");
    }
    if (!(authDataBytes instanceof Uint8Array)) throw new CheckFailed("attestation object", "malformed");
    const authData = authenticatorDataOf(authDataBytes);
    checkCommon(context, clientData, authData, {
      type: "webauthn.create",
      challenge: challenge.challenge,
      userVerification: requireUV,
      origins: expectedOrigins,
    });
    verification = await verified("attestation", () =>
      verifyRegistrationResponse({
        response: json,
        expectedChallenge: challenge.challenge,
        expectedOrigin: expectedOrigins,
        expectedRPID: config.rpId,
        requireUserVerification: requireUV,
        supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
      }),
    );
    if (!verification.verified) throw new CheckFailed("attestation", "not_verified");
  } catch (error) {
    if (error instanceof CheckFailed) throw ceremonyFailed(error.check);
    throw error;
  }

  const info = verification.registrationInfo;
  const aaguid = info.aaguid.toLowerCase();
  if (policy.allowedAuthenticators.length > 0 && !policy.allowedAuthenticators.includes(aaguid)) {
    throw ceremonyFailed("this authenticator is not allowed by your organisation");
  }
  const credentialId = info.credential.id;
  // WebAuthn caps credential IDs at 1,023 bytes; the authenticator data could carry more.
  if (credentialId.length > MAX_CREDENTIAL_ID_LENGTH) throw ceremonyFailed("credential ID");
  if (await findCredential(services.dataSource.manager, credentialId))
    throw ceremonyFailed("this passkey is already registered");

  const credential = services.dataSource.getRepository(Credential).create({
    id: randomUUID(),
    credentialId,
    credentialIdHash: credentialIdHash(credentialId),
    userId: auth.user.id,
    organisationId: auth.user.organisationId,
    publicKey: Buffer.from(info.credential.publicKey).toString("base64url"),
    signCount: info.credential.counter,
    transports: (json.response.transports ?? []) as string[],
    aaguid,
    backupEligible: info.credentialDeviceType === "multiDevice",
    backedUp: info.credentialBackedUp,
    attestationFormat: info.fmt,
    name: credentialName(input.name, aaguid),
    createdAt: context.now,
    lastUsedAt: null,
    revokedAt: null,
    revokedById: null,
  });

  let rotated;
  try {
    rotated = await services.transactions.run(async (manager) => {
      // Consumed in the same transaction as the insert: a replayed or concurrent finish finds it used.
      if (!(await services.challenges.consume(manager, challenge.id))) throw challengeExpired();
      await services.credentials.add(manager, credential);
      // A new passkey lifts a restricted session; a token seen before the upgrade dies with it.
      const issued = await services.sessions.rotate(manager, auth.session, { deviceSetupDone: true });
      await recordAudit(manager, {
        type: AuditEventType.PASSKEY_REGISTERED,
        organisationId: auth.user.organisationId,
        actorId: auth.user.id,
        subjectId: auth.user.id,
        data: { credentialId, name: credential.name, aaguid, attestationFormat: info.fmt, synced: credential.backedUp },
        ip: context.ip,
        at: context.now,
      });
      return issued;
    });
  } catch (error) {
    // Two users racing to register one credential ID: the unique index decides.
    if (isUniqueViolation(error)) throw ceremonyFailed("this passkey is already registered");
    throw error;
  }
  const delivered = await deliverSession(context, rotated);
  return { credential, token: delivered.token, viewer: delivered.viewer };
}

// ---------------------------------------------------------------------------------------------
// Sign-in
// ---------------------------------------------------------------------------------------------

/**
 * Stand-ins for the credential IDs of an email that has none (unknown organisation or user,
 * no passkey, disabled): derived with an HMAC so the same email always gets the same IDs, on
 * every replica, and the answer looks like a real user's. The key is PASSKEY_LOOKUP_SECRET, or
 * failing that one derived from the database URL (which holds its password in production).
 */
function decoyCredentialIds(context: Context, slug: string | null, email: string) {
  const key =
    context.config.passkeyLookupSecret ??
    createHash("sha256").update(`decoy-credential-ids\0${context.config.databaseUrl}`).digest();
  const id = createHmac("sha256", key)
    .update(`${slug ?? ""}\0${email.trim().toLowerCase()}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");
  return [{ id, transports: ["internal", "hybrid"] }];
}

export async function startPasskeySignIn(context: Context, input: StartPasskeySignInInput): Promise<PasskeyChallenge> {
  const { services, config } = context;
  const slug = input.organisationSlug?.trim().toLowerCase() || null;
  const email = input.email?.trim() || null;
  if ((slug?.length ?? 0) > 64 || (email?.length ?? 0) > 254) throw badInput("The email or organisation is too long.");

  const { organisation, user } = await findSignInUser(services, slug, email);
  const policy = organisation ? await services.policies.findFor(organisation.id) : null;
  // An unknown organisation gets an id that matches no credential: the finish then fails like
  // any other, and the start looked like a real organisation's.
  const organisationId = slug ? (organisation?.id ?? randomUUID()) : null;
  // Usernameless ceremonies do not know whose policy applies yet: ask for UV where the
  // authenticator can, and hold the owner's policy against the result at the finish.
  const userVerification: UserVerification = slug ? uvOf(policy?.userVerification) : "preferred";

  let userId: string | null = null;
  let allowCredentials: { id: string; transports?: string[] }[] = [];
  if (email) {
    const credentials = user && !user.disabledAt ? await activeCredentialsOf(services.dataSource.manager, user.id) : [];
    userId = user?.id ?? null;
    allowCredentials = credentials.length
      ? credentials.map((c) => ({ id: c.credentialId, transports: c.transports }))
      : decoyCredentialIds(context, slug, email);
  }

  const challenge = await services.challenges.create({
    purpose: ChallengePurpose.AUTHENTICATION,
    userId,
    organisationId,
    sessionId: null,
    userVerification,
  });
  const options = await generateAuthenticationOptions({
    rpID: config.rpId,
    challenge: Buffer.from(challenge.challenge, "base64url"),
    timeout: CHALLENGE_TTL_MS,
    userVerification,
    allowCredentials: allowCredentials as never,
  });
  return { challengeId: challenge.id, options, expiresAt: challenge.expiresAt };
}

interface Failure {
  check: string;
  reason: string;
  credential?: Credential | null;
  /** The sign count the authenticator sent, for a regression's audit event. */
  received?: number;
}

/** The message a caller sees when the credential is not acceptable, whatever the reason: no hint which. */
const NOT_RECOGNISED = "the passkey is not recognised";

export async function finishPasskeySignIn(context: Context, input: FinishPasskeySignInInput): Promise<SignInPayload> {
  const { services, config } = context;
  const json = parseAuthentication(input.response);
  const delivery = input.delivery ?? SessionDelivery.COOKIE;

  // The account a passkey finish names is its credential (by hash: IDs may be too long for a key).
  const account = credentialIdHash(json.id);
  await services.rateLimits.check("passkey", account, context.ip);

  const challenge = await services.challenges.findLive(input.challengeId, ChallengePurpose.AUTHENTICATION);
  if (!challenge) {
    await services.rateLimits.failed("passkey", account, context.ip);
    await recordSignInFailure(context, {
      organisationId: null,
      userId: null,
      method: AuthMethod.PASSKEY,
      reason: "challenge_expired",
    });
    throw challengeExpired();
  }

  const fail = async (failure: Failure): Promise<never> => {
    const owner = failure.credential ?? null;
    await services.rateLimits.failed("passkey", account, context.ip);
    // A failed attempt uses the challenge up too: each challenge gets one try.
    await services.transactions.run(async (manager) => {
      await services.challenges.consume(manager, challenge.id);
      if (failure.reason === "sign_count_regression" && owner) {
        await recordAudit(manager, {
          type: AuditEventType.SIGN_COUNT_REGRESSION,
          organisationId: owner.organisationId,
          actorId: null,
          subjectId: owner.userId,
          data: {
            credentialId: owner.credentialId,
            storedCount: owner.signCount,
            receivedCount: failure.received ?? null,
          },
          ip: context.ip,
          at: context.now,
        });
      }
    });
    await recordSignInFailure(context, {
      organisationId: owner?.organisationId ?? challenge.organisationId,
      userId: owner?.userId ?? challenge.userId,
      method: AuthMethod.PASSKEY,
      reason: failure.reason,
    });
    throw ceremonyFailed(failure.check);
  };

  let credential: Credential | null = null;
  let owner: User | null = null;
  let authData: ParsedAuthenticatorData;
  try {
    checkCredentialId(json);
    const clientData = clientDataOf(json.response.clientDataJSON);
    authData = authenticatorDataOf(bytes(json.response.authenticatorData, "authenticator data"));
    bytes(json.response.signature, "signature");
    if (json.response.userHandle) bytes(json.response.userHandle, "user handle");

    credential = await findCredential(services.dataSource.manager, json.id);
    if (!credential) throw new CheckFailed(NOT_RECOGNISED, "unknown_credential");
    if (credential.revokedAt) throw new CheckFailed(NOT_RECOGNISED, "revoked_credential");
    if (challenge.organisationId && credential.organisationId !== challenge.organisationId)
      throw new CheckFailed(NOT_RECOGNISED, "wrong_organisation");
    if (challenge.userId && credential.userId !== challenge.userId) throw new CheckFailed(NOT_RECOGNISED, "wrong_user");
    owner = await services.users.findById(credential.userId);
    if (!owner || owner.disabledAt) throw new CheckFailed(NOT_RECOGNISED, "disabled_user");
    const policy = await policyForUser(context, owner);
    // DESIGN "Credentials": when the requirement goes OFF, credentials are kept but not accepted.
    if (policy.requirement === PasskeyRequirement.OFF) throw new CheckFailed(NOT_RECOGNISED, "passkeys_off");
    // A usernameless ceremony learns the user from the handle, so it must be there and be theirs.
    const userHandle = json.response.userHandle;
    if (userHandle ? userHandle !== owner.webauthnUserId : !challenge.userId)
      throw new CheckFailed("user handle", "user_handle");

    // Native apps: the web origins plus the credential owner's organisation's Android apps (modules/apps).
    const expectedOrigins = await services.apps.expectedOriginsFor(credential.organisationId);
    checkCommon(context, clientData, authData, {
      type: "webauthn.get",
      challenge: challenge.challenge,
      userVerification: policy.userVerification === "required",
      origins: expectedOrigins,
    });
    const result = await verified("signature", () =>
      verifyAuthenticationResponse({
        response: json,
        expectedChallenge: challenge.challenge,
        expectedOrigin: expectedOrigins,
        expectedRPID: config.rpId,
        requireUserVerification: policy.userVerification === "required",
        credential: {
          id: credential!.credentialId,
          publicKey: new Uint8Array(Buffer.from(credential!.publicKey, "base64url")),
          // Zero here: the counter is judged below, once the signature is known to be genuine.
          counter: 0,
          transports: credential!.transports as never,
        },
      }),
    );
    if (!result.verified) throw new CheckFailed("signature", "not_verified");
  } catch (error) {
    if (error instanceof CheckFailed) return fail({ check: error.check, reason: error.reason, credential });
    throw error;
  }

  // DESIGN: a sign count that goes backwards (both non-zero) is refused and audited. Judged only
  // after the signature verified, so that a forged assertion cannot raise a clone alarm.
  const received = authData.counter;
  if (received > 0 && credential.signCount > 0 && received <= credential.signCount) {
    return fail({ check: "sign count", reason: "sign_count_regression", credential, received });
  }

  const user = owner!;
  const signedIn = credential;
  let issued;
  try {
    issued = await services.transactions.run(async (manager) => {
      if (!(await services.challenges.consume(manager, challenge.id))) throw challengeExpired();
      // Written only now that every check passed (DESIGN security rules).
      await manager.update(
        Credential,
        { id: signedIn.id },
        { signCount: Math.max(received, signedIn.signCount), backedUp: authData.flags.bs, lastUsedAt: context.now },
      );
      return startSession(context, manager, {
        user,
        method: AuthMethod.PASSKEY,
        userVerified: authData.flags.uv,
        delivery,
        details: { credentialId: signedIn.credentialId },
      });
    });
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === "CHALLENGE_EXPIRED") {
      await recordSignInFailure(context, {
        organisationId: user.organisationId,
        userId: user.id,
        method: AuthMethod.PASSKEY,
        reason: "challenge_used",
      });
    }
    throw error;
  }
  await services.rateLimits.succeeded("passkey", account);
  return deliverSession(context, issued);
}
