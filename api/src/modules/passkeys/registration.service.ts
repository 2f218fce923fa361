import { randomUUID } from "node:crypto";
import { generateRegistrationOptions, verifyRegistrationResponse } from "@simplewebauthn/server";
import type { AuthState } from "../sessions/auth-state";
import { Config } from "../../config";
import { Transactions } from "../../db/transactions";
import { isUniqueViolation } from "../../db/unique-violation";
import { AppError, ceremonyFailed, challengeExpired, featureNotActivated, forbidden } from "../../errors";
import { RequestContext } from "../../request";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, PasskeyNextStep, PasskeyRequirement } from "../enums";
import { passkeySetupFor, policyFacts } from "../policy/requirement";
import { PasskeyRules, passkeyRulesFor } from "../policy/rules";
import { IssuedSession, SessionService } from "../sessions/session.service";
import { AppRegistrationService } from "../apps/app-registration.service";
import { authenticatorName } from "./aaguid";
import { deviceName } from "./device-name";
import { ChallengePurpose } from "./challenge.entity";
import { CHALLENGE_TTL_MS, ChallengeService } from "./challenge.service";
import { Credential } from "./credential.entity";
import {
  activeCredentialsOf,
  checkCredentialName,
  credentialIdHash,
  CredentialService,
  findCredential,
  MAX_CREDENTIAL_ID_LENGTH,
} from "./passkey.service";
import { FinishPasskeyRegistrationInput, PasskeyChallenge } from "./passkey.types";
import { attestationConveyance, enforceAttestationPolicy } from "./webauthn/attestation";
import { verifyFlags, verifyRpIdHash } from "./webauthn/authenticator-data";
import { CheckFailed } from "./webauthn/check-failed";
import { verifyClientData } from "./webauthn/client-data";
import { parseAttestation } from "./webauthn/response";
import { TrustRoots } from "./webauthn/trust-roots";

/** ES256, EdDSA, RS256: what platform authenticators and security keys make (COSE algorithm ids). */
export const SUPPORTED_ALGORITHMS = [-7, -8, -257];

/** The signed-in user registering a passkey, with the facts their auth state already read. */
export type Registrant = Pick<AuthState, "user" | "session" | "organisation" | "policy" | "hasPasskey">;

export interface Registered extends IssuedSession {
  credential: Credential;
}

/**
 * Registering a passkey: the options (start) and the checks and writes of the finish. The
 * WebAuthn checks are the functions under ./webauthn; this service only orchestrates them.
 */
export class RegistrationService {
  constructor(
    private readonly config: Config,
    private readonly transactions: Transactions,
    private readonly challenges: ChallengeService,
    private readonly credentials: CredentialService,
    private readonly sessions: SessionService,
    private readonly apps: AppRegistrationService,
    private readonly trustRoots: TrustRoots,
  ) {}

  /**
   * Who may register: SUPPORT always (they are always MANDATORY); anyone else only once support
   * has activated passkeys for their organisation (FEATURE_NOT_ACTIVATED before) and while their
   * own requirement is not OFF (FORBIDDEN: the admin has them switched off or scheduled later).
   */
  private rulesFor(registrant: Registrant, now: Date): PasskeyRules {
    const rules = passkeyRulesFor(registrant.user, registrant.organisation, registrant.policy, now);
    if (!rules.activated) throw featureNotActivated();
    if (rules.requirement === PasskeyRequirement.OFF) throw forbidden("Passkeys are turned off for your organisation.");
    return rules;
  }

