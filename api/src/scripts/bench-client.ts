// scripts/bench's load client: a process of its own (forked by bench.js, driven over IPC), so that
// its CPU is not the API's and is measured apart. Each phase runs N concurrent clients in a loop,
// bounded in time and in operations, and answers with counts, latency percentiles and errors.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { generateAuthenticationOptions, verifyAuthenticationResponse } from "@simplewebauthn/server";
import { SoftwareAuthenticator } from "../testing/software-authenticator";
import { BENCH_PASSWORD, benchAuthenticator, benchCredential, passwordUserEmail } from "./bench-accounts";

export interface ClientInit {
  type: "init";
  /** The API's base URL, e.g. http://127.0.0.1:8080 (a balancer's too). */
  url: string;
  /** The origin the "browser" reports, one of the API's RP_ORIGINS. */
  origin: string;
  rpId: string;
  slug: string;
  organisationId: string;
  passkeyUsers: number;
  passwordUsers: number;
  /** The peer's base URL (scripts/bench --peer): Better Auth with its passkey plugin, the same credentials. */
  peerUrl?: string;
  /** The peer's name and version, for its row. */
  peerName?: string;
}

export type PhaseName =
  | "ceiling-1"
  | "ceiling-8"
  | "passkey"
  | "peer-passkey"
  | "password"
  | "viewer"
  | "users"
  | "stats"
  | "activity"
  | "soak";

export interface PhaseRequest {
  type: "phase";
  name: PhaseName;
  clients: number;
  seconds: number;
  maxOps: number;
}

export interface OpResult {
  op: string;
  ops: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  firstError: string | null;
}

/** Ends the phase that is running now (its clients finish what they are doing), e.g. when the work it accompanies is done. */
export interface StopRequest {
  type: "stop";
}

export interface PhaseResult {
  type: "result";
  name: PhaseName;
  results: OpResult[];
}

const VIEWER = `{ viewer { authenticated user { id email displayName role } passkeySetup { nextStep canSkip } session { restricted } } }`;
const START = `mutation($input: StartPasskeySignInInput!) { startPasskeySignIn(input: $input) { challengeId options } }`;
const FINISH = `mutation($input: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $input) { token } }`;
const PASSWORD = `mutation($input: PasswordSignInInput!) { signInWithPassword(input: $input) { token } }`;
// The console's users page, with each row's passkeys (the user detail's fields).
const USERS_PAGE = `query($organisationId: ID!, $first: Int, $passkeyStatus: PasskeyStatus) {
  organisation(id: $organisationId) { id users(first: $first, passkeyStatus: $passkeyStatus) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id email displayName role passkeyStatus lastSignInAt
      passkeys { id name aaguid synced backupEligible transports createdAt lastUsedAt authenticatorName } } } } } }`;
// The console's adoption panel.
const STATS = `query($id: ID!) { organisation(id: $id) { id passkeyStats {
  totalUsers usersWithPasskey usersSkipped usersPending adoptionRate
  signInsByMethod(days: 30) { method count }
  adoptionByDay(days: 30) { day users usersWithPasskey adoptionRate } } } }`;
const ACTIVITY = `query($id: ID!) { organisation(id: $id) { auditEvents(first: 50) {
  edges { cursor node { id type createdAt data actor { id email } subject { id email } } }
  pageInfo { hasNextPage endCursor } } } }`;

let init: ClientInit;
let authenticator: SoftwareAuthenticator;
let credentialIds: string[] = [];
let agent: Agent;
let adminToken = "";
let nextPasskeyUser = 0;
let nextPasswordUser = 0;
let stopped = false;

class OpFailed extends Error {}

/** One GraphQL POST on the keep-alive pool; resolves with `data`, rejects on a non-200 or any error. */
function graphql(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  return send("POST", new URL("/graphql", init.url), token ? { authorization: `Bearer ${token}` } : {}, {
    query,
    variables,
  }).then(({ status, text }) => {
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      throw new OpFailed(`HTTP ${status}: ${text.slice(0, 200)}`);
    }
    if (status !== 200 || json.errors?.length) {
      const first = json.errors?.[0];
      throw new OpFailed(`HTTP ${status} ${first?.extensions?.code ?? ""} ${first?.message ?? ""}`);
    }
    return json.data;
  });
}

