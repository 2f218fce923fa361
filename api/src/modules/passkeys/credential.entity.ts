import { Field, ID, ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import {
  BoolColumn,
  DateTimeColumn,
  IdColumn,
  JsonColumn,
  RefColumn,
  StringColumn,
  TextColumn,
  UnsignedIntColumn,
} from "../../db/columns";
import { DateTimeScalar } from "../../scalars";

@ObjectType({ description: "A registered passkey." })
@Entity("credentials")
@Index("ix_credentials_user", ["userId", "revokedAt"])
@Index("ix_credentials_org", ["organisationId", "revokedAt"])
export class Credential {
  /** Internal row id; the GraphQL id is the WebAuthn credential ID. */
  @IdColumn()
  id: string;

  @Field(() => ID, { name: "id", description: "The WebAuthn credential ID, base64url." })
  @TextColumn()
  credentialId: string;

  /**
   * SHA-256 (hex) of the credential ID: IDs may be 1,023 bytes, too long for a unique
   * utf8mb4 index on MySQL, and the ID must be unique across the whole service.
   */
  @Index("uq_credentials_credential_id_hash", { unique: true })
  @StringColumn(64)
  credentialIdHash: string;

  @RefColumn()
  userId: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  /** COSE public key, base64url. */
  @TextColumn()
  publicKey: string;

  @UnsignedIntColumn({ default: 0 })
  signCount: number;

  @Field(() => [String])
  @JsonColumn()
  transports: string[];

  @Field(() => String)
  @StringColumn(36)
  aaguid: string;

  @Field(() => Boolean)
  @BoolColumn(false)
  backupEligible: boolean;

  /** The BS flag as last seen. */
  @Field(() => Boolean, { name: "synced", description: "Backed up to a sync provider (the BS flag)." })
  @BoolColumn(false)
  backedUp: boolean;

  @StringColumn(32, { default: "none" })
  attestationFormat: string;

  @Field(() => String)
  @StringColumn(100)
  name: string;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @DateTimeColumn({ nullable: true })
  lastUsedAt: Date | null;

  /** Soft delete: revoked credentials stay for the audit trail but never verify again. */
  @DateTimeColumn({ nullable: true })
  revokedAt: Date | null;

  @RefColumn({ nullable: true })
  revokedById: string | null;
}
