import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every table of the product, including those the ceremonies fill (credentials,
 * challenges, sign_in_codes) and the rate-limit counters (rate-limiter-flexible's layout).
 */
export class Initial1764000000000 implements MigrationInterface {
  name = "Initial1764000000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `audit_events` (`id` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `type` varchar(40) NOT NULL, `actorId` varchar(36) NULL, `subjectId` varchar(36) NULL, `data` text NULL, `ip` varchar(64) NULL, `createdAt` datetime(3) NOT NULL, INDEX `ix_audit_events_org_type_time` (`organisationId`, `type`, `createdAt`), INDEX `ix_audit_events_org_time` (`organisationId`, `createdAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `organisations` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `slug` varchar(64) NOT NULL, `passkeysActivated` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_organisations_slug` (`slug`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `challenges` (`id` varchar(36) NOT NULL, `challenge` varchar(64) NOT NULL, `purpose` varchar(16) NOT NULL, `userId` varchar(36) NULL, `organisationId` varchar(36) NULL, `sessionId` varchar(36) NULL, `userVerification` varchar(16) NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `consumedAt` datetime(3) NULL, INDEX `ix_challenges_expires` (`expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `credentials` (`id` varchar(36) NOT NULL, `credentialId` text NOT NULL, `credentialIdHash` varchar(64) NOT NULL, `userId` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `publicKey` text NOT NULL, `signCount` int NOT NULL DEFAULT '0', `transports` text NOT NULL, `aaguid` varchar(36) NOT NULL, `backupEligible` tinyint NOT NULL DEFAULT 0, `backedUp` tinyint NOT NULL DEFAULT 0, `attestationFormat` varchar(32) NOT NULL DEFAULT 'none', `name` varchar(100) NOT NULL, `createdAt` datetime(3) NOT NULL, `lastUsedAt` datetime(3) NULL, `revokedAt` datetime(3) NULL, `revokedById` varchar(36) NULL, UNIQUE INDEX `uq_credentials_credential_id_hash` (`credentialIdHash`), INDEX `ix_credentials_org` (`organisationId`, `revokedAt`), INDEX `ix_credentials_user` (`userId`, `revokedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `passkey_policies` (`organisationId` varchar(36) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 0, `forcePasskeySetup` tinyint NOT NULL DEFAULT 0, `enabledFrom` datetime(3) NULL, `forceSetupFrom` datetime(3) NULL, `remindAfterDays` int NULL, `maxSkips` int NULL, `mandatoryRoles` text NOT NULL, `userVerification` varchar(16) NOT NULL DEFAULT 'REQUIRED', `allowedAuthenticators` text NOT NULL, `allowPasswordAfterPasskey` tinyint NOT NULL DEFAULT 0, `version` int NOT NULL DEFAULT '1', `updatedAt` datetime(3) NOT NULL, `updatedById` varchar(36) NULL, PRIMARY KEY (`organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `sessions` (`id` varchar(36) NOT NULL, `tokenHash` varchar(64) NOT NULL, `userId` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `authMethod` varchar(16) NOT NULL, `userVerified` tinyint NOT NULL DEFAULT 0, `delivery` varchar(8) NOT NULL, `deviceSetupDone` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(3) NOT NULL, `lastSeenAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `endedAt` datetime(3) NULL, `ip` varchar(64) NULL, UNIQUE INDEX `uq_sessions_token_hash` (`tokenHash`), INDEX `ix_sessions_user` (`userId`, `endedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `sign_in_codes` (`id` varchar(36) NOT NULL, `userId` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `createdById` varchar(36) NOT NULL, `kind` varchar(16) NOT NULL, `codeHash` varchar(128) NOT NULL, `failedAttempts` int NOT NULL DEFAULT '0', `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `usedAt` datetime(3) NULL, INDEX `ix_sign_in_codes_user` (`userId`, `usedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `users` (`id` varchar(36) NOT NULL, `organisationId` varchar(36) NULL, `tenantKey` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `displayName` varchar(200) NOT NULL, `role` varchar(16) NOT NULL, `passwordHash` varchar(255) NULL, `webauthnUserId` varchar(64) NOT NULL, `skipCount` int NOT NULL DEFAULT '0', `skippedAt` datetime(3) NULL, `disabledAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `lastSignInAt` datetime(3) NULL, UNIQUE INDEX `uq_users_webauthn_user_id` (`webauthnUserId`), INDEX `ix_users_org_created` (`organisationId`, `createdAt`), UNIQUE INDEX `uq_users_tenant_email` (`tenantKey`, `email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `rate_limits` (`key` varchar(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL, `points` int NOT NULL DEFAULT 0, `expire` bigint UNSIGNED NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `rate_limits`");
    await queryRunner.query("DROP INDEX `uq_users_tenant_email` ON `users`");
    await queryRunner.query("DROP INDEX `ix_users_org_created` ON `users`");
    await queryRunner.query("DROP INDEX `uq_users_webauthn_user_id` ON `users`");
    await queryRunner.query("DROP TABLE `users`");
    await queryRunner.query("DROP INDEX `ix_sign_in_codes_user` ON `sign_in_codes`");
    await queryRunner.query("DROP TABLE `sign_in_codes`");
    await queryRunner.query("DROP INDEX `ix_sessions_user` ON `sessions`");
    await queryRunner.query("DROP INDEX `uq_sessions_token_hash` ON `sessions`");
    await queryRunner.query("DROP TABLE `sessions`");
    await queryRunner.query("DROP TABLE `passkey_policies`");
    await queryRunner.query("DROP INDEX `ix_credentials_user` ON `credentials`");
    await queryRunner.query("DROP INDEX `ix_credentials_org` ON `credentials`");
    await queryRunner.query("DROP INDEX `uq_credentials_credential_id_hash` ON `credentials`");
    await queryRunner.query("DROP TABLE `credentials`");
    await queryRunner.query("DROP INDEX `ix_challenges_expires` ON `challenges`");
    await queryRunner.query("DROP TABLE `challenges`");
    await queryRunner.query("DROP INDEX `uq_organisations_slug` ON `organisations`");
    await queryRunner.query("DROP TABLE `organisations`");
    await queryRunner.query("DROP INDEX `ix_audit_events_org_time` ON `audit_events`");
    await queryRunner.query("DROP INDEX `ix_audit_events_org_type_time` ON `audit_events`");
    await queryRunner.query("DROP TABLE `audit_events`");
  }
}