/** One request on the keep-alive pool, with a JSON body when `body` is given; resolves with whatever came back. */
function send(
  method: "GET" | "POST",
  target: URL,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; text: string; cookies: string[] }> {
  const json = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        agent,
        headers: {
          ...headers,
          ...(json === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(json) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(json);
  });
}

/** One JSON request to the peer on the keep-alive pool; rejects on anything but a 200. */
async function peerRequest(
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ json: any; cookies: string[] }> {
  const { status, text, cookies } = await send(method, new URL(path, init.peerUrl), headers, body);
  if (status !== 200) throw new OpFailed(`HTTP ${status}: ${text.slice(0, 200)}`);
  return { json: JSON.parse(text), cookies };
}

/**
 * A whole passkey sign-in at the peer, as its client library does it: options (the challenge is kept server-side
 * under a signed cookie), the same software authenticator's assertion for the same bench credential, then the
 * verification, which answers with the session (cookie).
 */
async function peerPasskeySignIn(): Promise<void> {
  const i = nextPasskeyUser++ % credentialIds.length;
  const origin = { origin: init.origin };
  const options = await peerRequest("GET", "/api/auth/passkey/generate-authenticate-options", origin);
  const response = authenticator.authenticate(options.json, { credentialId: credentialIds[i] });
  const cookie = options.cookies.join("; ");
  const verified = await peerRequest(
    "POST",
    "/api/auth/passkey/verify-authentication",
    { ...origin, cookie },
    {
      response,
    },
  );
  if (!verified.json?.session) throw new OpFailed("no session in the peer's answer");
}

/** A whole passkey sign-in: start, the authenticator's assertion, finish. Resolves with the bearer token. */
async function passkeySignIn(user?: number): Promise<string> {
  const i = user ?? nextPasskeyUser++ % credentialIds.length;
  const started = (await graphql(START, { input: {} })).startPasskeySignIn;
  const response = authenticator.authenticate(started.options, { credentialId: credentialIds[i] });
  const finished = await graphql(FINISH, {
    input: { challengeId: started.challengeId, response, delivery: "BEARER" },
  });
  return finished.finishPasskeySignIn.token;
}

async function passwordSignIn(): Promise<string> {
  const i = nextPasswordUser++ % init.passwordUsers;
  const data = await graphql(PASSWORD, {
    input: {
      organisationSlug: init.slug,
      email: passwordUserEmail(init.slug, i),
      password: BENCH_PASSWORD,
      delivery: "BEARER",
    },
  });
  return data.signInWithPassword.token;
}

class Recorder {
  latencies: number[] = [];
  errors = 0;
  firstError: string | null = null;
  constructor(readonly op: string) {}

  async time<T>(work: () => Promise<T>): Promise<T | null> {
    const t0 = performance.now();
    try {
      const result = await work();
      this.latencies.push(performance.now() - t0);
      return result;
    } catch (error) {
      this.errors++;
      this.firstError ??= error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  result(seconds: number): OpResult {
    const sorted = Float64Array.from(this.latencies).sort();
    const at = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
    return {
      op: this.op,
      ops: sorted.length,
      seconds,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      errors: this.errors,
      firstError: this.firstError,
    };
  }
}

/** Runs `clients` loops of `step` until the time is up or `maxOps` steps were started. */
async function run(phase: PhaseRequest, step: (client: number) => Promise<void>): Promise<number> {
  const until = performance.now() + phase.seconds * 1000;
  stopped = false;
  let started = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: phase.clients }, async (_, client) => {
      while (performance.now() < until && started < phase.maxOps && !stopped) {
        started++;
        await step(client);
      }
    }),
  );
  return (performance.now() - t0) / 1000;
}

/** The in-process ceiling: options, a software assertion and the library's verification; no HTTP, no database. */
async function ceiling(phase: PhaseRequest): Promise<OpResult[]> {
  const recorder = new Recorder(phase.clients === 1 ? "ceiling, 1 in flight" : `ceiling, ${phase.clients} in flight`);
  const credentials = Array.from({ length: 16 }, (_, i) => benchCredential(i));
  const ceilingAuthenticator = benchAuthenticator(init.origin, init.rpId, 16);
  let n = 0;
  const seconds = await run(phase, async () => {
    const c = credentials[n++ % credentials.length];
    await recorder.time(async () => {
      const options = await generateAuthenticationOptions({
        rpID: init.rpId,
        userVerification: "preferred",
        allowCredentials: [],
      });
      const response = ceilingAuthenticator.authenticate(options, { credentialId: c.credentialId });
      const verified = await verifyAuthenticationResponse({
        response,
        expectedChallenge: options.challenge,
        expectedOrigin: init.origin,
        expectedRPID: init.rpId,
        credential: { id: c.credentialId, publicKey: Buffer.from(c.publicKey, "base64url"), counter: 0 },
        requireUserVerification: false,
      });
      if (!verified.verified) throw new OpFailed("not verified");
    });
  });
  return [recorder.result(seconds)];
}

