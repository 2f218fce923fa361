import { randomUUID } from "node:crypto";
import { EntityManager } from "typeorm";
import { generateAuthenticationOptions } from "@simplewebauthn/server";
import { Clock } from "../../clock";
import { Config } from "../../config";
import { AppError, badInput, ceremonyFailed, challengeExpired, passkeysPaused } from "../../errors";
import { RequestContext } from "../../request";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, PasskeyRequirement } from "../enums";
import { AppRegistrationService } from "../apps/app-registration.service";
import { RateLimitService } from "../rate-limits/rate-limit.service";
import { passkeyRulesFor, userVerificationOf } from "../policy/rules";
import { overlong, slugOf } from "../sessions/account-key";
import { Refused, SignInVerifier, Verification } from "../sessions/sign-in-pipeline";
import { UserService } from "../users/user.service";
import { ChallengePurpose } from "./challenge.entity";
import { CHALLENGE_TTL_MS, ChallengeService, isLive } from "./challenge.service";
import { CredentialForSignIn, CredentialService } from "./passkey.service";
import { FinishPasskeySignInInput, PasskeyChallenge, StartPasskeySignInInput } from "./passkey.types";
import { verifyFlags, verifyRpIdHash } from "./webauthn/authenticator-data";
import { CheckFailed, NOT_RECOGNISED } from "./webauthn/check-failed";
import { isAppOrigin, verifyClientData, verifyOrigin } from "./webauthn/client-data";
import { parseAssertion, ParsedAssertion } from "./webauthn/response";
import { verifyAssertionSignature } from "./webauthn/signature";
import { verifySignCount } from "./webauthn/sign-count";
import { verifyUserHandle } from "./webauthn/user-handle";

type ParsedFinish = { challengeId: string; decode: () => ParsedAssertion };

/**
 * Passkey sign-in: the options (start) and the verifier the sign-in pipeline runs (finish).
 *
 * The order of the finish is what keeps it from telling anything about other people's
 * credentials: first every check that depends only on the request (client data, RP ID, flags),
 * then the signature against the stored key (or a decoy key when the id names nothing), and only
 * then the rules about the stored credential and its owner. Until the signature verifies, every
 * refusal says the same thing; after it, the caller provably holds the credential.
 */
export class PasskeySignIn implements SignInVerifier<FinishPasskeySignInInput, ParsedFinish> {
  readonly method = AuthMethod.PASSKEY;
  readonly kind = "passkey" as const;
  /** A signature is cheap to check: the whole finish is one transaction of at most six statements. */
  readonly inTransaction = true;

  constructor(
    private readonly config: Config,
    private readonly users: UserService,
    private readonly challenges: ChallengeService,
    private readonly credentials: CredentialService,
    private readonly apps: AppRegistrationService,
    private readonly rateLimits: RateLimitService,
    private readonly clock: Clock,
  ) {}

  /**
   * Options for a sign-in: usernameless (no email), or identifier-first (an email, and for
   * organisation users the organisation's slug). Identifier-first options never list the user's
   * credentials: passkeys are discoverable (registration requires a resident key), so the list
   * adds nothing a browser or OS needs, and leaving it empty makes a known email's options
   * identical to an unknown one's by construction (DESIGN "Security rules"). The email binds the
   * challenge to the user, so the finish accepts only their passkey.
   */
  async options(input: StartPasskeySignInInput): Promise<PasskeyChallenge> {
    const slug = slugOf(input.organisationSlug);
    const email = input.email?.trim() || null;
    if (overlong(email, slug)) throw badInput("The email or organisation is too long.");

    const found = slug || email ? await this.users.findSignInAccount(slug, email) : null;
    // An unknown organisation or user gets an id that matches nothing: the finish then fails like
    // any other, and the start looked like a real one's.
    const organisationId = slug ? (found?.organisation?.id ?? randomUUID()) : null;
    const userId = email ? (found?.user?.id ?? randomUUID()) : null;
    // Usernameless ceremonies do not know whose policy applies yet: ask for UV where the
    // authenticator can, and hold the owner's policy against the result at the finish.
    const userVerification = slug ? userVerificationOf(found?.policy?.userVerification) : "preferred";

    const challenge = await this.challenges.create({
      purpose: ChallengePurpose.AUTHENTICATION,
      userId,
      organisationId,
      sessionId: null,
      userVerification,
    });
    const options = await generateAuthenticationOptions({
      rpID: this.config.rpId,
      challenge: Buffer.from(challenge.challenge, "base64url"),
      timeout: CHALLENGE_TTL_MS,
      userVerification,
      allowCredentials: [],
    });
    return { challengeId: challenge.id, options, expiresAt: challenge.expiresAt };
  }

  parse(input: FinishPasskeySignInInput): ParsedFinish {
    return { challengeId: input.challengeId, decode: parseAssertion(input.response).decode };
  }

  /** Passkeys cannot be guessed: limited per IP only, so no one can lock a credential or its owner. */
  accountKey(): null {
    return null;
  }

