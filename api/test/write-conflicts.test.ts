import { GraphQLError } from "graphql";
import { createConnection } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Transactions } from "../src/db/transactions";
import { defaultRetryPolicy, isDeadlock, WriteConflictError } from "../src/db/write-conflicts";
import { errorKind, formatError } from "../src/server";
import { startTestServer, testDatabaseKind, TestServer } from "./harness";

/**
 * Write conflicts on MySQL/MariaDB (and Galera, whose certification failures are the same error
 * 1213): a real deadlock between two transactions that lock two rows in opposite order. The
 * loser is rolled back and run again from the start, and both commit; a conflict that outlasts
 * every try is a retryable answer, never a 5xx. SQLite runs one transaction at a time.
 */
describe.runIf(testDatabaseKind() === "mysql")("write conflicts (MySQL/MariaDB)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await server.dataSource.query("CREATE TABLE conflict_probe (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB");
    await server.dataSource.query("INSERT INTO conflict_probe VALUES (1, 0), (2, 0)");
  });
  afterAll(() => server?.close());

  /** Two transactions, each holding its first row until the other holds its own, then taking the other's row. */
  async function deadlock(transactions: Transactions) {
    const tries = { a: 0, b: 0 };
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    let holding = 0;
    const work = (name: "a" | "b", first: number, second: number) =>
      transactions.run(async (manager) => {
        tries[name]++;
        await manager.query("UPDATE conflict_probe SET v = v + 1 WHERE id = ?", [first]);
        if (tries[name] === 1) {
          if (++holding === 2) release();
          await bothHoldOne;
        }
        await manager.query("UPDATE conflict_probe SET v = v + 10 WHERE id = ?", [second]);
        return name;
      });
    const results = await Promise.allSettled([work("a", 1, 2), work("b", 2, 1)]);
    return { tries, results };
  }

  it("runs the loser of a deadlock again from the start: both transactions commit, once each", async () => {
    await server.dataSource.query("UPDATE conflict_probe SET v = 0");
    const { tries, results } = await deadlock(new Transactions(server.dataSource));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    // One of the two lost once and ran again.
    expect([tries.a, tries.b].sort()).toEqual([1, 2]);
    const rows = await server.dataSource.query("SELECT id, v FROM conflict_probe ORDER BY id");
    // Each transaction added 1 to its first row and 10 to its second, exactly once.
    expect(rows.map((r: { v: number }) => Number(r.v))).toEqual([11, 11]);
  });

  it("gives up after the last try with a WriteConflictError, answered as a retryable 409-class error, not a 5xx", async () => {
    const oneTry = new Transactions(server.dataSource, { ...defaultRetryPolicy, deadlockAttempts: 1 });
    const { results } = await deadlock(oneTry);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    const error = rejected[0].reason;
    expect(error).toBeInstanceOf(WriteConflictError);
    expect(isDeadlock(error)).toBe(true);

    // As a resolver's error reaches the client.
    const graphQLError = new GraphQLError(error.message, { originalError: error, path: ["finishPasskeySignIn"] });
    expect(errorKind(graphQLError.toJSON(), graphQLError)).toBe("conflict");
    expect(formatError(true)(graphQLError.toJSON(), graphQLError)).toEqual({
      message: "Too many changes to the same data at once. Try again.",
      path: ["finishPasskeySignIn"],
      extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 },
    });
  });

  it("reads again on a fresh connection when the pooled one dies under them (a database node killed)", async () => {
    const single = await startTestServer({ database: server.database, env: { DB_POOL_SIZE: "1" } });
    const admin = await createConnection(server.database.url);
    try {
      for (let i = 0; i < 5; i++) {
        const [{ id }] = await single.dataSource.query("SELECT CONNECTION_ID() AS id");
        // The next read is already on its way when its connection is killed.
        const read = single.dataSource.query("SELECT SLEEP(0.3) AS slept, COUNT(*) AS n FROM conflict_probe");
        await new Promise((resolve) => setTimeout(resolve, 50));
        await admin.query(`KILL ${Number(id)}`);
        const [row] = await read;
        expect(Number(row.n)).toBe(2);
      }
    } finally {
      await admin.end();
      await single.close();
    }
  });

  it("runs a transaction again when its connection dies before COMMIT", async () => {
    const admin = await createConnection(server.database.url);
    try {
      await server.dataSource.query("UPDATE conflict_probe SET v = 0");
      let tries = 0;
      await new Transactions(server.dataSource).run(async (manager) => {
        tries++;
        await manager.query("UPDATE conflict_probe SET v = v + 1 WHERE id = 1");
        const [{ id }] = await manager.query("SELECT CONNECTION_ID() AS id");
        if (tries === 1) await admin.query(`KILL ${Number(id)}`);
        await manager.query("UPDATE conflict_probe SET v = v + 1 WHERE id = 2");
      });
      expect(tries).toBe(2);
      const rows = await server.dataSource.query("SELECT v FROM conflict_probe ORDER BY id");
      expect(rows.map((r: { v: number }) => Number(r.v))).toEqual([1, 1]);
    } finally {
      await admin.end();
    }
  });

  it("on a server that is no Galera node, leaves causal reads off unless DB_CAUSAL_READS=on", async () => {
    const [wsrep] = await server.dataSource.query("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'");
    if (wsrep?.Value === "ON") return; // a Galera node: auto turns them on
    const syncWait = async (s: TestServer) =>
      Number((await s.dataSource.query("SELECT @@SESSION.wsrep_sync_wait AS w"))[0].w);
    expect(await syncWait(server)).toBe(0);
    const causal = await startTestServer({ database: server.database, env: { DB_CAUSAL_READS: "on" } });
    try {
      expect(await syncWait(causal)).toBe(1);
    } finally {
      await causal.close();
    }
  });
});