/** Each client's own session, made by a passkey sign-in before the clock starts. */
async function tokensFor(clients: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let c = 0; c < clients; c++) tokens.push(await passkeySignIn());
  return tokens;
}

async function phase(request: PhaseRequest): Promise<OpResult[]> {
  switch (request.name) {
    case "ceiling-1":
    case "ceiling-8":
      return ceiling(request);
    case "passkey": {
      const recorder = new Recorder("passkey sign-in (whole)");
      const seconds = await run(request, () => recorder.time(() => passkeySignIn()).then(() => undefined));
      return [recorder.result(seconds)];
    }
    case "peer-passkey": {
      const recorder = new Recorder(`peer: ${init.peerName ?? "peer"} passkey sign-in (whole)`);
      const seconds = await run(request, () => recorder.time(peerPasskeySignIn).then(() => undefined));
      return [recorder.result(seconds)];
    }
    case "password": {
      const recorder = new Recorder("password sign-in");
      const seconds = await run(request, () => recorder.time(passwordSignIn).then(() => undefined));
      return [recorder.result(seconds)];
    }
    case "viewer": {
      const tokens = await tokensFor(request.clients);
      const recorder = new Recorder("viewer (bearer)");
      const seconds = await run(request, (client) =>
        recorder.time(() => graphql(VIEWER, {}, tokens[client])).then(() => undefined),
      );
      return [recorder.result(seconds)];
    }
    case "users": {
      const recorder = new Recorder("users page (50, HAS_PASSKEY, passkeys)");
      const variables = { organisationId: init.organisationId, first: 50, passkeyStatus: "HAS_PASSKEY" };
      const seconds = await run(request, () =>
        recorder.time(() => graphql(USERS_PAGE, variables, adminToken)).then(() => undefined),
      );
      return [recorder.result(seconds)];
    }
    case "stats": {
      const recorder = new Recorder("passkeyStats (adoption panel)");
      const seconds = await run(request, () =>
        recorder.time(() => graphql(STATS, { id: init.organisationId }, adminToken)).then(() => undefined),
      );
      return [recorder.result(seconds)];
    }
    case "activity": {
      const recorder = new Recorder("activity page (50)");
      const seconds = await run(request, () =>
        recorder.time(() => graphql(ACTIVITY, { id: init.organisationId }, adminToken)).then(() => undefined),
      );
      return [recorder.result(seconds)];
    }
    case "soak": {
      // Mixed: each loop signs in with a passkey, reads viewer three times with that session,
      // and every eighth loop signs in with a password too.
      const passkey = new Recorder("soak: passkey sign-in");
      const password = new Recorder("soak: password sign-in");
      const viewer = new Recorder("soak: viewer");
      let loops = 0;
      const seconds = await run(request, async () => {
        const token = await passkey.time(() => passkeySignIn());
        if (token) for (let v = 0; v < 3; v++) await viewer.time(() => graphql(VIEWER, {}, token));
        if (++loops % 8 === 0) await password.time(passwordSignIn);
      });
      return [passkey.result(seconds), password.result(seconds), viewer.result(seconds)];
    }
  }
}

process.on("message", (message: ClientInit | PhaseRequest | StopRequest) => {
  if (message.type === "stop") {
    stopped = true;
    return;
  }
  const answer = async () => {
    if (message.type === "init") {
      init = message;
      agent = new Agent({ keepAlive: true, maxSockets: 256 });
      authenticator = benchAuthenticator(init.origin, init.rpId, init.passkeyUsers);
      credentialIds = [...authenticator.credentials.keys()];
      // Bench passkey user 0 is the organisation's admin.
      adminToken = await passkeySignIn(0);
      return { type: "ready" };
    }
    return { type: "result", name: message.name, results: await phase(message) } satisfies PhaseResult;
  };
  answer().then(
    (reply) => process.send!(reply),
    (error: unknown) =>
      process.send!({ type: "error", message: error instanceof Error ? error.message : String(error) }),
  );
});
