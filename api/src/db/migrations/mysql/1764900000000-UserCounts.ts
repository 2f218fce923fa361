import { MigrationInterface, QueryRunner } from "typeorm";
import { bucketSql, USER_COUNT_SLOTS } from "../../../modules/users/user-count.entity";

const slot = (row: string) => `CRC32(${row}.id) % ${USER_COUNT_SLOTS}`;

/** Adds `delta` to the count of `row`'s bucket, when the user belongs to an organisation. */
const move = (row: string, delta: 1 | -1) =>
  `IF ${row}.organisationId IS NOT NULL THEN ` +
  "INSERT INTO `user_counts` (`organisationId`, `bucket`, `slot`, `n`) " +
  `VALUES (${row}.organisationId, ${bucketSql(row)}, ${slot(row)}, ${delta}) ` +
  `ON DUPLICATE KEY UPDATE \`n\` = \`n\` + (${delta}); END IF;`;

/**
 * user_counts, kept by triggers on users (see UserCount): the users page's totalCount and the
 * adoption figures read it instead of counting every user of a big organisation.
 */
export class UserCounts1764900000000 implements MigrationInterface {
  name = "UserCounts1764900000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `user_counts` (`organisationId` varchar(36) NOT NULL, `bucket` int NOT NULL, `slot` int NOT NULL, `n` int NOT NULL, PRIMARY KEY (`organisationId`, `bucket`, `slot`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      `CREATE TRIGGER \`tr_users_count_insert\` AFTER INSERT ON \`users\` FOR EACH ROW BEGIN ${move("NEW", 1)} END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER \`tr_users_count_delete\` AFTER DELETE ON \`users\` FOR EACH ROW BEGIN ${move("OLD", -1)} END`,
    );
    // Most updates (a sign-in's lastSignInAt) move nothing: the condition is all they cost.
    await queryRunner.query(
      `CREATE TRIGGER \`tr_users_count_update\` AFTER UPDATE ON \`users\` FOR EACH ROW BEGIN ` +
        `IF NOT (OLD.organisationId <=> NEW.organisationId) OR ${bucketSql("OLD")} <> ${bucketSql("NEW")} THEN ` +
        `${move("OLD", -1)} ${move("NEW", 1)} END IF; END`,
    );
    // The users already there, counted once; the triggers keep it from here.
    await queryRunner.query(
      "INSERT INTO `user_counts` (`organisationId`, `bucket`, `slot`, `n`) " +
        `SELECT u.organisationId, ${bucketSql("u")}, ${slot("u")}, COUNT(*) FROM \`users\` u ` +
        "WHERE u.organisationId IS NOT NULL GROUP BY 1, 2, 3",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER `tr_users_count_update`");
    await queryRunner.query("DROP TRIGGER `tr_users_count_delete`");
    await queryRunner.query("DROP TRIGGER `tr_users_count_insert`");
    await queryRunner.query("DROP TABLE `user_counts`");
  }
}
