import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/harness";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";

describe(`AuditEventMethod migration on ${testDatabaseKind()}`, () => {
  it("backfills the method of events written before it, from their JSON data", async () => {
    const database = await createTestDatabase();
    const before = await createDataSource(database.url);
    before.setOptions({ migrations: (before.options.migrations as Function[]).slice(0, 1) });
    await before.initialize();
    try {
      expect(await migrate(before)).toEqual(["Initial1764000000000"]);
      const insert = "INSERT INTO audit_events (id, organisationId, type, data, createdAt) VALUES (?, ?, ?, ?, ?)";
      const at = "2026-03-02 09:00:00.000";
      await before.query(insert, [
        "e1",
        "o",
        "SIGN_IN_SUCCEEDED",
        JSON.stringify({ method: "PASSKEY", userVerified: true }),
        at,
      ]);
      await before.query(insert, [
        "e2",
        "o",
        "SIGN_IN_FAILED",
        JSON.stringify({ method: "PASSWORD", reason: "x" }),
        at,
      ]);
      await before.query(insert, ["e3", "o", "POLICY_UPDATED", JSON.stringify({ changed: ["enabled"] }), at]);
      await before.query(insert, ["e4", "o", "SIGN_IN_SUCCEEDED", JSON.stringify({ method: 7 }), at]);
      await before.query(insert, ["e5", "o", "SIGN_IN_SUCCEEDED", null, at]);
      await before.query(insert, ["e6", "o", "SIGN_IN_SUCCEEDED", JSON.stringify({ method: "M".repeat(40) }), at]);
    } finally {
      await before.destroy();
    }

    const after = await createDataSource(database.url);
    after.setOptions({ migrations: (after.options.migrations as Function[]).slice(0, 2) });
    await after.initialize();
    try {
      expect(await migrate(after)).toEqual(["AuditEventMethod1764100000000"]);
      const rows: { id: string; method: string | null }[] = await after.query(
        "SELECT id, method FROM audit_events ORDER BY id",
      );
      expect(rows.map((r) => [r.id, r.method])).toEqual([
        ["e1", "PASSKEY"],
        ["e2", "PASSWORD"],
        ["e3", null],
        ["e4", null],
        ["e5", null],
        ["e6", null],
      ]);
    } finally {
      await after.destroy();
      await database.drop();
    }
  });
});
