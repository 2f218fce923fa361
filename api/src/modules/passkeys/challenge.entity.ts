import { Entity, Index } from "typeorm";
import { DateTimeColumn, IdColumn, RefColumn, StringColumn } from "../../db/columns";

export enum ChallengePurpose {
  REGISTRATION = "REGISTRATION",
  AUTHENTICATION = "AUTHENTICATION",
}

@Entity("challenges")
@Index("ix_challenges_expires", ["expiresAt"])
export class Challenge {
  @IdColumn()
  id: string;

  /** base64url of 32 random bytes. */
  @StringColumn(64)
  challenge: string;

  @StringColumn(16)
  purpose: ChallengePurpose;

  @RefColumn({ nullable: true })
  userId: string | null;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  /** The session that started a registration; the finish must come from the same one. */
  @RefColumn({ nullable: true })
  sessionId: string | null;

  @StringColumn(16)
  userVerification: string;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  expiresAt: Date;

  /** Set by the one conditional UPDATE that consumes the challenge. */
  @DateTimeColumn({ nullable: true })
  consumedAt: Date | null;
}
