import { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/database/data-source";
import { BuiltApi, startBuiltApi } from "./built-api";
import { TestDatabase } from "./harness";
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

/** The built API as a process, stopped as an orchestrator stops it: SIGTERM in the middle of a burst. */
describe("SIGTERM during a burst", () => {
  let built: BuiltApi;
  let api: ChildProcess;
  let port: number;
  let database: TestDatabase;
  let log: any[];

  beforeAll(async () => {
    built = await startBuiltApi({
      email: EMAIL,
      password: PASSWORD,
      env: { SHUTDOWN_GRACE_MS: "8000", WORKERS: "1" },
    });
    ({ api, port, database, log } = built);
  }, 120_000);
  afterAll(() => built?.close());

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
