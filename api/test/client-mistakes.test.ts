import { createHash } from "node:crypto";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TestServer } from "./harness";

/**
 * A careless or hostile client's mistakes, over real HTTP to a production server: each is a
 * 4xx with the contract's BAD_USER_INPUT and a short message, never a 500, and none is logged
 * as our bug.
 */

const VIEWER = "{ viewer { authenticated } }";
const json = (body: unknown) => ({ "content-type": "application/json", body: JSON.stringify(body) });

type Mistake = [
  label: string,
  request: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
  status: number,
];

const MISTAKES: Mistake[] = [
  ["a syntax error", { ...split(json({ query: "{ viewer " })) }, 400],
  ["a field that does not exist", { ...split(json({ query: "{ nope }" })) }, 400],
  [
    "a variable of the wrong type",
    {
      ...split(json({ query: "query ($n: Int) { organisations(first: $n) { totalCount } }", variables: { n: "ten" } })),
    },
    400,
  ],
  [
    "a document over the token limit",
    { ...split(json({ query: `{ ${"viewer { authenticated } ".repeat(1500)}}` })) },
    400,
  ],
  [
    "an unknown operationName",
    { ...split(json({ query: "query A { viewer { authenticated } }", operationName: "B" })) },
    400,
  ],
  [
    "two named operations and no operationName",
    { ...split(json({ query: "query A { viewer { authenticated } } query B { viewer { authenticated } }" })) },
    400,
  ],
  ["several anonymous operations", { ...split(json({ query: `${VIEWER} ${VIEWER}` })) }, 400],
  ["a subscription over HTTP", { ...split(json({ query: "subscription { viewer { authenticated } }" })) }, 400],
  ["no query", { ...split(json({})) }, 400],
  ["variables as a string", { ...split(json({ query: VIEWER, variables: "{}" })) }, 400],
  ["a batch (array) body", { ...split(json([{ query: VIEWER }])) }, 400],
  ["malformed JSON", { headers: { "content-type": "application/json" }, body: '{"query": "{ viewer' }, 400],
  ["a JSON string as the body", { headers: { "content-type": "application/json" }, body: '"{ viewer }"' }, 400],
  ["a body over 200 kB", { ...split(json({ query: "x".repeat(300_000) })) }, 413],
  ["text/plain", { headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: VIEWER }) }, 415],
  ["a form", { headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7Bviewer%7D" }, 415],
  ["multipart", { headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }, 415],
  ["no content type", { body: JSON.stringify({ query: VIEWER }) }, 415],
  [
    "charset=utf-7",
    { headers: { "content-type": "application/json; charset=utf-7" }, body: JSON.stringify({ query: VIEWER }) },
    415,
  ],
  [
    "charset=utf-16",
    { headers: { "content-type": "application/json; charset=utf-16" }, body: JSON.stringify({ query: VIEWER }) },
    415,
  ],
  [
    "charset=latin1",
    { headers: { "content-type": "application/json;charset=latin1" }, body: JSON.stringify({ query: VIEWER }) },
    415,
  ],
  [
    "an unknown content encoding",
    { headers: { "content-type": "application/json", "content-encoding": "x-rot13" }, body: "{}" },
    415,
  ],
  [
    "a gzip header on plain bytes",
    { headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: "{}" },
    400,
  ],
  [
    "a mutation over GET",
    { method: "GET", path: "?query=mutation%7BsignOut%7D", headers: { "apollo-require-preflight": "1" } },
    405,
  ],
  ["a GET without CSRF preflight header", { method: "GET", path: `?query=${encodeURIComponent(VIEWER)}` }, 400],
  ["PUT", { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }, 405],
  [
    "an APQ hash that does not match the query",
    { ...split(json({ query: VIEWER, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })) },
    400,
  ],
  [
    "an APQ version we do not know",
    { ...split(json({ query: VIEWER, extensions: { persistedQuery: { version: 9, sha256Hash: "0".repeat(64) } } })) },
    400,
  ],
];

function split(request: { "content-type": string; body: string }) {
  return { headers: { "content-type": request["content-type"] }, body: request.body };
}

describe("a client's mistakes are 4xx with BAD_USER_INPUT", () => {
  let server: TestServer;
  const log: string[] = [];

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        log.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    server = await startTestServer({
      env: { NODE_ENV: "production", LOG_LEVEL: "debug" },
      logDestination: destination,
    });
  });
  afterAll(() => server.close());

  it.each(MISTAKES)("%s", async (_label, request, status) => {
    const res = await fetch(`${server.graphqlUrl}${request.path ?? ""}`, {
      method: request.method ?? "POST",
      headers: request.headers,
      body: request.body,
    });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(res.status).toBe(status);
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.extensions).toEqual({ code: "BAD_USER_INPUT" });
      expect(error.message.length).toBeLessThan(400);
      expect(error.message).not.toMatch(/node_modules|\n\s+at /);
    }
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("logs none of them as our bug, and none with a stack", () => {
    const lines = log.map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(log.join("\n")).not.toMatch(/"stack"/);
  });

  it("keeps PERSISTED_QUERY_NOT_FOUND as Apollo's protocol says: 200, untouched, so clients retry", async () => {
    const res = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
    });
  });

  it("serves @apollo/client's persisted-queries link: a miss, the retry with the document, then a hit", async () => {
    const sent: { hash?: string; query: boolean; status: number }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const body = JSON.parse(String(init?.body));
      sent.push({
        hash: body.extensions?.persistedQuery?.sha256Hash,
        query: typeof body.query === "string",
        status: res.status,
      });
      return res;
    };
    const client = () =>
      new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ sha256: (q: string) => createHash("sha256").update(q).digest("hex") }).concat(
          new HttpLink({ uri: server.graphqlUrl, fetch: recordingFetch }),
        ),
      });
    const query = gql`
      query SignInScreen($slug: String!) {
        signInOptions(organisationSlug: $slug) {
          organisationName
        }
      }
    `;
    const first = await client().query({ query, variables: { slug: "nobody-here" }, fetchPolicy: "network-only" });
    expect(first.data).toEqual({ signInOptions: null });
    const second = await client().query({ query, variables: { slug: "nobody-either" }, fetchPolicy: "network-only" });
    expect(second.data).toEqual({ signInOptions: null });
    const hash = sent[0].hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sent).toEqual([
      { hash, query: false, status: 200 }, // miss: PERSISTED_QUERY_NOT_FOUND
      { hash, query: true, status: 200 }, // the link's retry registers the document
      { hash, query: false, status: 200 }, // a later client's hash alone is enough
    ]);
  });
});
