import { MigrationInterface } from "typeorm";

/**
 * The pair of MySQL's UnsignedSignCount: SQLite's INTEGER already holds every unsigned 32-bit
 * sign count (it is 64-bit), so there is nothing to change here.
 */
export class UnsignedSignCount1764400000000 implements MigrationInterface {
  name = "UnsignedSignCount1764400000000";

  public async up(): Promise<void> {}

  public async down(): Promise<void> {}
}
