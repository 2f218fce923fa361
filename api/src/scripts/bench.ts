// scripts/bench: the production build under load from a separate process, on a big seeded organisation.
// Usage and what it measures: docs/performance.md. In short:
//   scripts/bench [--sqlite] [--fresh] [--users N] [--events N] [--clients N] [--seconds S] [--workers N]
//   scripts/bench --soak [--soak-clients 64] [--soak-seconds 120]
//   BENCH_URL=http://127.0.0.1:8080 DATABASE_URL=mysql://… scripts/bench --no-server
//   scripts/bench --peer --phases passkey [--workers 1]   (and Better Auth's passkey sign-ins in the same run)
import "reflect-metadata";
import { ChildProcess, fork, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createConnection } from "mysql2/promise";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { systemClock } from "../clock";
import { loadConfig } from "../config";
import { createDataSource, dialectOf } from "../database/data-source";
import { migrate } from "../database/migrate";
import { createLogger } from "../logger";
import { Role } from "../modules/enums";
import { HousekeepingLease } from "../modules/housekeeping/housekeeping-lease.entity";
import { Organisation } from "../modules/organisations/organisation.entity";
import { Challenge, ChallengePurpose } from "../modules/passkeys/challenge.entity";
import { Credential } from "../modules/passkeys/credential.entity";
import { Session } from "../modules/sessions/session.entity";
import { hashPassword } from "../modules/users/password";
import { User } from "../modules/users/user.entity";
import { createServices } from "../services";
import { BENCH_PASSWORD, benchCredential, passkeyUserEmail, passwordUserEmail } from "./bench-accounts";
import type { ClientInit, OpResult, PhaseName, PhaseRequest, PhaseResult } from "./bench-client";

const DIST = join(__dirname, "..");
const DAY = 86_400_000;
const BATCH = 1_000;

const { values: args } = parseArgs({
  options: {
    sqlite: { type: "boolean", default: false },
    "no-server": { type: "boolean", default: false },
    soak: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    org: { type: "string", default: process.env.BENCH_ORG ?? "bench" },
    users: { type: "string", default: "100000" },
    events: { type: "string", default: "1000000" },
    "passkey-users": { type: "string", default: "2000" },
    "password-users": { type: "string", default: "200" },
    clients: { type: "string", default: "16" },
    seconds: { type: "string", default: "10" },
    "max-ops": { type: "string", default: "200000" },
    "ceiling-seconds": { type: "string", default: "5" },
    workers: { type: "string" },
    "housekeeping-rows": { type: "string", default: "100000" },
    phases: { type: "string" },
    "soak-clients": { type: "string", default: "64" },
    "soak-seconds": { type: "string", default: "120" },
    "warmup-seconds": { type: "string", default: "15" },
    "rss-bound": { type: "string", default: "25" },
    peer: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(readFileSync(__filename, "utf8").split("\n").slice(0, 5).join("\n"));
  process.exit(0);
}
const num = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
};
const USERS = num("users");
const EVENTS = num("events");
const PASSKEY_USERS = Math.max(1, num("passkey-users"));
const PASSWORD_USERS = Math.max(1, num("password-users"));
const CLIENTS = num("clients");
const SECONDS = num("seconds");
const MAX_OPS = num("max-ops");

// ------------------------------------------------------------------------------------------------
// /proc: CPU (utime + stime) and RSS of the API's processes, the database server and the client.

const CLOCK_TICKS = 100; // USER_HZ on Linux
const PAGE = 4096;

function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may hold spaces: state is field 3, so index 0 here.
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}
const ticksOf = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    const f = stat(pid);
    return f ? sum + Number(f[11]) + Number(f[12]) : sum;
  }, 0);
const rssOf = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    const f = stat(pid);
    return f ? sum + Number(f[21]) * PAGE : sum;
  }, 0);

function allPids(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}
const childrenOf = (parent: number) => allPids().filter((pid) => Number(stat(pid)?.[1]) === parent);
const databasePids = () =>
  allPids().filter((pid) => {
    try {
      return ["mariadbd", "mysqld"].includes(readFileSync(`/proc/${pid}/comm`, "utf8").trim());
    } catch {
      return false;
    }
  });

interface Cores {
  api: number | null;
  db: number | null;
  client: number;
}

