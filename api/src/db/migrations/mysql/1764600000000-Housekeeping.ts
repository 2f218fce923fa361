import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Housekeeping: the lease row that lets one process at a time purge, and the indexes that let
 * the purge find expired rows without scanning whole tables (sessions, codes and audit events
 * grow with every sign-in).
 */
export class Housekeeping1764600000000 implements MigrationInterface {
  name = "Housekeeping1764600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `housekeeping_leases` (`name` varchar(32) NOT NULL, `leaseUntil` datetime(3) NOT NULL, `lastRunAt` datetime(3) NULL, `lastResult` text NULL, PRIMARY KEY (`name`))",
    );
    await queryRunner.query(
      "INSERT INTO `housekeeping_leases` (`name`, `leaseUntil`) VALUES ('purge', '1970-01-01 00:00:00.000')",
    );
    await queryRunner.query("CREATE INDEX `ix_sessions_expires` ON `sessions` (`expiresAt`)");
    await queryRunner.query("CREATE INDEX `ix_sign_in_codes_expires` ON `sign_in_codes` (`expiresAt`)");
    await queryRunner.query("CREATE INDEX `ix_audit_events_time` ON `audit_events` (`createdAt`)");
    await queryRunner.query("CREATE INDEX `ix_rate_limits_expire` ON `rate_limits` (`expire`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ix_rate_limits_expire` ON `rate_limits`");
    await queryRunner.query("DROP INDEX `ix_audit_events_time` ON `audit_events`");
    await queryRunner.query("DROP INDEX `ix_sign_in_codes_expires` ON `sign_in_codes`");
    await queryRunner.query("DROP INDEX `ix_sessions_expires` ON `sessions`");
    await queryRunner.query("DROP TABLE `housekeeping_leases`");
  }
}
