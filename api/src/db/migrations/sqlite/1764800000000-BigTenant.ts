import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Big organisations, fast: indexes for the admin's users page (role filter in created order; search
 * filtered inside the created-order index, by index condition pushdown, before any row is read),
 * passkeyStats (an index-only count of enabled users by passkey status), the activity feed of one
 * person (actor and subject, merged), and the stats_days table of closed days for the charts.
 */
export class BigTenant1764800000000 implements MigrationInterface {
  name = "BigTenant1764800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_users_org_stats" ON "users" ("organisationId", "disabledAt", "passkeyCount", "skipCount")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_users_org_role_created" ON "users" ("organisationId", "role", "createdAt", "passkeyCount", "skipCount")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_users_org_created_search" ON "users" ("organisationId", "createdAt", "id", "email", "displayName")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_org_actor" ON "audit_events" ("organisationId", "actorId", "createdAt")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_events_org_subject" ON "audit_events" ("organisationId", "subjectId", "createdAt")',
    );
    await queryRunner.query(
      'CREATE TABLE "stats_days" ("organisationId" varchar(36) NOT NULL, "day" varchar(10) NOT NULL, "users" integer NOT NULL, "usersWithPasskey" integer NOT NULL, "signIns" text NOT NULL, PRIMARY KEY ("organisationId", "day"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "stats_days"');
    await queryRunner.query('DROP INDEX "ix_audit_events_org_subject"');
    await queryRunner.query('DROP INDEX "ix_audit_events_org_actor"');
    await queryRunner.query('DROP INDEX "ix_users_org_created_search"');
    await queryRunner.query('DROP INDEX "ix_users_org_role_created"');
    await queryRunner.query('DROP INDEX "ix_users_org_stats"');
  }
}
