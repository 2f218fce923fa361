import { Authorized, Field, ID, ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import { SELF, TenantOfParent } from "../../auth-markers";
import { DateTimeColumn, IdColumn, IntColumn, RefColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar } from "../../scalars";
import { Role } from "../enums";

/** SUPPORT staff belong to no organisation; their tenant key is the empty string so that emails stay unique. */
export const PLATFORM_TENANT = "";

@ObjectType()
@TenantOfParent((user: User) => ({ organisationId: user.organisationId, userId: user.id }))
@Entity("users")
@Index("uq_users_tenant_email", ["tenantKey", "email"], { unique: true })
@Index("ix_users_org_created", ["organisationId", "createdAt"])
@Index("ix_users_org_passkeys", ["organisationId", "passkeyCount", "skipCount"])
@Index("ix_users_org_stats", ["organisationId", "disabledAt", "passkeyCount", "skipCount"])
@Index("ix_users_org_role_created", ["organisationId", "role", "createdAt", "passkeyCount", "skipCount"])
@Index("ix_users_org_created_search", ["organisationId", "createdAt", "id", "email", "displayName"])
export class User {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  /** organisationId, or PLATFORM_TENANT for SUPPORT: a NULL would let MySQL accept duplicate emails. */
  @StringColumn(36)
  tenantKey: string;

  /** Stored lower-cased; compared lower-cased. */
  @Field(() => String)
  @StringColumn(254)
  email: string;

  @Field(() => String)
  @StringColumn(200)
  displayName: string;

  @Field(() => Role)
  @StringColumn(16)
  role: Role;

  @StringColumn(255, { nullable: true })
  passwordHash: string | null;

  /** The WebAuthn user handle: random, never the email or the database id. */
  @Index("uq_users_webauthn_user_id", { unique: true })
  @StringColumn(64)
  webauthnUserId: string;

  @IntColumn({ default: 0 })
  skipCount: number;

  /**
   * The user's unrevoked passkeys, kept by CredentialService in the transaction that adds or
   * revokes one (atomic increments, so concurrent changes cannot lose one). Adoption counts and
   * the passkey-status filter read this column instead of probing credentials once per user.
   */
  @IntColumn({ default: 0 })
  passkeyCount: number;

  @DateTimeColumn({ nullable: true })
  skippedAt: Date | null;

  /** When one of the user's passkeys was last revoked; with none left, they must create a new one. */
  @DateTimeColumn({ nullable: true })
  passkeysRevokedAt: Date | null;

  /** Deactivated: every sign-in is refused and no session of theirs is accepted (DESIGN "Security rules"). */
  @DateTimeColumn({ nullable: true })
  disabledAt: Date | null;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;

  // USER_READERS of the user resolver (which imports this entity, so it cannot be imported here).
  @Authorized(SELF, Role.ORG_ADMIN, Role.APP_EDITOR, Role.SUPPORT)
  @Field(() => DateTimeScalar, { nullable: true })
  @DateTimeColumn({ nullable: true })
  lastSignInAt: Date | null;
}
