import { randomUUID } from "node:crypto";
import { DataSource, EntityManager, IsNull, MoreThan } from "typeorm";
import { Clock } from "../../clock";
import { deleteBatch } from "../../db/batches";
import { Transactions } from "../../db/transactions";
import { notFound } from "../../errors";
import { isId } from "../../input-checks";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType } from "../enums";
import { hashPassword, verifyPassword } from "../users/password";
import { User } from "../users/user.entity";
import { SignInCode, SignInCodeKind } from "./sign-in-code.entity";
import { CODE_TTL_MS, formatCode, generateCode, MAX_CODE_ATTEMPTS } from "./sign-in-code.rules";
import { SignInCodeState, SignInCodeStatus } from "./sign-in-code.types";

export interface IssuedCode {
  id: string;
  /** Shown once, as XXXX-XXXX; never stored. */
  code: string;
  expiresAt: Date;
}

export type CodeCheck =
  { code: SignInCode; failure?: undefined } | { failure: "no_live_code" | "no_tries_left" | "wrong_code" };

export interface CodeActor {
  id: string;
  ip: string | null;
}

/**
 * Single-use sign-in codes (DESIGN "Sign-in codes"). A code is a one-time password and is
 * hashed like one (argon2id): with only 39 bits, a fast hash in a leaked table would fall to a
 * GPU within its ten minutes. A user has at most one live code: a new one replaces the last,
 * so there is only ever one hash to check and one thing to guess.
 */
export class SignInCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * A fresh code for `user`: DEVICE when they made it themselves (createSignInCode), RECOVERY
   * when an admin issued it. The code, the end of the previous one and the audit event commit
   * together.
   */
  async issue(user: Pick<User, "id" | "organisationId">, kind: SignInCodeKind, actor: CodeActor): Promise<IssuedCode> {
    const code = generateCode();
    // Hashed before the transaction: argon2's tens of milliseconds need not hold SQLite's one writer.
    const codeHash = await hashPassword(code);
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const replaced = await this.expireLive(manager, user.id);
      const row = manager.create(SignInCode, {
        id: randomUUID(),
        userId: user.id,
        organisationId: user.organisationId,
        createdById: actor.id,
        kind,
        codeHash,
        failedAttempts: 0,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        usedAt: null,
      });
      await manager.insert(SignInCode, row);
      await recordAudit(manager, {
        type:
          kind === SignInCodeKind.RECOVERY ? AuditEventType.RECOVERY_CODE_ISSUED : AuditEventType.SIGN_IN_CODE_CREATED,
        organisationId: user.organisationId,
        actorId: actor.id,
        subjectId: user.id,
        data: {
          codeId: row.id,
          expiresAt: row.expiresAt.toISOString(),
          ...(replaced ? { replacedCodes: replaced } : {}),
        },
        ip: actor.ip,
        at: now,
      });
      return { id: row.id, code: formatCode(code), expiresAt: row.expiresAt };
    });
  }

  /**
   * Ends the user's live codes inside the caller's transaction (a new code replaces them; a
   * deactivation ends them, so that none works again after a reactivation). Returns how many.
   */
  async expireLive(manager: EntityManager, userId: string): Promise<number> {
    const now = this.clock.now();
    const result = await manager.update(
      SignInCode,
      { userId, usedAt: IsNull(), expiresAt: MoreThan(now) },
      { expiresAt: now },
    );
    return result.affected ?? 0;
  }

  /**
   * What became of a code, for the one who made it (the user on their own device, or the admin
   * who issued a recovery code); anyone else's, or an unknown or deleted one, is NOT_FOUND.
   */
  async stateFor(codeId: string, creatorId: string): Promise<SignInCodeState> {
    const row = isId(codeId)
      ? await this.dataSource.getRepository(SignInCode).findOne({ where: { id: codeId } })
      : null;
    if (!row || row.createdById !== creatorId) throw notFound("The code");
    const now = this.clock.now().getTime();
    const status = row.usedAt
      ? SignInCodeStatus.USED
      : row.expiresAt.getTime() <= now || row.failedAttempts >= MAX_CODE_ATTEMPTS
        ? SignInCodeStatus.EXPIRED
        : SignInCodeStatus.ACTIVE;
    return { id: row.id, status, expiresAt: row.expiresAt, usedAt: row.usedAt };
  }

  /** The user's live code: unused and unexpired (its tries are counted by `check`); null when there is none. */
  findLive(userId: string): Promise<SignInCode | null> {
    return this.dataSource.getRepository(SignInCode).findOne({
      where: { userId, usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: "DESC" },
    });
  }

  /**
   * Checks a normalised code against the user's live code, or against a dummy hash when there
   * is none, so that every failure costs the same argon2 work. The try is counted before the
   * hash is checked, with one conditional UPDATE: however many guesses race on one code, at most
   * MAX_CODE_ATTEMPTS of them are ever checked.
   */
  async check(live: SignInCode | null, code: string): Promise<CodeCheck> {
    const counted = live ? await this.countAttempt(live.id) : false;
    const matches = await verifyPassword(counted ? live!.codeHash : null, code);
    if (!live) return { failure: "no_live_code" };
    if (!counted) return { failure: "no_tries_left" };
    return matches ? { code: live } : { failure: "wrong_code" };
  }

  private async countAttempt(codeId: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SignInCode)
      .set({ failedAttempts: () => "failedAttempts + 1" })
      .where("id = :id AND usedAt IS NULL AND expiresAt > :now AND failedAttempts < :max", {
        id: codeId,
        now: this.clock.now(),
        max: MAX_CODE_ATTEMPTS,
      })
      .execute();
    return result.affected === 1;
  }

  /**
   * Uses the code up, inside the sign-in's transaction; the right try is not a failed one.
   * False when another request used it first.
   */
  async consume(manager: EntityManager, codeId: string): Promise<boolean> {
    const now = this.clock.now();
    const result = await manager
      .createQueryBuilder()
      .update(SignInCode)
      .set({ usedAt: now, failedAttempts: () => "failedAttempts - 1" })
      .where("id = :id AND usedAt IS NULL AND expiresAt > :now", { id: codeId, now })
      .execute();
    return result.affected === 1;
  }

  /** Codes expired before `before`, used or not. */
  deleteExpired(before: Date, limit: number): Promise<number> {
    return deleteBatch(this.dataSource, {
      table: "sign_in_codes",
      key: "id",
      where: "t.expiresAt < :before",
      parameters: { before },
      limit,
    });
  }
}
