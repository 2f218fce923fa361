import { randomBytes, randomUUID } from "node:crypto";
import { DataSource, EntityManager } from "typeorm";
import { lean } from "../../db/lean";
import { deleteBatch } from "../../db/batches";
import { Clock } from "../../clock";
import { isId } from "../../input-checks";
import { Challenge, ChallengePurpose } from "./challenge.entity";

/** DESIGN "WebAuthn checks": a challenge lives five minutes. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

export interface NewChallenge {
  purpose: ChallengePurpose;
  userId: string | null;
  organisationId: string | null;
  sessionId: string | null;
  userVerification: "required" | "preferred";
}

/** The challenge is of this purpose, unused and unexpired at `now`. */
export function isLive(challenge: Challenge, purpose: ChallengePurpose, now: Date): boolean {
  return challenge.purpose === purpose && !challenge.consumedAt && challenge.expiresAt.getTime() > now.getTime();
}

/**
 * Server-side WebAuthn challenges. Everything is in the database, so a ceremony started on
 * one API replica finishes on any other.
 */
export class ChallengeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A fresh challenge of 32 random bytes (base64url), stored with what the finish must match. */
  async create(input: NewChallenge): Promise<Challenge> {
    const now = this.clock.now();
    const challenge = Object.assign(new Challenge(), {
      id: randomUUID(),
      challenge: randomBytes(32).toString("base64url"),
      ...input,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      consumedAt: null,
    });
    await lean(this.dataSource, Challenge).insert(this.dataSource.manager, challenge);
    return challenge;
  }

  /** The challenge when it is of this purpose, unused and unexpired; null otherwise (the caller answers CHALLENGE_EXPIRED). */
  async findLive(id: string, purpose: ChallengePurpose): Promise<Challenge | null> {
    if (!isId(id)) return null;
    const challenge = await this.dataSource.getRepository(Challenge).findOne({ where: { id } });
    return challenge && isLive(challenge, purpose, this.clock.now()) ? challenge : null;
  }

  /**
   * Uses the challenge up with one conditional UPDATE: of two finishes racing on one challenge
   * (on two replicas, say) exactly one sees affected = 1. Returns false when it was already
   * used or has expired.
   */
  async consume(manager: EntityManager, id: string): Promise<boolean> {
    const now = this.clock.now();
    const challenges = lean(this.dataSource, Challenge);
    const changed = await challenges.update(
      manager,
      { id, consumedAt: null },
      { consumedAt: now },
      { sql: `${challenges.name("expiresAt")} > ?`, parameters: [challenges.value("expiresAt", now)] },
    );
    return changed === 1;
  }

  /** Challenges expired before `before` (housekeeping keeps them an hour, for support questions about a failed ceremony). */
  deleteExpired(before: Date, limit: number): Promise<number> {
    return deleteBatch(this.dataSource, {
      table: "challenges",
      key: "id",
      where: "t.expiresAt < :before",
      parameters: { before },
      limit,
    });
  }
}
