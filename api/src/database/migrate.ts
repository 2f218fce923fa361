import { DataSource } from "typeorm";

/** Runs pending migrations; each in its own transaction so a failure leaves the last good state. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: "each" });
  return ran.map((m) => m.name);
}
