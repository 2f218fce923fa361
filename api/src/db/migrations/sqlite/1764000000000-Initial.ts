import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every table of the product, including those the ceremonies fill (credentials,
 * challenges, sign_in_codes) and the rate-limit counters (rate-limiter-flexible's layout).
 */
export class Initial1764000000000 implements MigrationInterface {
  name = "Initial1764000000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "organisationId" varchar(36), "type" varchar(40) NOT NULL, "actorId" varchar(36), "subjectId" varchar(36), "data" text, "ip" varchar(64), "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_org_type_time" ON "audit_events" ("organisationId", "type", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_org_time" ON "audit_events" ("organisationId", "createdAt", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(64) NOT NULL, "passkeysActivated" boolean NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_organisations_slug" ON "organisations" ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "challenges" ("id" varchar(36) PRIMARY KEY NOT NULL, "challenge" varchar(64) NOT NULL, "purpose" varchar(16) NOT NULL, "userId" varchar(36), "organisationId" varchar(36), "sessionId" varchar(36), "userVerification" varchar(16) NOT NULL, "createdAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "consumedAt" datetime(3))',
    );
    await queryRunner.query('CREATE INDEX "ix_challenges_expires" ON "challenges" ("expiresAt") ');
    await queryRunner.query(
      'CREATE TABLE "credentials" ("id" varchar(36) PRIMARY KEY NOT NULL, "credentialId" text NOT NULL, "credentialIdHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "organisationId" varchar(36), "publicKey" text NOT NULL, "signCount" integer NOT NULL DEFAULT (0), "transports" text NOT NULL, "aaguid" varchar(36) NOT NULL, "backupEligible" boolean NOT NULL DEFAULT (0), "backedUp" boolean NOT NULL DEFAULT (0), "attestationFormat" varchar(32) NOT NULL DEFAULT (\'none\'), "name" varchar(100) NOT NULL, "createdAt" datetime(3) NOT NULL, "lastUsedAt" datetime(3), "revokedAt" datetime(3), "revokedById" varchar(36))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_credentials_credential_id_hash" ON "credentials" ("credentialIdHash") ',
    );
    await queryRunner.query('CREATE INDEX "ix_credentials_org" ON "credentials" ("organisationId", "revokedAt") ');
    await queryRunner.query('CREATE INDEX "ix_credentials_user" ON "credentials" ("userId", "revokedAt") ');
    await queryRunner.query(
      'CREATE TABLE "passkey_policies" ("organisationId" varchar(36) PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL DEFAULT (0), "forcePasskeySetup" boolean NOT NULL DEFAULT (0), "enabledFrom" datetime(3), "forceSetupFrom" datetime(3), "remindAfterDays" integer, "maxSkips" integer, "mandatoryRoles" text NOT NULL, "userVerification" varchar(16) NOT NULL DEFAULT (\'REQUIRED\'), "allowedAuthenticators" text NOT NULL, "allowPasswordAfterPasskey" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "updatedAt" datetime(3) NOT NULL, "updatedById" varchar(36))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "organisationId" varchar(36), "authMethod" varchar(16) NOT NULL, "userVerified" boolean NOT NULL DEFAULT (0), "delivery" varchar(8) NOT NULL, "deviceSetupDone" boolean NOT NULL DEFAULT (1), "createdAt" datetime(3) NOT NULL, "lastSeenAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "endedAt" datetime(3), "ip" varchar(64))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions" ("tokenHash") ');
    await queryRunner.query('CREATE INDEX "ix_sessions_user" ON "sessions" ("userId", "endedAt") ');
    await queryRunner.query(
      'CREATE TABLE "sign_in_codes" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "organisationId" varchar(36), "createdById" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "codeHash" varchar(128) NOT NULL, "failedAttempts" integer NOT NULL DEFAULT (0), "createdAt" datetime(3) NOT NULL, "expiresAt" datetime(3) NOT NULL, "usedAt" datetime(3))',
    );
    await queryRunner.query('CREATE INDEX "ix_sign_in_codes_user" ON "sign_in_codes" ("userId", "usedAt") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "organisationId" varchar(36), "tenantKey" varchar(36) NOT NULL, "email" varchar(254) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(16) NOT NULL, "passwordHash" varchar(255), "webauthnUserId" varchar(64) NOT NULL, "skipCount" integer NOT NULL DEFAULT (0), "skippedAt" datetime(3), "disabledAt" datetime(3), "createdAt" datetime(3) NOT NULL, "lastSignInAt" datetime(3))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_webauthn_user_id" ON "users" ("webauthnUserId") ');
    await queryRunner.query('CREATE INDEX "ix_users_org_created" ON "users" ("organisationId", "createdAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_tenant_email" ON "users" ("tenantKey", "email") ');
    await queryRunner.query(
      'CREATE TABLE "rate_limits" ("key" text PRIMARY KEY NOT NULL, "points" integer NOT NULL DEFAULT (0), "expire" integer)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "rate_limits"');
    await queryRunner.query('DROP INDEX "uq_users_tenant_email"');
    await queryRunner.query('DROP INDEX "ix_users_org_created"');
    await queryRunner.query('DROP INDEX "uq_users_webauthn_user_id"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "ix_sign_in_codes_user"');
    await queryRunner.query('DROP TABLE "sign_in_codes"');
    await queryRunner.query('DROP INDEX "ix_sessions_user"');
    await queryRunner.query('DROP INDEX "uq_sessions_token_hash"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "passkey_policies"');
    await queryRunner.query('DROP INDEX "ix_credentials_user"');
    await queryRunner.query('DROP INDEX "ix_credentials_org"');
    await queryRunner.query('DROP INDEX "uq_credentials_credential_id_hash"');
    await queryRunner.query('DROP TABLE "credentials"');
    await queryRunner.query('DROP INDEX "ix_challenges_expires"');
    await queryRunner.query('DROP TABLE "challenges"');
    await queryRunner.query('DROP INDEX "uq_organisations_slug"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP INDEX "ix_audit_events_org_time"');
    await queryRunner.query('DROP INDEX "ix_audit_events_org_type_time"');
    await queryRunner.query('DROP TABLE "audit_events"');
  }
}
