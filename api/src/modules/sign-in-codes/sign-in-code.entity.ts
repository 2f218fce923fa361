import { Entity, Index } from "typeorm";
import { DateTimeColumn, IdColumn, IntColumn, RefColumn, StringColumn } from "../../db/columns";

export enum SignInCodeKind {
  DEVICE = "DEVICE",
  RECOVERY = "RECOVERY",
}

@Entity("sign_in_codes")
@Index("ix_sign_in_codes_user", ["userId", "usedAt"])
@Index("ix_sign_in_codes_expires", ["expiresAt"])
export class SignInCode {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  @RefColumn()
  createdById: string;

  @StringColumn(16)
  kind: SignInCodeKind;

  /** Keyed hash of the normalised code; the code itself is shown once and never stored. */
  @StringColumn(128)
  codeHash: string;

  @IntColumn({ default: 0 })
  failedAttempts: number;

  @DateTimeColumn()
  createdAt: Date;

  @DateTimeColumn()
  expiresAt: Date;

  @DateTimeColumn({ nullable: true })
  usedAt: Date | null;
}