  async verify(input: ParsedFinish, request: RequestContext, manager: EntityManager): Promise<Verification> {
    let decoded: ParsedAssertion | null = null;
    let malformed: CheckFailed | null = null;
    try {
      decoded = input.decode();
    } catch (error) {
      if (!(error instanceof CheckFailed)) throw error;
      malformed = error;
    }
    // Read first so that a refusal is audited against the credential's owner; nothing the
    // caller hears depends on the credential until the signature has verified.
    const facts = await this.credentials.findForFinish(manager, {
      challengeId: input.challengeId,
      credentialId: decoded?.credentialId ?? null,
      ipRowKey: request.ip ? this.rateLimits.ipRowKey(request.ip) : null,
    });
    // The IP's failures are read in the same statement: a blocked address hears RATE_LIMITED
    // before anything else, as it would from a separate check, and nothing is written.
    this.rateLimits.checkIpRow(this.kind, facts?.ipRow ?? null);
    const challenge =
      facts && isLive(facts.challenge, ChallengePurpose.AUTHENTICATION, this.clock.now()) ? facts.challenge : null;
    if (!challenge) {
      return { ok: false, reason: "challenge_expired", error: challengeExpired(), organisationId: null, userId: null };
    }

    const found: CredentialForSignIn | null = facts?.credential ?? null;
    const refuse = (failure: CheckFailed, error: AppError = ceremonyFailed(failure.check)): Refused => ({
      ok: false,
      reason: failure.reason,
      error,
      organisationId: found?.organisationId ?? challenge.organisationId,
      userId: found?.userId ?? challenge.userId,
      // Each challenge gets one try: a failed finish uses it up.
      record: async (manager) => {
        await this.challenges.consume(manager, challenge.id);
      },
    });
    if (!decoded) return refuse(malformed!);
    const assertion = decoded;

    try {
      const { origin } = assertion.clientData;
      verifyClientData(assertion.clientData, {
        type: "webauthn.get",
        challenge: challenge.challenge,
        // Which app origins are accepted depends on the credential owner's organisation, which must
        // not show before the signature verifies: here an app origin passes, and is judged below.
        origins: isAppOrigin(origin) ? [origin] : this.config.rpOrigins,
      });
      verifyRpIdHash(assertion.authData.rpIdHash, this.config.rpId);
      verifyFlags(assertion.authData.flags, { userVerification: challenge.userVerification === "required" });
      await verifyAssertionSignature(
        assertion,
        found ? new Uint8Array(Buffer.from(found.publicKey, "base64url")) : null,
      );
    } catch (error) {
      if (error instanceof CheckFailed) return refuse(error);
      throw error;
    }

    // The caller holds this credential's private key: saying which rule refuses it reveals nothing.
    const credential = found!;
    const owner = credential.owner;
    let signCount: number;
    try {
      if (credential.revokedAt) throw new CheckFailed(NOT_RECOGNISED, "revoked_credential");
      if (challenge.organisationId && credential.organisationId !== challenge.organisationId)
        throw new CheckFailed(NOT_RECOGNISED, "wrong_organisation");
      if (challenge.userId && credential.userId !== challenge.userId)
        throw new CheckFailed(NOT_RECOGNISED, "wrong_user");
      if (!owner || owner.disabledAt) throw new CheckFailed(NOT_RECOGNISED, "disabled_user");
      const rules = passkeyRulesFor(owner, credential.organisation ?? null, credential.policy ?? null, request.now);
      // DESIGN "Credentials": when the requirement goes OFF, credentials are kept but not accepted.
      if (rules.requirement === PasskeyRequirement.OFF) throw new CheckFailed(NOT_RECOGNISED, "passkeys_off");
      // An Android app's origin counts for its own organisation's users only (and the platform's apps for all).
      const { origin } = assertion.clientData;
      if (isAppOrigin(origin)) verifyOrigin(origin, await this.apps.expectedOriginsFor(credential.organisationId));
      verifyUserHandle(assertion.userHandle, owner.webauthnUserId, Boolean(challenge.userId));
      verifyFlags(assertion.authData.flags, { userVerification: rules.userVerification === "required" });
      signCount = verifySignCount(credential.signCount, assertion.authData.counter);
    } catch (error) {
      if (!(error instanceof CheckFailed)) throw error;
      // The signature verified, so saying why reveals nothing; and the person must hear that the password works.
      const refused = refuse(error, error.reason === "passkeys_off" ? passkeysPaused() : undefined);
      if (error.reason !== "sign_count_regression") return refused;
      return {
        ...refused,
        record: async (manager) => {
          await refused.record!(manager);
          await recordAudit(manager, {
            type: AuditEventType.SIGN_COUNT_REGRESSION,
            organisationId: credential.organisationId,
            actorId: null,
            subjectId: credential.userId,
            data: {
              credentialId: credential.credentialId,
              storedCount: credential.signCount,
              receivedCount: assertion.authData.counter,
            },
            ip: request.ip,
            at: request.now,
          });
        },
      };
    }

    return {
      ok: true,
      account: { user: owner, organisation: credential.organisation ?? null, policy: credential.policy ?? null },
      userVerified: assertion.authData.flags.uv,
      details: { credentialId: credential.credentialId },
      commit: async (manager) => {
        if (!(await this.challenges.consume(manager, challenge.id))) return false;
        await this.credentials.recordUse(manager, credential, {
          signCount,
          backedUp: assertion.authData.flags.bs,
          at: request.now,
        });
        return true;
      },
    };
  }

  usedConcurrently() {
    return { reason: "challenge_used", error: challengeExpired() };
  }
}
