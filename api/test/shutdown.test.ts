import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/database/data-source";
import { createTestDatabase, TestDatabase } from "./harness";

const API = join(__dirname, "..");
const MAIN = join(API, "dist", "main.js");
const CREATE_SUPPORT_USER = join(API, "dist", "scripts", "create-support-user.js");
const EMAIL = "drain@example.com";
const PASSWORD = "a long drain-test passphrase";
const SIGN_IN = JSON.stringify({
  query: "mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }",
  variables: { i: { organisationSlug: null, email: EMAIL, password: PASSWORD, delivery: "BEARER" } },
});

type Outcome = { status: number; body: any } | { error: string };

/** One request on a connection of its own (no keep-alive), as many clients behind a balancer. */
function post(port: number, body: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        res.on("error", (error) => resolve({ error: String((error as NodeJS.ErrnoException).code ?? error) }));
      },
    );
    req.on("error", (error) => resolve({ error: String((error as NodeJS.ErrnoException).code ?? error) }));
    req.end(body);
  });
}

/**
 * A request whose body arrives in two halves: the server takes it in (it is in flight) with the
 * first, and can only answer it once `finish` sends the rest.
 */
function postInTwoHalves(port: number, body: string): { finish: () => void; outcome: Promise<Outcome> } {
  let finish = () => undefined as void;
  const outcome = new Promise<Outcome>((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        res.on("error", (error) => resolve({ error: String((error as NodeJS.ErrnoException).code ?? error) }));
      },
    );
    req.on("error", (error) => resolve({ error: String((error as NodeJS.ErrnoException).code ?? error) }));
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    req.flushHeaders();
    finish = () => void req.end(body.slice(half));
  });
  return { finish, outcome };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The built API as a process, stopped as an orchestrator stops it: SIGTERM in the middle of a burst. */
describe("SIGTERM during a burst", () => {
  let database: TestDatabase;
  let api: ChildProcess;
  let port: number;
  const log: any[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: API, stdio: "inherit" });
    database = await createTestDatabase();
    const created = spawnSync(process.execPath, [CREATE_SUPPORT_USER, EMAIL], {
      input: `${PASSWORD}\n`,
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    expect(created.status, created.stderr).toBe(0);
    port = await freePort();
    api = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        LOG_LEVEL: "info",
        SHUTDOWN_GRACE_MS: "8000",
        WORKERS: "1",
        CONSOLE_DIR: "/nonexistent",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let buffer = "";
    api.stdout!.on("data", (chunk) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines.filter(Boolean)) log.push(JSON.parse(line));
    });
    const deadline = Date.now() + 30_000;
    while (!log.some((l) => l.msg === "passkeys API listening")) {
      if (Date.now() > deadline || api.exitCode !== null) throw new Error("the API did not start");
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 120_000);
  afterAll(async () => {
    if (api.exitCode === null) api.kill("SIGKILL");
    await database.drop();
  });

  it("answers every request it accepted, refuses new connections, closes the pool and exits 0", async () => {
    // "close", not "exit": the process's last log lines may still be in the pipe when it exits.
    const exited = new Promise<number | null>((resolve) => api.once("close", (code) => resolve(code)));
    // Password sign-ins are slow on purpose (argon2): the burst is still in flight at SIGTERM.
    const burst = Array.from({ length: 30 }, () => post(port, SIGN_IN));
    // One request is surely inside the server at the signal, however fast or loaded the machine:
    // its body is only half sent.
    const halves = postInTwoHalves(port, SIGN_IN);
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = performance.now();
    api.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 20));
    halves.finish();
    const late = await Promise.all(Array.from({ length: 5 }, () => post(port, SIGN_IN)));
    const accepted = [...(await Promise.all(burst)), await halves.outcome];
    const code = await exited;
    const stoppedMs = performance.now() - signalledAt;

    const draining = log.find((l) => l.msg === "shutting down: draining requests");
    const served = log.filter((l) => l.msg === "request" || l.msg === "request failed on our side");
    const outcomes = [...accepted, ...late];
    const answered = outcomes.filter((o) => "status" in o);
    // The burst was under way: some requests were inside the server when the signal came.
    expect(draining.inFlight).toBeGreaterThan(0);
    // Every request the server took in was answered in full, with a session: none was cut off.
    expect(served.map((l) => l.status)).toEqual(served.map(() => 200));
    expect(answered.length).toBe(served.length);
    for (const outcome of answered) {
      expect(outcome).toMatchObject({
        status: 200,
        body: { data: { signInWithPassword: { token: expect.any(String) } } },
      });
    }
    // The others never got in: refused, or reset by the kernel from the closed listener's backlog.
    for (const outcome of outcomes.filter((o) => "error" in o)) {
      expect(["ECONNREFUSED", "ECONNRESET"]).toContain((outcome as { error: string }).error);
    }
    expect(code).toBe(0);
    expect(stoppedMs).toBeLessThan(8_000);
    // Access lines are written as responses finish, so the order of the last lines may vary.
    expect(log.filter((l) => l.msg === "stopped")).toEqual([expect.objectContaining({ drained: true })]);
    console.log(
      `SIGTERM with ${draining.inFlight} requests in flight: ${answered.length} of ${outcomes.length} taken in and answered, stopped in ${Math.round(stoppedMs)} ms`,
    );

    // Every answered sign-in is in the database: nothing was cut off half-written.
    const dataSource: DataSource = await createDataSource(database.url);
    await dataSource.initialize();
    try {
      const [{ count }] = await dataSource.query("SELECT COUNT(*) AS count FROM sessions");
      expect(Number(count)).toBe(answered.length);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
