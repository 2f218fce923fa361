import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/harness";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";

describe(`migrations on ${testDatabaseKind()}`, () => {
  it("migrate an empty database up to exactly the schema the entities expect, and back down", async () => {
    const database = await createTestDatabase();
    const dataSource = await createDataSource(database.url);
    await dataSource.initialize();
    try {
      const ran = await migrate(dataSource);
      expect(ran).toEqual(dataSource.migrations.map((m) => m.name));
      expect(ran[0]).toBe("Initial1764000000000");
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await migrate(dataSource)).toEqual([]);

      for (let i = 0; i < ran.length; i++) await dataSource.undoLastMigration({ transaction: "each" });
      const runner = dataSource.createQueryRunner();
      const tables = [...dataSource.entityMetadatas.map((m) => m.tableName), "rate_limits"];
      for (const table of tables) expect(await runner.hasTable(table), table).toBe(false);
      await runner.release();
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
