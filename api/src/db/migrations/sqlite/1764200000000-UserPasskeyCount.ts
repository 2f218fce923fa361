import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * users.passkeyCount: each user's unrevoked passkeys, so that adoption stats and the passkey
 * status filter read one indexed column instead of probing credentials once per user.
 * Existing users are counted from their credentials.
 */
export class UserPasskeyCount1764200000000 implements MigrationInterface {
  name = "UserPasskeyCount1764200000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD COLUMN "passkeyCount" integer NOT NULL DEFAULT (0)');
    await queryRunner.query(
      'UPDATE "users" SET "passkeyCount" = (SELECT COUNT(*) FROM "credentials" "c" WHERE "c"."userId" = "users"."id" AND "c"."revokedAt" IS NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_users_org_passkeys" ON "users" ("organisationId", "passkeyCount", "skipCount") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_users_org_passkeys"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "passkeyCount"');
  }
}
