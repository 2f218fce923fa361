import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/harness";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";

const MAX_SIGNED = 2 ** 31 - 1;
const MAX_COUNT = 2 ** 32 - 1;

describe(`UnsignedSignCount migration on ${testDatabaseKind()}`, () => {
  it("keeps existing counts, then holds every unsigned 32-bit count; down keeps the highest a signed INT holds", async () => {
    const database = await createTestDatabase();
    const dataSource = await createDataSource(database.url);
    const all = dataSource.options.migrations as Function[];
    const upTo = all.findIndex((m) => m.name === "UnsignedSignCount1764400000000");
    dataSource.setOptions({ migrations: all.slice(0, upTo) });
    await dataSource.initialize();
    const count = async () =>
      Number((await dataSource.query("SELECT signCount FROM credentials WHERE id = 'c1'"))[0].signCount);
    try {
      await migrate(dataSource);
      await dataSource.query(
        "INSERT INTO credentials (id, credentialId, credentialIdHash, userId, organisationId, publicKey, signCount, transports, aaguid, name, createdAt) VALUES ('c1', 'c1', 'hash-c1', 'u1', 'o', 'key', ?, '[]', 'aaguid', 'Passkey', '2026-03-02 09:00:00.000')",
        [MAX_SIGNED],
      );
    } finally {
      await dataSource.destroy();
    }

    dataSource.setOptions({ migrations: all.slice(0, upTo + 1) });
    await dataSource.initialize();
    try {
      expect(await migrate(dataSource)).toEqual(["UnsignedSignCount1764400000000"]);
      expect(await count()).toBe(MAX_SIGNED);
      await dataSource.query("UPDATE credentials SET signCount = ? WHERE id = 'c1'", [MAX_COUNT]);
      expect(await count()).toBe(MAX_COUNT);

      await dataSource.undoLastMigration();
      // MySQL's signed INT cannot hold it and is clamped; SQLite's INTEGER never needed the change.
      expect(await count()).toBe(testDatabaseKind() === "mysql" ? MAX_SIGNED : MAX_COUNT);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
