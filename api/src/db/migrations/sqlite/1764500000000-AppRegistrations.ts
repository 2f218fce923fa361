import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Organisations' native apps (published in the association files, their Android origins
 * accepted in ceremonies) and the one version row every API process checks before serving a
 * cached association file.
 */
export class AppRegistrations1764500000000 implements MigrationInterface {
  name = "AppRegistrations1764500000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "app_registrations" ("id" varchar(36) PRIMARY KEY NOT NULL, "organisationId" varchar(36) NOT NULL, "platform" varchar(8) NOT NULL, "appId" varchar(255) NOT NULL, "appKey" varchar(270) NOT NULL, "teamId" varchar(10), "bundleId" varchar(155), "packageName" varchar(255), "certificateFingerprints" text NOT NULL, "createdAt" datetime(3) NOT NULL, "createdById" varchar(36))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_registrations_app_key" ON "app_registrations" ("appKey") ');
    await queryRunner.query(
      'CREATE INDEX "ix_app_registrations_org" ON "app_registrations" ("organisationId", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_association_version" ("id" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('INSERT INTO "app_association_version" ("id", "version") VALUES (1, 0)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "app_association_version"');
    await queryRunner.query('DROP INDEX "ix_app_registrations_org"');
    await queryRunner.query('DROP INDEX "uq_app_registrations_app_key"');
    await queryRunner.query('DROP TABLE "app_registrations"');
  }
}
