import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TestServer } from "./harness";

/** Security headers on the console, the playground route and the API, as a browser receives them. */

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "img-src 'self' data: blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
].join(";");

function consoleDir() {
  const dir = mkdtempSync(join(tmpdir(), "console-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>console</title>");
  return dir;
}

const PATHS: [string, RequestInit][] = [
  ["/", {}],
  ["/playground", {}],
  ["/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }],
  ["/healthz", {}],
];

describe("security headers", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: "production", CONSOLE_DIR: consoleDir() } });
  });
  afterAll(() => server.close());

  it.each(PATHS)("%s: nosniff, a same-origin CSP, no framing, no referrer", async (path, init) => {
    const res = await fetch(`${server.url}${path}`, init);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe(`${CSP};upgrade-insecure-requests`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // Plain http (no proxy saying https): HSTS would pin nothing and is not sent.
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it.each(PATHS)("%s over https behind the proxy: HSTS for a year, subdomains included", async (path, init) => {
    const res = await fetch(`${server.url}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), "x-forwarded-proto": "https" },
    });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("marks every GraphQL answer no-store, errors and bad requests included: they carry tokens and people's details", async () => {
    const post = (body: string) =>
      fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (const res of [
      await post(JSON.stringify({ query: "{ viewer { authState { status } } }" })),
      await post(JSON.stringify({ query: "{ nothing }" })),
      await post("{not json"),
    ]) {
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers an unknown path with a JSON 404 and the same headers", async () => {
    const res = await fetch(`${server.url}/nowhere`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "Not found." });
    expect(res.headers.get("content-security-policy")).toBe(`${CSP};upgrade-insecure-requests`);
  });

  it("serves the console's own route, not the API, at /playground", async () => {
    const res = await fetch(`${server.url}/playground`);
    expect(await res.text()).toContain("<title>console</title>");
  });
});

describe("security headers in development", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: "development", CONSOLE_DIR: consoleDir() } });
  });
  afterAll(() => server.close());

  it("keep the CSP without upgrading http on localhost, and never send HSTS", async () => {
    const res = await fetch(`${server.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("content-security-policy")).toBe(CSP);
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});
