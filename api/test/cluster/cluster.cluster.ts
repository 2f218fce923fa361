import { createConnection, Connection } from "mysql2/promise";
import { bucketSql } from "../../src/modules/users/user-count.entity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "../authenticator";
import { FINISH_SIGN_IN, registerPasskey, START_SIGN_IN } from "../ceremonies";
import { GraphQLClient, GraphQLResponse } from "../harness";

/**
 * scripts/cluster's driver, run against the running cluster through its balancer (CLUSTER_URL):
 * the journeys, load during which one Galera node is killed, and the consistency check on the
 * surviving nodes. Each check prints one PASS/FAIL line, which the script collects.
 */
const env = (name: string, fallback?: string) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set: run scripts/cluster`);
  return value;
};
const URL_ = env("CLUSTER_URL");
const ORIGIN = env("CLUSTER_ORIGIN");
const CLIENTS = Number(env("CLUSTER_CLIENTS", "16"));
const LOAD_MS = Number(env("CLUSTER_LOAD_SECONDS", "30")) * 1000;
/** Requests that fail within this long after the kill are the documented blip; none may fail after it. */
const BLIP_MS = Number(env("CLUSTER_BLIP_SECONDS", "5")) * 1000;
/** CLUSTER_KILL=0: load without killing a node (to measure, e.g. the cost of causal reads). */
const KILL = env("CLUSTER_KILL", "1") !== "0";

const client = () => new GraphQLClient(`${URL_}/graphql`);

async function check(name: string, work: () => Promise<string | void>) {
  try {
    const detail = await work();
    console.log(`PASS: ${name}${detail ? ` (${detail})` : ""}`);
  } catch (error) {
    console.log(`FAIL: ${name}: ${(error as Error).message.split("\n").slice(0, 6).join(" ")}`);
    throw error;
  }
}

const servedBy = (r: GraphQLResponse) => r.headers.get("x-served-by") ?? "?";

let support: GraphQLClient;
let organisation: { id: string; slug: string };

beforeAll(async () => {
  support = client();
  const signedIn = await support.ok("mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }", {
    i: {
      organisationSlug: null,
      email: env("CLUSTER_SUPPORT_EMAIL"),
      password: env("CLUSTER_SUPPORT_PASSWORD"),
      delivery: "BEARER",
    },
  });
  support.bearer = signedIn.signInWithPassword.token;
  // SUPPORT must hold a passkey before anything else.
  await registerPasskey(support, new SoftwareAuthenticator({ origin: ORIGIN }));
  const created = await support.ok(
    'mutation { createOrganisation(input: { name: "Cluster", slug: "cluster" }) { id slug passkeyPolicy { version } } }',
  );
  organisation = created.createOrganisation;
  await support.ok("mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }", {
    id: organisation.id,
  });
  await support.ok("mutation ($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) { version } }", {
    i: {
      organisationId: organisation.id,
      expectedVersion: created.createOrganisation.passkeyPolicy.version,
      enabled: true,
    },
  });
});

interface Member {
  email: string;
  userId: string;
  authenticator: SoftwareAuthenticator;
}

const PASSWORD = "a long cluster member passphrase";
let serial = 0;

/** A member of the organisation with a password, signed in with it through the balancer. */
async function newMember(): Promise<{ member: Member; session: GraphQLClient }> {
  const email = `member${++serial}@cluster.example`;
  const user = await support.ok("mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }", {
    i: {
      organisationId: organisation.id,
      email,
      displayName: `Member ${serial}`,
      role: "EMPLOYEE",
      password: PASSWORD,
    },
  });
  const session = client();
  const signedIn = await session.ok("mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }", {
    i: { organisationSlug: organisation.slug, email, password: PASSWORD, delivery: "BEARER" },
  });
  session.bearer = signedIn.signInWithPassword.token;
  const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
  return { member: { email, userId: user.createUser.id, authenticator }, session };
}

/** One whole passkey sign-in through the balancer; the processes that served start and finish. */
async function passkeySignIn(member: Member) {
  const anonymous = client();
  const started = await anonymous.request(START_SIGN_IN, { input: { organisationSlug: organisation.slug } });
  if (started.errors) return { started, finished: null };
  const { challengeId, options } = started.data.startPasskeySignIn;
  const response = member.authenticator.authenticate(options);
  const finished = await anonymous.request(FINISH_SIGN_IN, { input: { challengeId, response, delivery: "BEARER" } });
  return { started, finished };
}

const VIEWER = "{ viewer { authenticated user { id email passkeys { id } } session { id } } }";

describe("journeys through the balancer", () => {
  let member: Member;
  let token: string;

  it("password sign-in, then passkey registration (start and finish on different API processes)", async () => {
    await check("journey: password sign-in and passkey registration", async () => {
      const created = await newMember();
      member = created.member;
      const payload = await registerPasskey(created.session, member.authenticator);
      expect(payload.credential.id).toEqual(expect.any(String));
      const viewer = await created.session.ok(VIEWER);
      expect(viewer.viewer.user.passkeys).toHaveLength(1);
    });
  });

  it("passkey sign-in, ten times; viewer with each token, on any process", async () => {
    await check("journey: passkey sign-in (10×) and viewer", async () => {
      const crossings = new Set<string>();
      for (let i = 0; i < 10; i++) {
        const { started, finished } = await passkeySignIn(member);
        expect(started.errors).toBeUndefined();
        expect(finished!.errors).toBeUndefined();
        crossings.add(`${servedBy(started)}→${servedBy(finished!)}`);
        token = finished!.data.finishPasskeySignIn.token;
        const reader = client();
        reader.bearer = token;
        const viewer = await reader.request(VIEWER);
        expect(viewer.data.viewer.user.email).toBe(member.email);
      }
      const crossed = [...crossings].filter((c) => c.split("→")[0] !== c.split("→")[1]);
      expect(crossed.length).toBeGreaterThan(0);
      return `start→finish seen: ${[...crossings].sort().join(", ")}`;
    });
  });

  it("sign-in code: made on a signed-in device, used on another", async () => {
    await check("journey: sign-in code on a second device", async () => {
      const device = client();
      device.bearer = token;
      const code = (await device.ok("mutation { createSignInCode { code } }")).createSignInCode.code;
      const other = client();
      const signedIn = await other.ok(
        "mutation ($i: CodeSignInInput!) { signInWithCode(input: $i) { token viewer { user { email } } } }",
        { i: { organisationSlug: organisation.slug, email: member.email, code, delivery: "BEARER" } },
      );
      expect(signedIn.signInWithCode.viewer.user.email).toBe(member.email);
      other.bearer = signedIn.signInWithCode.token;
      expect((await other.ok(VIEWER)).viewer.user.email).toBe(member.email);
    });
  });
});

interface Outcome {
  at: number;
  kind: "start" | "finish" | "viewer" | "network";
  status: number;
  code?: string;
}

interface Accepted {
  sessionId: string;
  userId: string;
}

/**
 * The load: CLIENTS members, each signing in with its passkey over and over (start, assertion,
 * finish) and reading viewer with the new token, for LOAD_MS; one Galera node is killed with
 * SIGKILL a third of the way in. Swap point: another load tool can run beside or instead of this
 * loop, but the consistency check needs `accepted` (every session the load was given).
 */
async function loadPhase(members: Member[], onKill: () => void) {
  const outcomes: Outcome[] = [];
  const accepted: Accepted[] = [];
  let crossed = 0;
  const started = Date.now();
  let killed = 0;
  const killer = setTimeout(
    () => {
      killed = Date.now();
      onKill();
    },
    KILL ? LOAD_MS / 3 : LOAD_MS * 2,
  );
  const record = (kind: Outcome["kind"], r: GraphQLResponse) =>
    outcomes.push({ at: Date.now(), kind, status: r.status, code: r.errors?.[0]?.extensions?.code });
  await Promise.all(
    members.map(async (member) => {
      while (Date.now() - started < LOAD_MS) {
        try {
          const { started: s, finished } = await passkeySignIn(member);
          record("start", s);
          if (!finished) continue;
          record("finish", finished);
          if (finished.errors) continue;
          if (servedBy(s) !== servedBy(finished)) crossed++;
          const payload = finished.data.finishPasskeySignIn;
          accepted.push({ sessionId: payload.viewer.session.id, userId: payload.viewer.user.id });
          const reader = client();
          reader.bearer = payload.token;
          const viewer = await reader.request(VIEWER);
          record("viewer", viewer);
          if (!viewer.errors && viewer.data.viewer.session?.id !== payload.viewer.session.id) {
            outcomes.push({ at: Date.now(), kind: "viewer", status: viewer.status, code: "WRONG_SESSION" });
          }
        } catch (error) {
          outcomes.push({ at: Date.now(), kind: "network", status: 0, code: String((error as Error).message) });
        }
      }
    }),
  );
  clearTimeout(killer);
  return { outcomes, accepted, crossed, started, killed, ended: Date.now() };
}

describe("load while a Galera node is killed, then consistency", () => {
  const members: Member[] = [];
  let result: Awaited<ReturnType<typeof loadPhase>>;
  let survivors: Connection[] = [];

  beforeAll(async () => {
    for (let i = 0; i < CLIENTS; i++) {
      const { member, session } = await newMember();
      await registerPasskey(session, member.authenticator);
      members.push(member);
    }
  });
  afterAll(async () => {
    await Promise.all(survivors.map((c) => c.end()));
  });

  it("serves sign-ins and viewer through the kill", async () => {
    const killing = KILL ? `, node ${env("CLUSTER_KILL_NAME")} SIGKILLed` : "";
    await check(`load: ${CLIENTS} clients × ${LOAD_MS / 1000} s${killing}`, async () => {
      result = await loadPhase(members, () => process.kill(Number(env("CLUSTER_KILL_PID")), "SIGKILL"));
      const { outcomes, accepted, crossed, started, killed, ended } = result;
      const seconds = (ended - started) / 1000;
      const failed = outcomes.filter((o) => o.status !== 200 || o.code);
      const inBlip = (o: Outcome) => KILL && o.at >= killed && o.at <= killed + BLIP_MS;
      const byKind = (list: Outcome[]) =>
        Object.entries(
          list.reduce<Record<string, number>>((counts, o) => {
            const key = `${o.kind} ${o.status} ${o.code ?? ""}`.trim();
            counts[key] = (counts[key] ?? 0) + 1;
            return counts;
          }, {}),
        )
          .map(([k, n]) => `${k}: ${n}`)
          .join("; ") || "none";
      const before = accepted.length;
      console.log(
        `INFO: ${outcomes.length} requests, ${before} sign-ins accepted (${(before / seconds).toFixed(0)}/s), ` +
          `${crossed} (${((100 * crossed) / Math.max(1, before)).toFixed(0)}%) finished on another API process than they started; ` +
          (KILL ? `node killed at +${((killed - started) / 1000).toFixed(1)} s` : "no node killed"),
      );
      console.log(`INFO: failures within ${BLIP_MS / 1000} s of the kill: ${byKind(failed.filter(inBlip))}`);
      console.log(`INFO: failures outside that window: ${byKind(failed.filter((o) => !inBlip(o)))}`);
      const afterKill = outcomes.filter(
        (o) => (!KILL || o.at > killed + BLIP_MS) && o.kind === "finish" && o.status === 200,
      );
      if (KILL) expect(killed).toBeGreaterThan(0);
      expect(failed.filter((o) => !inBlip(o))).toEqual([]);
      expect(afterKill.length).toBeGreaterThan(0);
      // The blip is the outage answer (503 SERVICE_UNAVAILABLE, Retry-After), never a bug, never a refused ceremony.
      expect(failed.filter((o) => o.status !== 503 || o.code !== "SERVICE_UNAVAILABLE")).toEqual([]);
      return KILL
        ? `${before} sign-ins; ${failed.length} failed requests, all within ${BLIP_MS / 1000} s of the kill`
        : `${before} sign-ins; no failed request`;
    });
  });

  it("loses no accepted write, and the surviving nodes agree", async () => {
    survivors = await Promise.all(
      env("CLUSTER_SURVIVORS")
        .split(",")
        .map(async (uri) => {
          const connection = await createConnection({ uri, timezone: "Z" });
          await connection.query("SET SESSION wsrep_sync_wait = 1");
          return connection;
        }),
    );
    const query = async (c: Connection, sql: string, params: unknown[] = []) =>
      (await c.query(sql, params))[0] as any[];

    await check("consistency: every accepted sign-in's session is on every surviving node", async () => {
      const ids = result.accepted.map((a) => a.sessionId);
      for (const c of survivors) {
        const found = new Set<string>();
        for (let i = 0; i < ids.length; i += 1000) {
          const rows = await query(c, "SELECT id FROM sessions WHERE id IN (?)", [ids.slice(i, i + 1000)]);
          for (const row of rows) found.add(row.id);
        }
        expect(ids.filter((id) => !found.has(id))).toEqual([]);
      }
      return `${ids.length} sessions`;
    });

    await check(
      "consistency: no session without its SIGN_IN_SUCCEEDED audit event (and no event without a session)",
      async () => {
        for (const c of survivors) {
          const rows = await query(
            c,
            `SELECT s.userId, s.sessions, COALESCE(a.events, 0) AS events
             FROM (SELECT userId, COUNT(DISTINCT createdAt) AS sessions FROM sessions GROUP BY userId) s
             LEFT JOIN (SELECT subjectId, COUNT(*) AS events FROM audit_events
                         WHERE type = 'SIGN_IN_SUCCEEDED' GROUP BY subjectId) a ON a.subjectId = s.userId
            WHERE s.sessions <> COALESCE(a.events, 0)`,
          );
          expect(rows).toEqual([]);
        }
      },
    );

    await check("consistency: each user's passkeyCount equals their live credentials", async () => {
      for (const c of survivors) {
        const rows = await query(
          c,
          `SELECT u.id, u.passkeyCount, (SELECT COUNT(*) FROM credentials c
                                          WHERE c.userId = u.id AND c.revokedAt IS NULL) AS live
             FROM users u HAVING u.passkeyCount <> live`,
        );
        expect(rows).toEqual([]);
      }
    });

    await check(
      "consistency: user_counts (kept by triggers) equals the users, by organisation and bucket",
      async () => {
        const nonZero = (rows: Record<string, unknown>[]) =>
          Object.fromEntries(
            rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.organisationId}/${r.bucket}`, Number(r.n)]),
          );
        for (const c of survivors) {
          const counted = await query(
            c,
            `SELECT u.organisationId, ${bucketSql("u")} AS bucket, COUNT(*) AS n FROM users u
            WHERE u.organisationId IS NOT NULL GROUP BY 1, 2`,
          );
          const kept = await query(c, "SELECT organisationId, bucket, SUM(n) AS n FROM user_counts GROUP BY 1, 2");
          expect(nonZero(kept)).toEqual(nonZero(counted));
        }
      },
    );

    await check("consistency: the surviving nodes hold the same rows (count and checksum of every table)", async () => {
      const tables = (await query(survivors[0], "SHOW TABLES")).map((row) => Object.values(row)[0] as string);
      const states = await Promise.all(
        survivors.map(async (c) => {
          const state: Record<string, string> = {};
          for (const table of tables) {
            const [count] = await query(c, `SELECT COUNT(*) AS n FROM \`${table}\``);
            const [sum] = await query(c, `CHECKSUM TABLE \`${table}\``);
            state[table] = `${count.n}/${sum.Checksum}`;
          }
          return state;
        }),
      );
      for (const state of states.slice(1)) expect(state).toEqual(states[0]);
      return `${tables.length} tables; sessions ${states[0].sessions}, audit_events ${states[0].audit_events}`;
    });
  });
});