// ------------------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The database: MariaDB's `bench` (created if missing) unless DATABASE_URL or --sqlite says otherwise. */
async function prepareDatabase(): Promise<string> {
  if (args.sqlite) {
    const path = process.env.BENCH_SQLITE ?? join(tmpdir(), "passkeys-bench.sqlite");
    if (args.fresh) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    return `sqlite:${path}`;
  }
  const url = process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/bench";
  if (dialectOf(url) !== "mysql") return url;
  const server = new URL(url);
  const name = decodeURIComponent(server.pathname.slice(1));
  server.pathname = "/";
  const connection = await createConnection(server.toString());
  try {
    if (args.fresh) await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  return url;
}

function runSeed(databaseUrl: string): Promise<{ seconds: number }> {
  return new Promise((resolve, reject) => {
    const seed = spawn(
      process.execPath,
      [join(DIST, "scripts", "seed.js"), "--org", args.org!, "--users", String(USERS), "--events", String(EVENTS)],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    seed.stdout!.on("data", (chunk) => (out += chunk));
    seed.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`seed failed (${code})`)),
    );
  });
}

const insertRows = async <T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, rows: T[]) => {
  for (let i = 0; i < rows.length; i += BATCH) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + BATCH))
      .updateEntity(false)
      .execute();
  }
};

/** The bench's own users (see bench-accounts.ts), once per organisation: passkey users with known keys, password users. */
async function addBenchAccounts(dataSource: DataSource, organisation: Organisation): Promise<void> {
  const [{ n }] = await dataSource.query(
    `SELECT COUNT(*) AS n FROM users WHERE organisationId = ? AND email LIKE 'bench-%'`,
    [organisation.id],
  );
  if (Number(n) > 0) return;
  const now = new Date();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const user = (email: string, role: Role, passkeys: number, webauthnUserId: string, hash: string | null) =>
    Object.assign(new User(), {
      id: randomUUID(),
      organisationId: organisation.id,
      tenantKey: organisation.id,
      email,
      displayName: email.split("@")[0],
      role,
      passwordHash: hash,
      webauthnUserId,
      skipCount: 0,
      passkeyCount: passkeys,
      skippedAt: null,
      disabledAt: null,
      createdAt: now,
      lastSignInAt: null,
    });
  const users: User[] = [];
  const credentials: Credential[] = [];
  for (let i = 0; i < PASSKEY_USERS; i++) {
    const c = benchCredential(i);
    const u = user(
      passkeyUserEmail(organisation.slug, i),
      i === 0 ? Role.ORG_ADMIN : Role.EMPLOYEE,
      1,
      c.userHandle,
      null,
    );
    users.push(u);
    credentials.push(
      Object.assign(new Credential(), {
        id: randomUUID(),
        credentialId: c.credentialId,
        credentialIdHash: createHash("sha256").update(c.credentialId).digest("hex"),
        userId: u.id,
        organisationId: organisation.id,
        publicKey: c.publicKey,
        signCount: 0,
        transports: ["internal", "hybrid"],
        aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd",
        backupEligible: true,
        backedUp: true,
        attestationFormat: "none",
        name: "iCloud Keychain",
        createdAt: now,
        lastUsedAt: null,
        revokedAt: null,
        revokedById: null,
      }),
    );
  }
  for (let i = 0; i < PASSWORD_USERS; i++) {
    users.push(
      user(
        passwordUserEmail(organisation.slug, i),
        Role.EMPLOYEE,
        0,
        randomBytes(32).toString("base64url"),
        passwordHash,
      ),
    );
  }
  await insertRows(dataSource, User, users);
  await insertRows(dataSource, Credential, credentials);
}

