import Database from "better-sqlite3";
import { createConnection } from "mysql2/promise";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { GraphQLClient, startTestServer, testDatabaseKind, TestServer } from "./harness";

/**
 * A database that stops answering: every table locked by another session (LOCK TABLES on
 * MySQL/MariaDB, an exclusive lock on the SQLite file). Requests fail in seconds with
 * SERVICE_UNAVAILABLE and a 503, /readyz says 503 within 2 s, /healthz stays up, and the
 * service works again by itself once the lock is gone.
 */

interface Lock {
  release(): Promise<void>;
}

async function lockEverything(server: TestServer): Promise<Lock> {
  const url = server.database.url;
  if (testDatabaseKind() === "mysql") {
    const connection = await createConnection(url);
    const [rows] = await connection.query("SHOW TABLES");
    const tables = (rows as Record<string, string>[]).map((row) => Object.values(row)[0]);
    await connection.query(`LOCK TABLES ${tables.map((t) => `\`${t}\` WRITE`).join(", ")}`);
    return {
      async release() {
        await connection.query("UNLOCK TABLES");
        await connection.end();
      },
    };
  }
  // In WAL mode an exclusive transaction shuts out every writer; readers still read the last commit.
  const db = new Database(url.slice("sqlite:".length));
  db.exec("BEGIN EXCLUSIVE");
  return {
    async release() {
      db.exec("COMMIT");
      db.close();
    },
  };
}

const VIEWER = "{ viewer { authenticated user { email } } }";
const SIGN_IN_OPTIONS = `query ($slug: String!) { signInOptions(organisationSlug: $slug) { organisationName } }`;
// Writes: every sign-in attempt counts (rate limits, audit); signing other sessions out ends them.
const SIGN_IN = `mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
const SIGN_OUT_OTHERS = "mutation { signOutOtherSessions }";

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

describe(`a locked database (${testDatabaseKind()})`, () => {
  let server: TestServer;
  let member: GraphQLClient;
  let slug: string;
  let email: string;
  const log: { level: number; msg: string; reqId?: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      env: { LOG_LEVEL: "warn" },
      logDestination: new Writable({
        write(chunk, _encoding, done) {
          log.push(
            ...String(chunk)
              .split("\n")
              .filter(Boolean)
              .map((line) => JSON.parse(line)),
          );
          done();
        },
      }),
    });
    const organisation = await buildOrganisation(server, { passkeysActivated: true });
    slug = organisation.slug;
    const user = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    email = user.email;
    await givePasskey(server, user);
    member = await signIn(server, user);
    await member.ok(VIEWER);
  });
  afterAll(() => server.close());

  it.runIf(testDatabaseKind() === "mysql")(
    "gives every pooled connection its statement and lock timeouts",
    async () => {
      const [row] = await server.dataSource.query(
        "SELECT @@SESSION.lock_wait_timeout AS lockWait, @@SESSION.innodb_lock_wait_timeout AS rowLockWait",
      );
      expect([Number(row.lockWait), Number(row.rowLockWait)]).toEqual([1, 1]);
      const [version] = await server.dataSource.query("SELECT VERSION() AS v");
      const limit = /mariadb/i.test(version.v) ? "@@SESSION.max_statement_time" : "@@SESSION.max_execution_time / 1000";
      const [statement] = await server.dataSource.query(`SELECT ${limit} AS seconds`);
      expect(Number(statement.seconds)).toBe(5);
    },
  );

  it("fails requests within seconds with SERVICE_UNAVAILABLE, answers /readyz 503 within 2 s, and recovers alone", async () => {
    const lock = await lockEverything(server);
    const figures: Record<string, number> = {};
    try {
      const [signedIn, signedInMs] = await timed(() => member.request(SIGN_OUT_OTHERS));
      expect(signedIn.status).toBe(503);
      expect(signedIn.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ["The service is briefly unavailable. Try again in a few seconds.", "SERVICE_UNAVAILABLE"],
      ]);
      expect(signedIn.headers.get("retry-after")).toBe("5");
      figures.signedInRequestMs = signedInMs;

      const [anonymous, anonymousMs] = await timed(() =>
        server.client().request(SIGN_IN, { i: { organisationSlug: slug, email, password: "not the password" } }),
      );
      expect(anonymous.status).toBe(503);
      expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      figures.anonymousRequestMs = anonymousMs;

      const [ready, readyMs] = await timed(() => fetch(`${server.url}/readyz`));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", database: "down" });
      expect(readyMs).toBeLessThan(2_000);
      figures.readyzMs = readyMs;

      const [health, healthMs] = await timed(() => fetch(`${server.url}/healthz`));
      expect(health.status).toBe(200);
      figures.healthzMs = healthMs;

      for (const ms of [signedInMs, anonymousMs]) expect(ms).toBeLessThan(4_000);

      if (testDatabaseKind() === "sqlite") {
        // WAL: readers still see the last commit while a writer holds the lock.
        expect((await member.request(VIEWER)).status).toBe(200);
      } else {
        // LOCK TABLES … WRITE shuts readers out as well.
        const [read, readMs] = await timed(() => server.client().request(SIGN_IN_OPTIONS, { slug }));
        expect(read.status).toBe(503);
        expect(readMs).toBeLessThan(4_000);
        figures.readMs = readMs;
        // A burst larger than the pool: each request still ends within seconds, none is a 500.
        const [burst, burstMs] = await timed(() =>
          Promise.all(Array.from({ length: 40 }, () => member.request(VIEWER))),
        );
        expect(new Set(burst.map((r) => r.status))).toEqual(new Set([503]));
        expect(burstMs).toBeLessThan(6_000);
        figures.burstOf40Ms = burstMs;
      }
    } finally {
      await lock.release();
    }
    console.log(
      `locked ${testDatabaseKind()} database, ms:`,
      JSON.stringify(figures, (_k, v) => (typeof v === "number" ? Math.round(v) : v)),
    );

    // Logged as an outage, each line with its request, and not as our bug.
    expect(log.filter((l) => l.msg === "database unavailable").length).toBeGreaterThan(0);
    expect(log.filter((l) => l.msg.startsWith("bug"))).toEqual([]);
    expect(log.filter((l) => !l.reqId)).toEqual([]);

    // Back by itself: no restart, no reconnect by hand.
    const [recovered, recoveredMs] = await timed(() => member.request(VIEWER));
    expect(recovered.status).toBe(200);
    expect(recovered.errors).toBeUndefined();
    expect(recoveredMs).toBeLessThan(2_000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await server.client().request(SIGN_IN_OPTIONS, { slug })).data.signInOptions).toBeTruthy();
  });
});
