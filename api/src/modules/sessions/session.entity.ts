import { Field, ID, ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import { BoolColumn, DateTimeColumn, IdColumn, RefColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar } from "../../scalars";
import { AuthMethod } from "../enums";

@ObjectType()
@Entity("sessions")
@Index("ix_sessions_user", ["userId", "endedAt"])
@Index("ix_sessions_expires", ["expiresAt"])
export class Session {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Index("uq_sessions_token_hash", { unique: true })
  @StringColumn(64)
  tokenHash: string;

  @RefColumn()
  userId: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  @Field(() => AuthMethod)
  @StringColumn(16)
  authMethod: AuthMethod;

  @Field(() => Boolean)
  @BoolColumn(false)
  userVerified: boolean;

  /** COOKIE or BEARER: a rotated token is delivered the same way. */
  @StringColumn(8)
  delivery: string;

  /**
   * False for a sign-in-code session until a passkey is registered in it or the user
   * skips (DESIGN: the NEW_DEVICE step); true for every other session.
   */
  @BoolColumn(true)
  deviceSetupDone: boolean;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  lastSeenAt: Date;

  /** The absolute expiry; the idle expiry is lastSeenAt + the configured idle time (GraphQL shows the earlier). */
  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  endedAt: Date | null;

  @StringColumn(64, { nullable: true })
  ip: string | null;
}
