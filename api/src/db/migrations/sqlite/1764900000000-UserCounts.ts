import { MigrationInterface, QueryRunner } from "typeorm";
import { bucketSql } from "../../../modules/users/user-count.entity";

/** SQLite has one writer at a time: one slot per bucket is enough. */
const move = (row: string, delta: 1 | -1) =>
  'INSERT INTO "user_counts" ("organisationId", "bucket", "slot", "n") ' +
  `SELECT ${row}.organisationId, ${bucketSql(row)}, 0, ${delta} WHERE ${row}.organisationId IS NOT NULL ` +
  `ON CONFLICT ("organisationId", "bucket", "slot") DO UPDATE SET "n" = "n" + (${delta});`;

/** user_counts, kept by triggers on users (see UserCount and the MySQL migration of the same name). */
export class UserCounts1764900000000 implements MigrationInterface {
  name = "UserCounts1764900000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "user_counts" ("organisationId" varchar(36) NOT NULL, "bucket" integer NOT NULL, "slot" integer NOT NULL, "n" integer NOT NULL, PRIMARY KEY ("organisationId", "bucket", "slot"))',
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_users_count_insert" AFTER INSERT ON "users" BEGIN ${move("NEW", 1)} END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_users_count_delete" AFTER DELETE ON "users" BEGIN ${move("OLD", -1)} END`,
    );
    await queryRunner.query(
      'CREATE TRIGGER "tr_users_count_update" AFTER UPDATE OF "organisationId", "disabledAt", "passkeyCount", "skipCount" ON "users" ' +
        `WHEN OLD.organisationId IS NOT NEW.organisationId OR ${bucketSql("OLD")} <> ${bucketSql("NEW")} ` +
        `BEGIN ${move("OLD", -1)} ${move("NEW", 1)} END`,
    );
    await queryRunner.query(
      'INSERT INTO "user_counts" ("organisationId", "bucket", "slot", "n") ' +
        `SELECT u.organisationId, ${bucketSql("u")}, 0, COUNT(*) FROM "users" u ` +
        "WHERE u.organisationId IS NOT NULL GROUP BY 1, 2",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "tr_users_count_update"');
    await queryRunner.query('DROP TRIGGER "tr_users_count_delete"');
    await queryRunner.query('DROP TRIGGER "tr_users_count_insert"');
    await queryRunner.query('DROP TABLE "user_counts"');
  }
}
