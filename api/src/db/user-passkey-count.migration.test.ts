import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKind } from "../../test/harness";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";

describe(`UserPasskeyCount migration on ${testDatabaseKind()}`, () => {
  it("counts each existing user's unrevoked passkeys", async () => {
    const database = await createTestDatabase();
    const before = await createDataSource(database.url);
    before.setOptions({ migrations: (before.options.migrations as Function[]).slice(0, 2) });
    await before.initialize();
    const at = "2026-03-02 09:00:00.000";
    try {
      expect(await migrate(before)).toEqual(["Initial1764000000000", "AuditEventMethod1764100000000"]);
      const user =
        "INSERT INTO users (id, organisationId, tenantKey, email, displayName, role, webauthnUserId, createdAt) VALUES (?, 'o', 'o', ?, 'Someone', 'EMPLOYEE', ?, ?)";
      for (const id of ["u1", "u2", "u3"]) await before.query(user, [id, `${id}@example.test`, `handle-${id}`, at]);
      const credential =
        "INSERT INTO credentials (id, credentialId, credentialIdHash, userId, organisationId, publicKey, transports, aaguid, name, createdAt, revokedAt) VALUES (?, ?, ?, ?, 'o', 'key', '[]', 'aaguid', 'Passkey', ?, ?)";
      const rows: [string, string, string | null][] = [
        ["c1", "u1", null],
        ["c2", "u1", null],
        ["c3", "u1", at],
        ["c4", "u3", at],
      ];
      for (const [id, userId, revokedAt] of rows) {
        await before.query(credential, [id, id, `hash-${id}`, userId, at, revokedAt]);
      }
    } finally {
      await before.destroy();
    }

    const after = await createDataSource(database.url);
    after.setOptions({ migrations: (after.options.migrations as Function[]).slice(0, 3) });
    await after.initialize();
    try {
      expect(await migrate(after)).toEqual(["UserPasskeyCount1764200000000"]);
      const counts: { id: string; passkeyCount: number }[] = await after.query(
        "SELECT id, passkeyCount FROM users ORDER BY id",
      );
      expect(counts.map((r) => [r.id, Number(r.passkeyCount)])).toEqual([
        ["u1", 2],
        ["u2", 0],
        ["u3", 0],
      ]);
    } finally {
      await after.destroy();
      await database.drop();
    }
  });
});
