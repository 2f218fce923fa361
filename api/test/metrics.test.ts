import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { BuiltApi, startBuiltApi } from "./built-api";
import { startTestServer, testDatabaseKind, TestServer } from "./harness";

/** One sample of the Prometheus text format: name, labels, value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The sum of the samples named so whose labels include `labels` (0 when there is none yet). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

async function scrape(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("GET /metrics", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { HOUSEKEEPING_INTERVAL_MINUTES: "0" } });
  });
  afterAll(() => server?.close());

  it("counts a real passkey sign-in and a failed one, times the ceremony steps, and shows pool and housekeeping", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation, role: Role.EMPLOYEE });
    const authenticator = authenticatorFor(server);
    const before = parse((await scrape(server.url)).text);
    await registerPasskey(await signIn(server, user), authenticator);

    const client = server.client();
    const ok = await startSignIn(client);
    const signedIn = await finishSignIn(client, ok.challengeId, authenticator.authenticate(ok.options));
    expect(signedIn.errors).toBeUndefined();
    const bad = await startSignIn(client);
    const refused = await finishSignIn(
      client,
      bad.challengeId,
      authenticator.authenticate(bad.options, { origin: "https://evil.example" }),
    );
    expect(refused.errors?.[0].extensions?.code).toBe("CEREMONY_FAILED");
    await server.services.housekeeping.run();

    const answer = await scrape(server.url);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain("text/plain");
    const after = parse(answer.text);
    const delta = (name: string, labels: Record<string, string> = {}) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);

    expect(delta("passkeys_sign_ins_total", { method: "PASSKEY", outcome: "succeeded" })).toBe(1);
    expect(delta("passkeys_sign_ins_total", { method: "PASSKEY", outcome: "failed" })).toBe(1);
    const steps = "passkeys_ceremony_duration_seconds_count";
    expect(delta(steps, { ceremony: "sign_in", step: "start", outcome: "ok" })).toBe(2);
    expect(delta(steps, { ceremony: "sign_in", step: "finish", method: "PASSKEY", outcome: "ok" })).toBe(1);
    expect(delta(steps, { ceremony: "sign_in", step: "finish", outcome: "CEREMONY_FAILED" })).toBe(1);
    expect(delta(steps, { ceremony: "registration", step: "start", outcome: "ok" })).toBe(1);
    expect(delta(steps, { ceremony: "registration", step: "finish", outcome: "ok" })).toBe(1);
    expect(delta("passkeys_housekeeping_runs_total", { result: "ran" })).toBe(1);
    expect(after.some((s) => s.name === "passkeys_housekeeping_deleted_rows_total")).toBe(true);
    // Default process metrics.
    expect(valueOf(after, "passkeys_process_resident_memory_bytes")).toBeGreaterThan(0);
    if (testDatabaseKind() === "mysql") {
      expect(valueOf(after, "passkeys_db_pool_connections", { state: "limit" })).toBeGreaterThanOrEqual(
        server.config.database.poolSize,
      );
      expect(valueOf(after, "passkeys_db_pool_connections", { state: "free" })).toBeGreaterThan(0);
    }
  });

  it("counts rate-limit hits", async () => {
    const limited = await startTestServer({
      database: server.database,
      env: { RATE_LIMIT_IP_ATTEMPTS: "1", HOUSEKEEPING_INTERVAL_MINUTES: "0" },
    });
    try {
      const before = parse((await scrape(limited.url)).text);
      const client = limited.client();
      client.headers["x-forwarded-for"] = "203.0.113.77";
      const input = { organisationSlug: "nowhere", email: "nobody@example.test", password: "wrong password here" };
      const mutation = `mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
      expect((await client.request(mutation, { i: input })).errors?.[0].extensions?.code).toBe("INVALID_CREDENTIALS");
      expect((await client.request(mutation, { i: input })).errors?.[0].extensions?.code).toBe("RATE_LIMITED");
      const after = parse((await scrape(limited.url)).text);
      const hits = (labels: Record<string, string>) =>
        valueOf(after, "passkeys_rate_limit_hits_total", labels) -
        valueOf(before, "passkeys_rate_limit_hits_total", labels);
      expect(hits({ kind: "password", scope: "ip" })).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it("answers only loopback clients without a token: a client behind a trusted proxy is refused", async () => {
    const answer = await scrape(server.url, { "x-forwarded-for": "203.0.113.9" });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain("passkeys_");
  });

  it("answers only the bearer of METRICS_TOKEN when one is set", async () => {
    const token = "a-metrics-token-of-some-length";
    const guarded = await startTestServer({ database: server.database, env: { METRICS_TOKEN: token } });
    try {
      expect((await scrape(guarded.url)).status).toBe(401);
      expect((await scrape(guarded.url, { authorization: "Bearer not-the-token-at-all!!" })).status).toBe(401);
      const answer = await scrape(guarded.url, { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(200);
      expect(answer.text).toContain("passkeys_sign_ins_total");
    } finally {
      await guarded.close();
    }
  });
});

describe("GET /metrics with WORKERS=2", () => {
  const EMAIL = "metrics@example.com";
  const PASSWORD = "a long metrics-test passphrase";
  let built: BuiltApi;
  beforeAll(async () => {
    built = await startBuiltApi({
      email: EMAIL,
      password: PASSWORD,
      env: { WORKERS: "2", HOUSEKEEPING_INTERVAL_MINUTES: "0" },
      // Both workers listen before the first request is made.
      listening: 2,
    });
  }, 90_000);
  afterAll(() => built?.close());

  /** One request on a connection of its own, so the cluster may hand it to either worker. */
  function post(body: object): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: built.port,
          path: "/graphql",
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json" },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode!));
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify(body));
    });
  }

  it("sums every worker's counters, whichever worker answers the scrape", async () => {
    const signIns = 6;
    for (let i = 0; i < signIns; i++) {
      const status = await post({
        query: "mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }",
        variables: { i: { organisationSlug: null, email: EMAIL, password: PASSWORD, delivery: "BEARER" } },
      });
      expect(status).toBe(200);
    }
    for (let scrapes = 0; scrapes < 4; scrapes++) {
      const answer = await fetch(`http://127.0.0.1:${built.port}/metrics`, { headers: { connection: "close" } });
      expect(answer.status).toBe(200);
      const samples = parse(await answer.text());
      expect(valueOf(samples, "passkeys_sign_ins_total", { method: "PASSWORD", outcome: "succeeded" })).toBe(signIns);
      expect(valueOf(samples, "passkeys_ceremony_duration_seconds_count", { method: "PASSWORD" })).toBe(signIns);
    }
  });
});
