import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * passkey_policies.requireAttestation: when set, registration accepts only attestation that
 * chains to a configured trust root, so the AAGUID allowlist rests on more than the
 * authenticator's word. Off for every existing organisation: nothing changes until an admin asks.
 */
export class PolicyRequireAttestation1764410000000 implements MigrationInterface {
  name = "PolicyRequireAttestation1764410000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "passkey_policies" ADD COLUMN "requireAttestation" boolean NOT NULL DEFAULT (0)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "passkey_policies" DROP COLUMN "requireAttestation"');
  }
}
