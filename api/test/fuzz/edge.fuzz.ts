import fc from "fast-check";
import {
  getNamedType,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/modules/enums";
import { buildAppSchema } from "../../src/schema";
import { SoftwareAuthenticator } from "../authenticator";
import { authenticatorFor, buildPasskeyOrganisation, registerPasskey } from "../ceremonies";
import { buildUser, givePasskey, signIn } from "../factories";
import { GraphQLClient, startTestServer, testDatabaseKind, TestServer } from "../harness";

/**
 * Property-based fuzzing of the HTTP and GraphQL edge with fast-check, against the real server
 * on the real database: every mutation's variables, WebAuthn responses byte by byte, whole
 * bodies and content types, and broken documents. The property everywhere: no 5xx, and no
 * unhandled rejection; afterwards /healthz and /readyz are healthy.
 *
 * FUZZ_SEED replays a run (the seed is printed first, and by fast-check with the failing case);
 * FUZZ_RUNS sets the number of cases (10,000 by default).
 */

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SHARE = { variables: 0.4, webauthn: 0.15, bodies: 0.3, documents: 0.15 };

const statuses = new Map<number, number>();
const failures: string[] = [];
const unhandled: unknown[] = [];
/** Log lines at error level: a 5xx or an error the server itself calls a bug. */
const bugs: string[] = [];
let cases = 0;

function count(status: number, what: string) {
  cases++;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  if (status >= 500) failures.push(`${status} for ${what.slice(0, 2000)}`);
  return status < 500;
}

/** Strings a careless or hostile client sends: empty, long, unicode, control characters, markup, SQL. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.nat({ max: 20_000 }).map((n) => "x".repeat(n)),
  fc.constantFrom("", " ", "\u0000", "\u202e", "😀".repeat(300), "'; DROP TABLE users; --", "<script>", "%00", "../.."),
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE),
  nastyString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.object({ maxDepth: 3 }),
);

describe(`fuzzing the edge (${testDatabaseKind()}, seed ${SEED}, ${RUNS} cases)`, () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let knownIds: string[];
  let slug: string;
  let passkeyUserEmail: string;
  let ceremonySlug: string;
  let ceremoniesFinished = 0;
  let signedOut: (caller: string) => void = () => {};
  const callers: Record<string, () => Promise<GraphQLClient>> = {};
  let registrant: GraphQLClient;
  let authenticator: SoftwareAuthenticator;
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    console.log(`fuzz seed ${SEED}: replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
    process.on("unhandledRejection", onUnhandled);
    process.on("uncaughtException", onUnhandled);
    server = await startTestServer({
      // The limits would turn most cases into RATE_LIMITED before they reach the code under test.
      env: {
        NODE_ENV: "production",
        LOG_LEVEL: "error",
        RATE_LIMIT_ACCOUNT_ATTEMPTS: "1000000",
        RATE_LIMIT_IP_ATTEMPTS: "1000000",
      },
      logDestination: new Writable({
        write(chunk, _encoding, done) {
          bugs.push(...String(chunk).split("\n").filter(Boolean));
          done();
        },
      }),
    });
    schema = await buildAppSchema();
    const organisation = await buildPasskeyOrganisation(server);
    slug = organisation.slug;
    // The callers have passkeys, so a fuzzed policy change cannot restrict them; the victims are
    // the ones whose ids the fuzzer knows.
    const staff = await buildUser(server, { role: Role.SUPPORT });
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    const employee = await buildUser(server, { organisation });
    for (const user of [staff, admin, employee]) await givePasskey(server, user);
    const victim = await buildUser(server, { organisation, password: "a victim's long password" });
    const victimKey = await givePasskey(server, victim);
    const other = await buildPasskeyOrganisation(server);
    // The callers' own ids stay out: revoking their passkeys or sessions would only blunt the run.
    knownIds = [organisation.id, other.id, victim.id, victimKey.id, ""];
    const sessions = new Map<string, GraphQLClient>();
    const session = (name: string, user: typeof staff) => async () => {
      if (!sessions.has(name)) sessions.set(name, await signIn(server, user));
      return sessions.get(name)!;
    };
    callers.anonymous = async () => server.client();
    callers.employee = session("employee", employee);
    callers.admin = session("admin", admin);
    callers.support = session("support", staff);
    signedOut = (caller) => sessions.delete(caller);

    // A real passkey for sign-in ceremonies, and a session that may register more, in an
    // organisation whose id the fuzzer does not know (its policy stays as it is).
    const ceremonies = await buildPasskeyOrganisation(server);
    ceremonySlug = ceremonies.slug;
    const passkeyUser = await buildUser(server, { organisation: ceremonies });
    passkeyUserEmail = passkeyUser.email;
    registrant = await signIn(server, passkeyUser);
    authenticator = authenticatorFor(server);
    await registerPasskey(registrant, authenticator);
  }, 120_000);

  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    process.off("uncaughtException", onUnhandled);
    const figures = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
    console.log(
      `fuzz ${testDatabaseKind()} seed ${SEED}: ${cases} cases, statuses ${JSON.stringify(figures)}, ` +
        `5xx ${failures.length}, unhandled rejections ${unhandled.length}`,
    );
    await server?.close();
  });

  const options = (share: number, offset: number) => ({
    seed: SEED + offset,
    numRuns: Math.max(1, Math.ceil(RUNS * share)),
    endOnFailure: true,
    // A failing case is a server bug; the seed above and fast-check's path replay it.
    verbose: 1 as const,
  });

  /** A value for a GraphQL input type: mostly plausible, often wrong in type or size. */
  function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    const plausible = (): fc.Arbitrary<unknown> => {
      if (isNonNullType(type)) return valueFor(type.ofType, depth);
      if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 });
      if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
      if (isInputObjectType(type)) {
        if (depth > 3) return fc.constant({});
        const fields = Object.values(type.getFields());
        return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), {
          requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
        });
      }
      switch (isScalarType(type) ? type.name : "") {
        case "ID":
          return fc.oneof(fc.constantFrom(...knownIds), fc.uuid(), nastyString);
        case "Int":
          return fc.oneof(fc.integer({ min: -5, max: 400 }), fc.integer());
        case "Boolean":
          return fc.boolean();
        case "DateTime":
          return fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.constantFrom("2026-02-30T00:00:00Z", "yesterday", "9999-12-31T23:59:59.999Z", "0000-01-01T00:00:00Z"),
          );
        case "JSON":
          return fc.jsonValue({ maxDepth: 4 });
        default:
          return fc.oneof(fc.constantFrom(slug, passkeyUserEmail, "K7QX-2M9D"), fc.emailAddress(), nastyString);
      }
    };
    return fc.oneof({ weight: 4, arbitrary: plausible() }, { weight: 1, arbitrary: nastyValue });
  }

  function selectionFor(type: GraphQLOutputType): string {
    const named = getNamedType(type);
    if (isLeafType(named) || !isObjectType(named)) return "";
    const leaves = Object.values(named.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
      .map((f) => f.name);
    return `{ __typename ${leaves.join(" ")} }`;
  }

  async function post(body: string, headers: Record<string, string>, client?: GraphQLClient) {
    const all: Record<string, string> = { ...headers };
    if (client?.bearer) all.authorization = `Bearer ${client.bearer}`;
    const res = await fetch(server.graphqlUrl, { method: "POST", headers: all, body });
    await res.arrayBuffer();
    return res.status;
  }

  // Side by side: the server works on one case while another waits on argon2 or the database.
  describe.concurrent("properties", () => {
    it("every mutation, with fuzzed variables, as every kind of caller", async () => {
      const mutations = Object.values(schema.getMutationType()!.getFields());
      const mutationCase = fc.oneof(
        ...mutations.map((field) =>
          fc.record({
            field: fc.constant(field.name),
            caller: fc.constantFrom(...Object.keys(callers)),
            variables: fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])), {
              requiredKeys: [],
            }),
            document: fc.constant(
              field.args.length
                ? `mutation (${field.args.map((a) => `$${a.name}: ${a.type}`).join(", ")}) { ${field.name}(${field.args
                    .map((a) => `${a.name}: $${a.name}`)
                    .join(", ")}) ${selectionFor(field.type)} }`
                : `mutation { ${field.name} ${selectionFor(field.type)} }`,
            ),
          }),
        ),
      );
      await fc.assert(
        fc.asyncProperty(mutationCase, async ({ field, caller, variables, document }) => {
          const client = await callers[caller]();
          const status = await post(
            JSON.stringify({ query: document, variables }),
            { "content-type": "application/json" },
            client,
          );
          if (field === "signOut") signedOut(caller);
          return count(status, `${caller}: ${document} ${JSON.stringify(variables)}`);
        }),
        options(SHARE.variables, 1),
      );
    });

    type Damage = { kind: string; at: number; byte: number; bytes: Uint8Array };
    /** Byte-level damage to a base64url field: flip, set, insert, delete, truncate, or re-encode. */
    const damage = fc.record({
      kind: fc.constantFrom("flip", "set", "insert", "delete", "truncate", "append", "base64", "garbage"),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      bytes: fc.uint8Array({ maxLength: 64 }),
    });
    function damageBytes(value: string, d: Damage) {
      const bytes = Buffer.from(value, "base64url");
      const i = bytes.length ? d.at % bytes.length : 0;
      switch (d.kind) {
        case "flip":
          if (bytes.length) bytes[i] ^= 1 << (d.byte % 8);
          return bytes.toString("base64url");
        case "set":
          if (bytes.length) bytes[i] = d.byte;
          return bytes.toString("base64url");
        case "insert":
          return Buffer.concat([bytes.subarray(0, i), Buffer.from(d.bytes), bytes.subarray(i)]).toString("base64url");
        case "delete":
          return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1 + (d.byte % 8))]).toString("base64url");
        case "truncate":
          return bytes.subarray(0, i).toString("base64url");
        case "append":
          return Buffer.concat([bytes, Buffer.from(d.bytes)]).toString("base64url");
        case "base64":
          return bytes.toString("base64");
        default:
          return Buffer.from(d.bytes).toString("latin1");
      }
    }
    const REGISTRATION_FIELDS = [
      "response.clientDataJSON",
      "response.attestationObject",
      "id",
      "rawId",
      "response.authenticatorData",
      "response.publicKey",
    ];
    const SIGN_IN_FIELDS = [
      "response.clientDataJSON",
      "response.authenticatorData",
      "response.signature",
      "response.userHandle",
      "id",
      "rawId",
    ];

    function spoil(response: any, path: string, d: Damage, replacement: unknown | undefined) {
      const copy = structuredClone(response);
      const [head, tail] = path.split(".");
      const holder = tail ? copy[head] : copy;
      const key = tail ?? head;
      if (replacement !== undefined) holder[key] = replacement;
      else if (typeof holder[key] === "string") holder[key] = damageBytes(holder[key], d);
      return copy;
    }

    it("WebAuthn responses damaged byte by byte, in registration and sign-in", async () => {
      const FINISH_REGISTRATION = `mutation ($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { token } }`;
      const FINISH_SIGN_IN = `mutation ($input: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $input) { token } }`;
      const ceremony = fc.record({
        registration: fc.boolean(),
        field: fc.nat(),
        damage,
        // Sometimes the field is replaced whole by a wrong type instead.
        replacement: fc.option(nastyValue, { freq: 5, nil: undefined }),
        extraDamage: fc.option(damage, { freq: 2, nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(ceremony, async ({ registration, field, damage: d, replacement, extraDamage }) => {
          if (registration) {
            const started = await registrant.request(`mutation { startPasskeyRegistration { challengeId options } }`);
            if (!count(started.status, "startPasskeyRegistration")) return false;
            if (!started.data?.startPasskeyRegistration)
              throw new Error(`no ceremony: ${JSON.stringify(started.errors)}`);
            const response = authenticator.register(started.data.startPasskeyRegistration.options);
            authenticator.credentials.delete(response.id);
            let spoiled = spoil(response, REGISTRATION_FIELDS[field % REGISTRATION_FIELDS.length], d, replacement);
            if (extraDamage)
              spoiled = spoil(
                spoiled,
                REGISTRATION_FIELDS[(field + 1) % REGISTRATION_FIELDS.length],
                extraDamage,
                undefined,
              );
            const res = await registrant.request(FINISH_REGISTRATION, {
              input: { challengeId: started.data.startPasskeyRegistration.challengeId, response: spoiled },
            });
            if (res.data?.finishPasskeyRegistration?.token)
              registrant.bearer = res.data.finishPasskeyRegistration.token;
            ceremoniesFinished++;
            return count(res.status, `finishPasskeyRegistration ${JSON.stringify(spoiled)}`);
          }
          const client = server.client();
          const started = await client.request(
            `mutation ($input: StartPasskeySignInInput!) { startPasskeySignIn(input: $input) { challengeId options } }`,
            {
              input: { organisationSlug: ceremonySlug, email: passkeyUserEmail },
            },
          );
          if (!count(started.status, "startPasskeySignIn")) return false;
          if (!started.data?.startPasskeySignIn) throw new Error(`no ceremony: ${JSON.stringify(started.errors)}`);
          ceremoniesFinished++;
          const response = authenticator.authenticate(started.data.startPasskeySignIn.options);
          let spoiled = spoil(response, SIGN_IN_FIELDS[field % SIGN_IN_FIELDS.length], d, replacement);
          if (extraDamage)
            spoiled = spoil(spoiled, SIGN_IN_FIELDS[(field + 1) % SIGN_IN_FIELDS.length], extraDamage, undefined);
          const res = await client.request(FINISH_SIGN_IN, {
            input: { challengeId: started.data.startPasskeySignIn.challengeId, response: spoiled, delivery: "BEARER" },
          });
          return count(res.status, `finishPasskeySignIn ${JSON.stringify(spoiled)}`);
        }),
        options(SHARE.webauthn / 2, 2),
      );
    });

    it("whole bodies and content types: any bytes, any JSON, any header", async () => {
      const contentType = fc.oneof(
        fc.constantFrom(
          "application/json",
          "application/json; charset=utf-8",
          "application/json; charset=UTF-8",
          "application/json; charset=utf-7",
          "application/json; charset=utf-16le",
          "application/json; charset=latin1",
          "application/json; charset=",
          "application/json;;;",
          "application/graphql",
          "application/graphql-response+json",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=----x",
          "application/xml",
          "",
          "*/*",
        ),
        fc.string({ maxLength: 60 }).filter((s) => /^[\t\x20-\x7e]*$/.test(s)),
      );
      const body = fc.oneof(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc
          .record(
            {
              query: fc.oneof(nastyValue, fc.constantFrom("{ viewer { authenticated } }", "mutation { signOut }")),
              variables: fc.oneof(nastyValue, fc.dictionary(fc.string({ maxLength: 8 }), nastyValue, { maxKeys: 4 })),
              operationName: fc.oneof(nastyValue, fc.constantFrom("A", "")),
              extensions: fc.oneof(
                nastyValue,
                fc.record({
                  persistedQuery: fc.record({
                    version: fc.oneof(fc.constant(1), nastyValue),
                    sha256Hash: fc.oneof(
                      fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }),
                      nastyValue,
                    ),
                  }),
                }),
              ),
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
        fc.nat({ max: 300_000 }).map((n) => `{"query":"${"{".repeat(n)}"}`),
      );
      const request = fc.record({
        method: fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS"),
        contentType,
        body,
        encoding: fc.option(fc.constantFrom("gzip", "deflate", "br", "identity", "x-zip"), { freq: 8, nil: undefined }),
        preflight: fc.boolean(),
        query: fc.option(fc.string({ maxLength: 100 }), { freq: 3, nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ method, contentType: type, body: text, encoding, preflight, query }) => {
          const headers: Record<string, string> = {};
          if (type) headers["content-type"] = type;
          if (encoding) headers["content-encoding"] = encoding;
          if (preflight) headers["apollo-require-preflight"] = "1";
          const url =
            query === undefined ? server.graphqlUrl : `${server.graphqlUrl}?${new URLSearchParams({ query })}`;
          const res = await fetch(url, {
            method,
            headers,
            body: method === "GET" || method === "OPTIONS" ? undefined : Buffer.from(text, "latin1"),
          });
          await res.arrayBuffer();
          return count(res.status, `${method} ${type} ${encoding ?? ""} ${text.slice(0, 300)}`);
        }),
        options(SHARE.bodies, 3),
      );
    });

    it("documents broken character by character", async () => {
      const SEEDS = [
        "query ($slug: String!) { signInOptions(organisationSlug: $slug) { organisationName passkeysAvailable requirement } }",
        "{ viewer { authenticated user { id email passkeys { id name } } organisation { id passkeyPolicy { version updatedBy { email } } } } }",
        "query { organisations(first: 5) { totalCount edges { node { id users(first: 3) { edges { node { email } } } } } } }",
        "query { ...F } fragment F on Query { viewer { authenticated } }",
        'mutation { createOrganisation(input: { name: "n", slug: "s" }) { id } }',
      ];
      const edit = fc.record({
        at: fc.nat(),
        kind: fc.constantFrom("insert", "delete", "replace", "duplicate"),
        text: fc.oneof(
          fc.constantFrom("{", "}", "(", ")", "$", "...", "@skip(if: true)", "__schema", '"', "#", "\\u0000"),
          fc.string({ maxLength: 6 }),
        ),
      });
      const broken = fc.record({
        seed: fc.constantFrom(...SEEDS),
        edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
        caller: fc.constantFrom(...Object.keys(callers)),
        variables: fc.option(fc.dictionary(fc.constantFrom("slug", "id", "first"), nastyValue, { maxKeys: 3 }), {
          nil: undefined,
        }),
      });
      await fc.assert(
        fc.asyncProperty(broken, async ({ seed, edits, caller, variables }) => {
          let query = seed;
          for (const e of edits) {
            const i = query.length ? e.at % query.length : 0;
            if (e.kind === "insert") query = query.slice(0, i) + e.text + query.slice(i);
            else if (e.kind === "delete") query = query.slice(0, i) + query.slice(i + 1 + (e.at % 5));
            else if (e.kind === "replace") query = query.slice(0, i) + e.text + query.slice(i + e.text.length);
            else query = query.slice(0, i) + query.slice(i, i + 20).repeat(3) + query.slice(i + 20);
          }
          const client = await callers[caller]();
          const status = await post(
            JSON.stringify({ query, variables }),
            { "content-type": "application/json" },
            client,
          );
          return count(status, `${caller}: ${query} ${JSON.stringify(variables)}`);
        }),
        options(SHARE.documents, 4),
      );
    });
  });

  it("ends with no 5xx, no unhandled rejection, and a healthy, ready server", async () => {
    expect(failures).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(bugs).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(RUNS);
    expect(ceremoniesFinished).toBe(Math.ceil((RUNS * SHARE.webauthn) / 2));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", database: "up" });
  });
});
