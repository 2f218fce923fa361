import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/harness";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";
import { userCounts } from "../modules/users/user-count.entity";

describe(`UserCounts migration on ${testDatabaseKind()}`, () => {
  it("counts the users already there by organisation and bucket, and its triggers keep counting after it", async () => {
    const database = await createTestDatabase();
    const migrations = (source: Awaited<ReturnType<typeof createDataSource>>) =>
      source.options.migrations as Function[];
    const before = await createDataSource(database.url);
    const all = migrations(before).length;
    before.setOptions({ migrations: migrations(before).slice(0, all - 1) });
    await before.initialize();
    const at = "2026-03-02 09:00:00.000";
    try {
      await migrate(before);
      const user =
        "INSERT INTO users (id, organisationId, tenantKey, email, displayName, role, webauthnUserId, createdAt, passkeyCount, skipCount, disabledAt) VALUES (?, ?, ?, ?, 'Someone', ?, ?, ?, ?, ?, ?)";
      const rows: [string, string | null, number, number, string | null][] = [
        ["u1", "a", 2, 0, null], // has a passkey
        ["u2", "a", 1, 3, null], // has a passkey (skips before it do not count)
        ["u3", "a", 0, 1, null], // skipped
        ["u4", "a", 0, 0, null], // pending
        ["u5", "a", 0, 0, at], // deactivated, pending
        ["u6", "b", 1, 0, at], // another organisation, deactivated with a passkey
        ["u7", null, 0, 0, null], // SUPPORT: no organisation, not counted
      ];
      for (const [id, org, passkeys, skips, disabledAt] of rows) {
        await before.query(user, [
          id,
          org,
          org ?? "",
          `${id}@example.test`,
          org ? "EMPLOYEE" : "SUPPORT",
          `handle-${id}`,
          at,
          passkeys,
          skips,
          disabledAt,
        ]);
      }
    } finally {
      await before.destroy();
    }

    const after = await createDataSource(database.url);
    await after.initialize();
    try {
      expect(await migrate(after)).toEqual(["UserCounts1764900000000"]);
      expect(await userCounts(after.manager, "a")).toEqual([2, 1, 1, 0, 0, 1]);
      expect(await userCounts(after.manager, "b")).toEqual([0, 0, 0, 1, 0, 0]);
      // From here the triggers count: u4 gets a passkey, u5 is reactivated.
      await after.query("UPDATE users SET passkeyCount = 1 WHERE id = 'u4'");
      await after.query("UPDATE users SET disabledAt = NULL WHERE id = 'u5'");
      expect(await userCounts(after.manager, "a")).toEqual([3, 1, 1, 0, 0, 0]);
    } finally {
      await after.destroy();
      await database.drop();
    }
  });
});
