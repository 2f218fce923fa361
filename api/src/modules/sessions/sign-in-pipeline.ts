import { EntityManager } from "typeorm";
import { Transactions } from "../../db/transactions";
import { AppError } from "../../errors";
import { RequestContext } from "../../request";
import { signIns } from "../../metrics";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, SessionDelivery } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { RateLimitService, SignInKind } from "../rate-limits/rate-limit.service";
import { User } from "../users/user.entity";
import { UserService } from "../users/user.service";
import { IssuedSession, SessionService } from "./session.service";

/** The user a sign-in proved, with what their auth state needs, so nothing is read twice. */
export interface SignInAccount {
  user: User;
  organisation: Organisation | null;
  policy: PasskeyPolicy | null;
}

export interface Verified {
  ok: true;
  account: SignInAccount;
  userVerified: boolean;
  /** Extra SIGN_IN_SUCCEEDED details, e.g. the credential used. */
  details?: Record<string, unknown>;
  /**
   * The method's own writes, inside the sign-in's transaction (use the code or the challenge
   * up, store the sign count). False when another request used the proof first.
   */
  commit?(manager: EntityManager): Promise<boolean>;
}

export interface Refused {
  ok: false;
  /** For the audit trail only; the caller hears `error`. */
  reason: string;
  error: AppError;
  organisationId: string | null;
  userId: string | null;
  /** False for a refusal that proves the secret was right (PASSKEY_REQUIRED): not a guess. */
  counts?: boolean;
  /** The method's own writes on failure, in the same transaction as SIGN_IN_FAILED. */
  record?(manager: EntityManager): Promise<void>;
}

export type Verification = Verified | Refused;

/**
 * One sign-in method: password, code or passkey. A verifier knows how to read and check its
 * proof; everything else about signing in is the pipeline's.
 */
export interface SignInVerifier<Input, Parsed = Input> {
  method: AuthMethod;
  kind: SignInKind;
  /** Lengths and shapes no real sign-in has: BAD_USER_INPUT, before any work, counted against no one. */
  parse(input: Input): Parsed;
  /**
   * The per-account rate-limit key, for secrets that can be guessed (passwords, codes); null
   * for passkeys, which are limited per IP only (DESIGN "Security rules").
   */
  accountKey(input: Parsed): string | null;
  /**
   * True when the proof is cheap to check (a signature): its reads, its check and every write of
   * the sign-in then share one transaction (the finish's statement budget), and the verifier reads
   * the IP's limit in its own lookup, refusing RATE_LIMITED itself. False for argon2 (10 to 20 ms):
   * it runs before the transaction, so no connection (on SQLite, the one writer) waits on it.
   */
  inTransaction?: boolean;
  /**
   * Finds the account and checks the proof, with `manager` (the sign-in's transaction when
   * `inTransaction`). Every refusal of one method looks the same.
   */
  verify(input: Parsed, request: RequestContext, manager: EntityManager): Promise<Verification>;
  /** What the caller hears when `commit` found the proof already used by a concurrent request. */
  usedConcurrently(): { reason: string; error: AppError };
}

export interface SignedIn extends IssuedSession {
  account: SignInAccount;
}

/**
 * Every sign-in, whatever its method, takes these steps in this order: check the input, check the
 * limits, verify, then one transaction (the method's writes, the session, the user's
 * lastSignInAt, SIGN_IN_SUCCEEDED). A refusal is counted and audited in one place. So the
 * "same answer, same work" rules hold because there is one path, not one per method.
 * Delivering the session (cookie or token) is the resolver's: services never touch HTTP.
 */
export class SignInPipeline {
  constructor(
    private readonly transactions: Transactions,
    private readonly rateLimits: RateLimitService,
    private readonly sessions: SessionService,
    private readonly users: UserService,
  ) {}

  async signIn<Input, Parsed>(
    verifier: SignInVerifier<Input, Parsed>,
    input: Input,
    delivery: SessionDelivery,
    request: RequestContext,
  ): Promise<SignedIn> {
    const parsed = verifier.parse(input);
    const account = verifier.accountKey(parsed);
    const limits = verifier.inTransaction
      ? { accountFailures: false }
      : await this.rateLimits.check(verifier.kind, account, request.ip);
    const early = verifier.inTransaction ? null : await verifier.verify(parsed, request, this.transactions.manager);

    const outcome = await this.transactions.run(async (manager): Promise<Refused | SignedIn> => {
      const verification = early ?? (await verifier.verify(parsed, request, manager));
      if (!verification.ok) return this.recordRefusal(manager, verifier, verification, request);
      const { user } = verification.account;
      if (verification.commit && !(await verification.commit(manager))) {
        const refusal = { ok: false as const, organisationId: user.organisationId, userId: user.id };
        return this.recordRefusal(manager, verifier, { ...refusal, ...verifier.usedConcurrently() }, request);
      }
      const issued = await this.sessions.issue(manager, {
        user,
        authMethod: verifier.method,
        userVerified: verification.userVerified,
        delivery,
        ip: request.ip,
      });
      await this.users.recordSignIn(manager, user.id, request.now);
      user.lastSignInAt = request.now;
      await recordAudit(manager, {
        type: AuditEventType.SIGN_IN_SUCCEEDED,
        organisationId: user.organisationId,
        actorId: user.id,
        subjectId: user.id,
        data: { method: verifier.method, userVerified: verification.userVerified, ...verification.details },
        ip: request.ip,
        at: request.now,
      });
      return { ...issued, account: verification.account };
    });
    if ("ok" in outcome) {
      signIns.inc({ method: verifier.method, outcome: "failed" });
      // Counted once the refusal is on record; only failures ever touch the rate-limit rows.
      if (outcome.counts !== false) await this.rateLimits.failed(verifier.kind, account, request.ip);
      throw outcome.error;
    }
    if (limits.accountFailures) await this.rateLimits.succeeded(verifier.kind, account);
    signIns.inc({ method: verifier.method, outcome: "succeeded" });
    return outcome;
  }

  /** A refusal's writes (the method's own, and SIGN_IN_FAILED), in the caller's transaction. */
  private async recordRefusal<Input, Parsed>(
    manager: EntityManager,
    verifier: SignInVerifier<Input, Parsed>,
    refused: Refused,
    request: RequestContext,
  ): Promise<Refused> {
    await refused.record?.(manager);
    await recordAudit(manager, {
      type: AuditEventType.SIGN_IN_FAILED,
      organisationId: refused.organisationId,
      actorId: null,
      subjectId: refused.userId,
      data: { method: verifier.method, reason: refused.reason },
      ip: request.ip,
      at: request.now,
    });
    return refused;
  }
}
