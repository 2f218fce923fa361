import { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "./authenticator";
import { BuiltApi, startBuiltApi } from "./built-api";

/**
 * WORKERS: several API processes on one port, as the built API runs them. They share nothing but
 * the database, so a ceremony started in one finishes in another, and a policy change made
 * through one is what every other reads next (nothing is cached in a process).
 */
const EMAIL = "workers@example.com";
const PASSWORD = "a long workers-test passphrase";

interface Answer {
  status: number;
  body: any;
  requestId: string;
}

let api: ChildProcess;
let port: number;
let log: any[] = [];

/** One request on a connection of its own: the cluster hands each connection to one worker. */
function graphql(query: string, variables: object = {}, bearer?: string): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, body: JSON.parse(text), requestId: String(res.headers["x-request-id"]) }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function ok(query: string, variables: object = {}, bearer?: string) {
  const answer = await graphql(query, variables, bearer);
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer;
}

/** The worker that served a request, from its access line. */
async function pidOf(requestId: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const line = log.find((l) => l.reqId === requestId && l.msg === "request");
    if (line) return line.pid;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no access line for ${requestId}`);
}

let built: BuiltApi;
beforeAll(async () => {
  built = await startBuiltApi({
    email: EMAIL,
    password: PASSWORD,
    // RP_ORIGINS defaults to http://localhost:PORT, the origin the software authenticator uses.
    env: { RP_ID: "localhost", WORKERS: "2", HOUSEKEEPING_INTERVAL_MINUTES: "0" },
    listening: 2,
  });
  ({ api, port, log } = built);
}, 90_000);

afterAll(() => built?.close());

describe("WORKERS=2", () => {
  it("runs two API processes on one port; ceremonies started in one finish in the other; a policy change is read by both at once; SIGTERM stops them all cleanly", async () => {
    const listening = log.filter((l) => l.msg === "passkeys API listening").map((l) => l.pid);
    expect(new Set(listening).size).toBe(2);

    const signIn = await ok("mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }", {
      i: { organisationSlug: null, email: EMAIL, password: PASSWORD, delivery: "BEARER" },
    });
    let token: string = signIn.body.data.signInWithPassword.token;
    const authenticator = new SoftwareAuthenticator({ origin: `http://localhost:${port}` });

    // Registration: start and finish each on a connection of their own.
    const start = await ok("mutation { startPasskeyRegistration { challengeId options } }", {}, token);
    const { challengeId, options } = start.body.data.startPasskeyRegistration;
    const finish = await ok(
      "mutation ($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { token } }",
      { input: { challengeId, response: authenticator.register(options) } },
      token,
    );
    token = finish.body.data.finishPasskeyRegistration.token;
    const ceremonies: [number, number][] = [[await pidOf(start.requestId), await pidOf(finish.requestId)]];

    // Sign-ins until one started in one worker has finished in the other (each one must succeed).
    for (let i = 0; i < 10 && !ceremonies.some(([a, b]) => a !== b); i++) {
      const started = await ok(
        "mutation ($input: StartPasskeySignInInput!) { startPasskeySignIn(input: $input) { challengeId options } }",
        { input: {} },
      );
      const s = started.body.data.startPasskeySignIn;
      const finished = await ok(
        "mutation ($input: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $input) { token } }",
        { input: { challengeId: s.challengeId, response: authenticator.authenticate(s.options), delivery: "BEARER" } },
      );
      expect(finished.body.data.finishPasskeySignIn.token).toEqual(expect.any(String));
      ceremonies.push([await pidOf(started.requestId), await pidOf(finished.requestId)]);
    }
    expect(ceremonies.some(([a, b]) => a !== b)).toBe(true);

    // A policy change through one worker is what both read next.
    const organisation = (
      await ok(
        'mutation { createOrganisation(input: { name: "Workers", slug: "workers" }) { id passkeyPolicy { version } } }',
        {},
        token,
      )
    ).body.data.createOrganisation;
    await ok(
      "mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }",
      { id: organisation.id },
      token,
    );
    const changed = await ok(
      "mutation ($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) { version enabled } }",
      { i: { organisationId: organisation.id, expectedVersion: organisation.passkeyPolicy.version, enabled: true } },
      token,
    );
    const readers = new Set<number>([await pidOf(changed.requestId)]);
    for (let i = 0; i < 8; i++) {
      const read = await ok(
        "query ($id: ID) { organisation(id: $id) { passkeyPolicy { version enabled } } }",
        { id: organisation.id },
        token,
      );
      expect(read.body.data.organisation.passkeyPolicy).toEqual(changed.body.data.updatePasskeyPolicy);
      readers.add(await pidOf(read.requestId));
    }
    expect(readers.size).toBe(2);

    // "close", not "exit": the process's last log lines may still be in the pipe when it exits.
    const exited = new Promise<number | null>((resolve) => api.once("close", (code) => resolve(code)));
    api.kill("SIGTERM");
    expect(await exited).toBe(0);
    // Access lines are written as responses finish, so the order of the last lines may vary.
    // Each worker drained, then the first process.
    expect(log.filter((l) => l.msg === "stopped")).toEqual([
      expect.objectContaining({ drained: true }),
      expect.objectContaining({ drained: true }),
      expect.objectContaining({ drained: true }),
    ]);
  });
});