/** The production build on its own port, as an operator runs it; resolves once it answers /readyz. */
async function startApi(databaseUrl: string): Promise<{ process: ChildProcess; url: string; workers: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const workers = args.workers ? Number(args.workers) : undefined;
  const api = spawn(process.execPath, [join(DIST, "main.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      HOST: "127.0.0.1",
      PORT: String(port),
      RP_ID: "localhost",
      RP_ORIGINS: `http://localhost:${port}`,
      HOUSEKEEPING_INTERVAL_MINUTES: "0",
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "info",
      ...(workers ? { WORKERS: String(workers) } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const expected = workers ?? loadConfig({ DATABASE_URL: databaseUrl } as NodeJS.ProcessEnv).workers;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    if (Date.now() > deadline) throw new Error("the API did not get ready within 120 s");
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready && (expected === 1 || childrenOf(api.pid!).length >= expected)) break;
    await sleep(200);
  }
  return { process: api, url, workers: expected };
}

// ------------------------------------------------------------------------------------------------

interface Row extends OpResult {
  cores: Cores;
  goal?: string;
  met?: boolean;
}

const GOALS: Record<string, { opsPerSecond?: number; p95?: number }> = {
  "passkey sign-in (whole)": { opsPerSecond: 1000 },
  "password sign-in": { opsPerSecond: 150 },
  "viewer (bearer)": { opsPerSecond: 5000, p95: 50 },
  "users page (50, HAS_PASSKEY, passkeys)": { p95: 50 },
  "passkeyStats (adoption panel)": { p95: 100 },
  "activity page (50)": { p95: 100 },
};

function withGoal(row: Row): Row {
  const goal = GOALS[row.op];
  if (!goal) return row;
  const rate = row.ops / row.seconds;
  const parts: string[] = [];
  let met = row.errors === 0;
  if (goal.opsPerSecond) {
    parts.push(`≥ ${goal.opsPerSecond}/s`);
    met &&= rate >= goal.opsPerSecond;
  }
  if (goal.p95) {
    parts.push(`p95 < ${goal.p95} ms`);
    met &&= row.p95 < goal.p95;
  }
  return { ...row, goal: parts.join(", "), met };
}

function printTable(rows: Row[]) {
  const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? "–" : n.toFixed(digits));
  const header = [
    "operation",
    "ops",
    "ops/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "API cores",
    "DB cores",
    "client cores",
    "goal",
  ];
  const lines = rows.map((r) => [
    r.op,
    String(r.ops),
    fmt(r.ops / r.seconds, 0),
    fmt(r.p50),
    fmt(r.p95),
    fmt(r.p99),
    String(r.errors),
    fmt(r.cores.api, 2),
    fmt(r.cores.db, 2),
    fmt(r.cores.client, 2),
    r.goal ? `${r.goal} ${r.met ? "met" : "MISSED"}` : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const l of lines) console.log(line(l));
  for (const r of rows) if (r.firstError) console.log(`  first error of "${r.op}": ${r.firstError}`);
}

class Bench {
  private client!: ChildProcess;
  private pending: ((message: any) => void) | null = null;

  constructor(
    private readonly apiPids: () => number[] | null,
    private readonly dbPids: () => number[] | null,
  ) {}

  async startClient(init: ClientInit) {
    this.client = fork(join(DIST, "scripts", "bench-client.js"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.client.on("message", (message) => {
      const resolve = this.pending;
      this.pending = null;
      resolve?.(message);
    });
    this.client.on("exit", (code) => this.pending?.({ type: "error", message: `the load client exited (${code})` }));
    await this.ask(init);
  }

  private ask(message: object): Promise<any> {
    return new Promise((resolve, reject) => {
      this.pending = (answer) => (answer.type === "error" ? reject(new Error(answer.message)) : resolve(answer));
      this.client.send(message);
    });
  }

  /** Runs `work` while measuring the CPU each party used, in cores (`serverPids`: another server than the API's). */
  async measured<T>(work: () => Promise<T>, serverPids?: number[]): Promise<{ result: T; cores: Cores }> {
    const api = serverPids ?? this.apiPids();
    const db = this.dbPids();
    const clientPid = [this.client.pid!];
    const before = { api: api && ticksOf(api), db: db && ticksOf(db), client: ticksOf(clientPid) };
    const t0 = performance.now();
    const result = await work();
    const seconds = (performance.now() - t0) / 1000;
    const cores = (ticks: number | null, pids: number[] | null) =>
      ticks === null || pids === null ? null : (ticksOf(pids) - ticks) / CLOCK_TICKS / seconds;
    return {
      result,
      cores: { api: cores(before.api, api), db: cores(before.db, db), client: cores(before.client, clientPid)! },
    };
  }

  async phase(name: PhaseName, clients: number, seconds: number, serverPids?: number[]): Promise<Row[]> {
    const request: PhaseRequest = { type: "phase", name, clients, seconds, maxOps: MAX_OPS };
    const { result, cores } = await this.measured(() => this.ask(request) as Promise<PhaseResult>, serverPids);
    return result.results.map((r) => withGoal({ ...r, cores }));
  }

  /** Ends the running phase early (it answers as usual). */
  stopPhase() {
    this.client.send({ type: "stop" });
  }

  stop() {
    this.client?.kill();
  }
}

/** Expired sessions and challenges for housekeeping to delete, as months of traffic leave them. */
async function expiredRows(dataSource: DataSource, organisationId: string, userId: string, rows: number) {
  const now = Date.now();
  const sessions: Session[] = [];
  const challenges: Challenge[] = [];
  for (let i = 0; i < rows; i++) {
    const at = new Date(now - 30 * DAY + (i % 1000) * 60_000);
    sessions.push(
      Object.assign(new Session(), {
        id: randomUUID(),
        tokenHash: randomBytes(32).toString("hex"),
        userId,
        organisationId,
        authMethod: "PASSKEY",
        userVerified: true,
        delivery: "BEARER",
        deviceSetupDone: true,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + 2 * DAY),
        endedAt: null,
        ip: null,
      }),
    );
    challenges.push(
      Object.assign(new Challenge(), {
        id: randomUUID(),
        challenge: randomBytes(32).toString("base64url"),
        purpose: ChallengePurpose.AUTHENTICATION,
        userId: null,
        organisationId: null,
        sessionId: null,
        userVerification: "preferred",
        createdAt: at,
        expiresAt: new Date(at.getTime() + 5 * 60_000),
        consumedAt: null,
      }),
    );
  }
  await insertRows(dataSource, Session, sessions);
  await insertRows(dataSource, Challenge, challenges);
}

// ------------------------------------------------------------------------------------------------
// The peer (--peer): Better Auth with its passkey plugin, pinned, installed into a folder of its own (never this
// project's dependencies), on its own database beside ours, one process, with the same bench credentials.

const PEER = {
  name: "Better Auth 1.7.6",
  // @better-auth/passkey 1.7.6 pins these exact peers.
  packages: [
    "better-auth@1.7.6",
    "@better-auth/core@1.7.6",
    "@better-auth/passkey@1.7.6",
    "@better-auth/utils@0.4.2",
    "better-call@1.4.0",
    "@better-fetch/fetch@1.3.2",
    "mysql2@3",
  ],
};

interface Peer {
  process: ChildProcess;
  url: string;
}

async function startPeer(databaseUrl: string, origin: string): Promise<Peer> {
  if (dialectOf(databaseUrl) !== "mysql") throw new Error("--peer runs on MariaDB/MySQL only");
  const dir = process.env.BENCH_PEER_DIR ?? join(tmpdir(), "passkeys-bench-peer");
  if (!existsSync(join(dir, "node_modules", "@better-auth", "passkey"))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    process.stderr.write(`  installing ${PEER.packages.join(" ")} into ${dir}…\n`);
    const npm = spawnSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--legacy-peer-deps", "--loglevel=error", ...PEER.packages],
      { cwd: dir, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (npm.status !== 0) throw new Error("npm install of the peer failed");
  }
  copyFileSync(join(DIST, "..", "src", "scripts", "peer", "better-auth-server.mjs"), join(dir, "server.mjs"));
  const peerDatabase = new URL(databaseUrl);
  const name = `${decodeURIComponent(peerDatabase.pathname.slice(1))}_peer`;
  peerDatabase.pathname = "/";
  const connection = await createConnection(peerDatabase.toString());
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  peerDatabase.pathname = `/${name}`;
  const port = await freePort();
  const peer = spawn(process.execPath, [join(dir, "server.mjs")], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PEER_DATABASE_URL: peerDatabase.toString(),
      PEER_PORT: String(port),
      PEER_ORIGIN: origin,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    peer.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    peer.once("exit", (code) => reject(new Error(`the peer exited (${code})`)));
  });
  await seedPeer(peerDatabase.toString());
  return { process: peer, url: `http://127.0.0.1:${port}` };
}

/** The bench passkey users in the peer's own tables (its schema, made by its migrations), once. */
async function seedPeer(url: string) {
  const connection = await createConnection({ uri: url, timezone: "Z" });
  try {
    const [rows] = await connection.query("SELECT COUNT(*) AS n FROM passkey");
    if (Number((rows as { n: number }[])[0].n) >= PASSKEY_USERS) return;
    await connection.query("DELETE FROM passkey");
    await connection.query("DELETE FROM user");
    const now = new Date();
    for (let from = 0; from < PASSKEY_USERS; from += BATCH) {
      const users: unknown[][] = [];
      const passkeys: unknown[][] = [];
      for (let i = from; i < Math.min(from + BATCH, PASSKEY_USERS); i++) {
        const credential = benchCredential(i);
        users.push([`bench-${i}`, `Bench ${i}`, passkeyUserEmail("peer", i), 1, now, now]);
        passkeys.push([
          `pk-${i}`,
          "Passkey",
          // The plugin stores the COSE key in standard base64.
          Buffer.from(credential.publicKey, "base64url").toString("base64"),
          `bench-${i}`,
          credential.credentialId,
          0,
          "singleDevice",
          0,
          "internal",
          now,
        ]);
      }
      await connection.query("INSERT INTO user (id, name, email, emailVerified, createdAt, updatedAt) VALUES ?", [
        users,
      ]);
      await connection.query(
        "INSERT INTO passkey (id, name, publicKey, userId, credentialID, counter, deviceType, backedUp, transports, createdAt) VALUES ?",
        [passkeys],
      );
    }
  } finally {
    await connection.end();
  }
}

async function main() {
  const started = performance.now();
  const databaseUrl = await prepareDatabase();
  const dialect = dialectOf(databaseUrl);
  const dataSource = await createDataSource(databaseUrl);
  await dataSource.initialize();
  await migrate(dataSource);

  let organisation = await dataSource.getRepository(Organisation).findOne({ where: { slug: args.org } });
  let seeded = "reused";
  if (!organisation) {
    const seed = await runSeed(databaseUrl);
    seeded = `seeded in ${seed.seconds.toFixed(0)} s`;
    organisation = await dataSource.getRepository(Organisation).findOneOrFail({ where: { slug: args.org } });
  }
  await addBenchAccounts(dataSource, organisation);
  // A database filled in a minute has no index statistics yet; one that grew over months has.
  await dataSource.query(
    dialect === "sqlite" ? "ANALYZE" : "ANALYZE TABLE users, credentials, audit_events, sessions, challenges",
  );
  const count = async (sql: string) => Number((await dataSource.query(sql, [organisation!.id]))[0].n);
  const sizes = {
    users: await count("SELECT COUNT(*) AS n FROM users WHERE organisationId = ?"),
    credentials: await count("SELECT COUNT(*) AS n FROM credentials WHERE organisationId = ? AND revokedAt IS NULL"),
    events: await count("SELECT COUNT(*) AS n FROM audit_events WHERE organisationId = ?"),
  };
  const version =
    dialect === "mysql"
      ? `MariaDB/MySQL ${(await dataSource.query("SELECT VERSION() AS v"))[0].v}`
      : `SQLite ${(await dataSource.query("SELECT sqlite_version() AS v"))[0].v} (in the API's process)`;

  // The API: the production build started here, or one already running (BENCH_URL, --no-server).
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  let url: string;
  let apiPids: () => number[] | null;
  if (args["no-server"]) {
    if (!process.env.BENCH_URL) throw new Error("--no-server needs BENCH_URL=http://host:port of the running API");
    url = process.env.BENCH_URL;
    const given = (process.env.BENCH_API_PIDS ?? "").split(",").filter(Boolean).map(Number);
    apiPids = () => (given.length ? given.flatMap((pid) => [pid, ...childrenOf(pid)]) : null);
  } else {
    api = await startApi(databaseUrl);
    url = api.url;
    const primary = api.process.pid!;
    apiPids = () => [primary, ...childrenOf(primary)];
  }
  const origin = process.env.BENCH_ORIGIN ?? `http://localhost:${new URL(url).port || 80}`;
  const bench = new Bench(apiPids, () => (dialect === "mysql" ? databasePids() : null));
  const peer = args.peer ? await startPeer(databaseUrl, origin) : null;

  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`\nscripts/bench, ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at start`,
  );
  console.log(`database: ${version}, ${databaseUrl.replace(/\/\/[^@]*@/, "//…@")}`);
  console.log(
    `organisation "${args.org}": ${sizes.users.toLocaleString("en")} users, ${sizes.credentials.toLocaleString("en")} live credentials, ${sizes.events.toLocaleString("en")} audit events (${seeded}); ${PASSKEY_USERS} bench passkey users, ${PASSWORD_USERS} bench password users`,
  );
  if (peer) {
    console.log(`peer: ${PEER.name} with @better-auth/passkey 1.7.6, one process, its own database beside ours`);
  }
  console.log(
    `API: ${api ? `production build, WORKERS=${api.workers}, LOG_LEVEL=${process.env.BENCH_LOG_LEVEL ?? "info"}` : `already running at ${url}`}; load client: a separate process`,
  );

  let failed = false;
  try {
    await bench.startClient({
      type: "init",
      url,
      origin,
      rpId: process.env.BENCH_RP_ID ?? "localhost",
      slug: organisation.slug,
      organisationId: organisation.id,
      passkeyUsers: PASSKEY_USERS,
      passwordUsers: PASSWORD_USERS,
      ...(peer ? { peerUrl: peer.url, peerName: PEER.name } : {}),
    });
    if (args.soak) failed = await soak(bench, apiPids);
    else failed = await benchmark(bench, dataSource, databaseUrl, organisation, peer);
  } finally {
    bench.stop();
    peer?.process.kill("SIGTERM");
    if (api) {
      api.process.kill("SIGTERM");
      await new Promise((resolve) => api!.process.once("exit", resolve));
    }
    await dataSource.destroy();
  }
  console.log(`\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failed ? 1 : 0);
}

async function benchmark(
  bench: Bench,
  dataSource: DataSource,
  databaseUrl: string,
  organisation: Organisation,
  peer: Peer | null,
): Promise<boolean> {
  const wanted = args.phases ? new Set(args.phases.split(",")) : null;
  const want = (name: string) => !wanted || wanted.has(name);
  const ceilingSeconds = num("ceiling-seconds");
  console.log(
    `load: ${CLIENTS} concurrent clients per phase, each phase ${SECONDS} s or ${MAX_OPS.toLocaleString("en")} operations; ceiling ${ceilingSeconds} s each\n`,
  );
  const rows: Row[] = [];
  const run = async (name: PhaseName, clients: number, seconds: number) => {
    if (!want(name)) return;
    process.stderr.write(`  ${name}…\n`);
    rows.push(...(await bench.phase(name, clients, seconds)));
  };
  await run("ceiling-1", 1, ceilingSeconds);
  await run("ceiling-8", 8, ceilingSeconds);
  await run("passkey", CLIENTS, SECONDS);
  if (peer && want("passkey")) {
    process.stderr.write("  peer-passkey…\n");
    rows.push(...(await bench.phase("peer-passkey", CLIENTS, SECONDS, [peer.process.pid!])));
  }
  await run("password", CLIENTS, SECONDS);
  await run("viewer", CLIENTS, SECONDS);
  await run("users", CLIENTS, SECONDS);
  await run("stats", CLIENTS, SECONDS);
  await run("activity", CLIENTS, SECONDS);
  if (want("housekeeping")) rows.push(...(await housekeeping(bench, dataSource, databaseUrl, organisation)));

  printTable(rows);
  const rate = (op: string) => {
    const row = rows.find((r) => r.op === op);
    return row ? row.ops / row.seconds : null;
  };
  const signIns = rate("passkey sign-in (whole)");
  const one = rate("ceiling, 1 in flight");
  const eight = rate("ceiling, 8 in flight");
  if (signIns !== null && one && eight) {
    console.log(
      `\npasskey sign-ins over HTTP: ${signIns.toFixed(0)}/s = ${((100 * signIns) / eight).toFixed(0)} % of the in-process ceiling with 8 in flight (${eight.toFixed(0)}/s), ${((100 * signIns) / one).toFixed(0)} % of one at a time (${one.toFixed(0)}/s)`,
    );
  }
  const peerRate = rows.find((r) => r.op.startsWith("peer: "));
  if (signIns !== null && peerRate) {
    const theirs = peerRate.ops / peerRate.seconds;
    console.log(
      `passkey sign-ins, the same run: this API ${signIns.toFixed(0)}/s, ${PEER.name} ${theirs.toFixed(0)}/s (one process): ${(signIns / theirs).toFixed(1)} times`,
    );
  }
  return rows.some((r) => r.errors > 0);
}

/** Housekeeping's cost: N expired sessions and N expired challenges deleted by the module's own run, under viewer load throughout. */
async function housekeeping(
  bench: Bench,
  dataSource: DataSource,
  databaseUrl: string,
  organisation: Organisation,
): Promise<Row[]> {
  const rows = num("housekeeping-rows");
  process.stderr.write(`  housekeeping: inserting ${rows} expired sessions and ${rows} expired challenges…\n`);
  const [admin] = await dataSource.query(
    `SELECT id FROM users WHERE organisationId = ? AND role = 'ORG_ADMIN' LIMIT 1`,
    [organisation.id],
  );
  await expiredRows(dataSource, organisation.id, admin.id, rows);
  // The lease free, as it is when the interval has passed.
  await dataSource.getRepository(HousekeepingLease).update({ name: "purge" }, { leaseUntil: new Date(0) });
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
  const services = createServices(config, dataSource, systemClock, createLogger(config));
  process.stderr.write(`  housekeeping: deleting, with viewer load…\n`);
  let deleted = 0;
  let seconds = 0;
  let cores: Cores = { api: null, db: null, client: 0 };
  // Viewer load from a second before the run until it ends (at most 10 minutes).
  const load = bench.phase("viewer", CLIENTS, 600);
  await sleep(1000);
  // The run's own CPU: the API's and the database's while it ran, and this process's (it runs the
  // deletes here, so on SQLite this is the database's work) in the client column.
  const own = process.cpuUsage();
  await bench
    .measured(async () => {
      const t0 = performance.now();
      const result = await services.housekeeping.run();
      seconds = (performance.now() - t0) / 1000;
      deleted = result ? result.sessions + result.challenges : 0;
    })
    .then((measured) => {
      const used = process.cpuUsage(own);
      cores = { ...measured.cores, client: (used.user + used.system) / 1e6 / seconds };
    });
  bench.stopPhase();
  const viewer = await load;
  const nan = Number.NaN;
  return [
    {
      op: `housekeeping (${rows.toLocaleString("en")} sessions + ${rows.toLocaleString("en")} challenges, rows)`,
      ops: deleted,
      seconds,
      p50: nan,
      p95: nan,
      p99: nan,
      errors: deleted >= 2 * rows ? 0 : 1,
      firstError: deleted >= 2 * rows ? null : `deleted ${deleted} of ${2 * rows}`,
      cores,
    },
    ...viewer.map((r) => ({ ...r, op: "viewer during housekeeping", goal: undefined, met: undefined })),
  ];
}

/** 64 clients of mixed sign-ins and viewer; pass when nothing failed and the API's RSS stayed within the bound. */
async function soak(bench: Bench, apiPids: () => number[] | null): Promise<boolean> {
  const clients = num("soak-clients");
  const seconds = num("soak-seconds");
  const warmup = num("warmup-seconds");
  const bound = num("rss-bound");
  console.log(`soak: ${clients} clients, ${warmup} s warm-up, then ${seconds} s of mixed sign-ins and viewer\n`);
  const warm = await bench.phase("soak", clients, warmup);
  const rss: number[] = [];
  const sample = () => {
    const pids = apiPids();
    if (pids) rss.push(rssOf(pids));
  };
  sample();
  const sampler = setInterval(sample, 2_000);
  const rows = await bench.phase("soak", clients, seconds).finally(() => clearInterval(sampler));
  printTable([...warm.map((r) => ({ ...r, op: `warm-up: ${r.op.slice("soak: ".length)}` })), ...rows]);
  const errors = rows.reduce((sum, r) => sum + r.errors, 0);
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
  let rssLine = "API RSS not measured (no API pids: set BENCH_API_PIDS)";
  let rssOk = true;
  if (rss.length >= 2) {
    const [start, end] = [rss[0], rss[rss.length - 1]];
    const growth = (100 * (end - start)) / start;
    rssOk = growth <= bound;
    rssLine = `API RSS ${mib(start)} after warm-up, ${mib(end)} at the end (${growth >= 0 ? "+" : ""}${growth.toFixed(1)} %, max ${mib(Math.max(...rss))}; bound +${bound} %)`;
  }
  const pass = errors === 0 && rssOk;
  console.log(
    `\nSOAK ${pass ? "PASS" : "FAIL"}: ${clients} clients, ${seconds} s, ${rows.reduce((s, r) => s + r.ops, 0)} operations, ${errors} errors; ${rssLine}`,
  );
  return !pass;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
