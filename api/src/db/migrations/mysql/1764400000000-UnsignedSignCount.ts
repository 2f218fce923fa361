import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * credentials.signCount as INT UNSIGNED: WebAuthn sign counts are unsigned 32-bit, and a signed
 * INT refused every count from 2^31 up, so such a passkey failed every sign-in with a 500.
 */
export class UnsignedSignCount1764400000000 implements MigrationInterface {
  name = "UnsignedSignCount1764400000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `credentials` MODIFY `signCount` int UNSIGNED NOT NULL DEFAULT '0'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A signed INT cannot hold the larger counts: keep the highest it can, so a regression stays a regression.
    await queryRunner.query("UPDATE `credentials` SET `signCount` = 2147483647 WHERE `signCount` > 2147483647");
    await queryRunner.query("ALTER TABLE `credentials` MODIFY `signCount` int NOT NULL DEFAULT '0'");
  }
}