  async options(registrant: Registrant, request: RequestContext): Promise<PasskeyChallenge> {
    const { user, session } = registrant;
    const rules = this.rulesFor(registrant, request.now);
    const existing = await activeCredentialsOf(this.transactions.manager, user.id);
    const challenge = await this.challenges.create({
      purpose: ChallengePurpose.REGISTRATION,
      userId: user.id,
      organisationId: user.organisationId,
      sessionId: session.id,
      userVerification: rules.userVerification,
    });
    const options = await generateRegistrationOptions({
      rpName: this.config.rpName,
      rpID: this.config.rpId,
      // The user handle is the random webauthnUserId: never the email or the database id, which
      // the authenticator would store and hand to anyone who can list its passkeys.
      userID: Buffer.from(user.webauthnUserId, "base64url"),
      userName: user.email,
      userDisplayName: user.displayName,
      challenge: Buffer.from(challenge.challenge, "base64url"),
      timeout: CHALLENGE_TTL_MS,
      attestationType: attestationConveyance(rules),
      excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports as never })),
      authenticatorSelection: {
        residentKey: "required",
        requireResidentKey: true,
        userVerification: rules.userVerification,
      },
      supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    });
    return { challengeId: challenge.id, options, expiresAt: challenge.expiresAt };
  }

  async finish(
    registrant: Registrant,
    input: FinishPasskeyRegistrationInput,
    request: RequestContext,
  ): Promise<Registered> {
    const { user, session } = registrant;
    const { decode } = parseAttestation(input.response);
    if (input.name != null) credentialName(input.name, "");
    const challenge = await this.challenges.findLive(input.challengeId, ChallengePurpose.REGISTRATION);
    // Another user's or another session's challenge is, for this caller, no challenge at all.
    if (!challenge || challenge.userId !== user.id || challenge.sessionId !== session.id) throw challengeExpired();
    const rules = this.rulesFor(registrant, request.now);
    // The stricter of the policy when the ceremony started and now.
    const requireUV = rules.userVerification === "required" || challenge.userVerification === "required";

    // The web origins, and the Android apps of the user's organisation (and the platform's).
    const origins = await this.apps.expectedOriginsFor(user.organisationId);
    let verification;
    let transports: string[];
    try {
      const attestation = decode();
      transports = attestation.transports;
      verifyClientData(attestation.clientData, {
        type: "webauthn.create",
        challenge: challenge.challenge,
        origins,
      });
      verifyRpIdHash(attestation.authData.rpIdHash, this.config.rpId);
      verifyFlags(attestation.authData.flags, { userVerification: requireUV });
      // The library checks the attestation statement, the algorithm and the rest once more.
      verification = await verifyRegistrationResponse({
        response: attestation.json,
        expectedChallenge: challenge.challenge,
        expectedOrigin: origins,
        expectedRPID: this.config.rpId,
        requireUserVerification: requireUV,
        supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
      }).catch((error: unknown) => {
        if (error instanceof AppError || error instanceof CheckFailed) throw error;
        throw new CheckFailed("attestation", "not_verified");
      });
      if (!verification.verified) throw new CheckFailed("attestation", "not_verified");
    } catch (error) {
      if (error instanceof CheckFailed) throw ceremonyFailed(error.check);
      throw error;
    }

    const info = verification.registrationInfo;
    const aaguid = info.aaguid.toLowerCase();
    await enforceAttestationPolicy(rules, info, this.trustRoots);
    const credentialId = info.credential.id;
    // WebAuthn L3 §7.1 step 24: credential IDs are at most 1,023 bytes; the authenticator data could carry more.
    if (credentialId.length > MAX_CREDENTIAL_ID_LENGTH) throw ceremonyFailed("credential ID");
    // WebAuthn L3 §7.1 step 25: a credential ID registered before, by anyone, is refused.
    if (await findCredential(this.transactions.manager, credentialId))
      throw ceremonyFailed("this passkey is already registered");

    const device = deviceName(request.userAgent);
    const credential = Object.assign(new Credential(), {
      id: randomUUID(),
      credentialId,
      credentialIdHash: credentialIdHash(credentialId),
      userId: user.id,
      organisationId: user.organisationId,
      publicKey: Buffer.from(info.credential.publicKey).toString("base64url"),
      signCount: info.credential.counter,
      transports,
      aaguid,
      backupEligible: info.credentialDeviceType === "multiDevice",
      backedUp: info.credentialBackedUp,
      attestationFormat: info.fmt,
      name: credentialName(input.name, aaguid, device),
      createdAt: request.now,
      lastUsedAt: null,
      revokedAt: null,
      revokedById: null,
    });

    // The user's other sessions that were held at the setup prompt: a session opened with only a
    // password (or a code) never becomes a full one because a passkey appeared elsewhere.
    const facts = policyFacts(registrant.organisation, registrant.policy);
    const before = {
      role: user.role,
      skipCount: user.skipCount,
      skippedAt: user.skippedAt,
      hasPasskey: registrant.hasPasskey,
    };
    const wasRestricted = (other: Parameters<typeof passkeySetupFor>[2]) =>
      passkeySetupFor(facts, before, other, request.now).nextStep === PasskeyNextStep.REQUIRE_SETUP;

    try {
      const registered = await this.transactions.run(async (manager) => {
        // Consumed in the same transaction as the insert: a replayed or concurrent finish finds it used.
        if (!(await this.challenges.consume(manager, challenge.id))) throw challengeExpired();
        await this.credentials.add(manager, credential);
        // A new passkey lifts a restricted session; a token seen before the upgrade dies with it.
        const rotated = await this.sessions.rotate(manager, session, { deviceSetupDone: true });
        const ended = await this.sessions.endOthersWhere(manager, user.id, rotated.session.id, wasRestricted);
        await recordAudit(manager, {
          type: AuditEventType.PASSKEY_REGISTERED,
          organisationId: user.organisationId,
          actorId: user.id,
          subjectId: user.id,
          data: {
            credentialId,
            name: credential.name,
            aaguid,
            attestationFormat: info.fmt,
            synced: credential.backedUp,
            ...(device ? { device } : {}),
            ...(ended ? { restrictedSessionsEnded: ended } : {}),
          },
          ip: request.ip,
          at: request.now,
        });
        return { ...rotated, credential };
      });
      user.passkeyCount += 1;
      return registered;
    } catch (error) {
      // Two users racing to register one credential ID: the unique index decides.
      if (isUniqueViolation(error)) throw ceremonyFailed("this passkey is already registered");
      throw error;
    }
  }
}

/**
 * The caller's name for the passkey, else the authenticator's from its AAGUID, else the device
 * and browser that made it ("Chrome on Mac"), else "Passkey".
 */
function credentialName(input: string | null | undefined, aaguid: string, device: string | null = null): string {
  if (input?.trim()) return checkCredentialName(input);
  return authenticatorName(aaguid) ?? device ?? "Passkey";
}
