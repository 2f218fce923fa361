import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * users.passkeysRevokedAt: when a passkey of the user was last revoked. With no passkey left,
 * the user shows "revoked: must create a new passkey" instead of "has not created one yet".
 * Existing users are filled in from their revoked credentials.
 */
export class UserPasskeysRevokedAt1764710000000 implements MigrationInterface {
  name = "UserPasskeysRevokedAt1764710000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` ADD `passkeysRevokedAt` datetime(3) NULL AFTER `skippedAt`");
    await queryRunner.query(
      "UPDATE `users` `u` SET `passkeysRevokedAt` = (SELECT MAX(`c`.`revokedAt`) FROM `credentials` `c` WHERE `c`.`userId` = `u`.`id`)",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `passkeysRevokedAt`");
  }
}
