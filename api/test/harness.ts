import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConnection } from "mysql2/promise";
import type { DestinationStream } from "pino";
import { DataSource } from "typeorm";
import { Clock } from "../src/clock";
import { Config, loadConfig } from "../src/config";
import { createDataSource, dialectOf } from "../src/database/data-source";
import { migrate } from "../src/database/migrate";
import { createLogger } from "../src/logger";
import { loadTrustRoots } from "../src/modules/passkeys/webauthn/trust-roots";
import { createApp } from "../src/server";
import { createServices, Services } from "../src/services";

/** A clock the tests move: scheduled dates, reminders and expiry are tested without waiting. */
export class TestClock implements Clock {
  constructor(private current = new Date("2026-03-02T09:00:00.000Z")) {}
  now() {
    return new Date(this.current);
  }
  set(date: Date | string) {
    this.current = new Date(date);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceDays(days: number) {
    this.advance(days * 86_400_000);
  }
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Which database the suites run on: `TEST_DATABASE_URL=mysql://…/<db>` or SQLite (the default). */
export function testDatabaseKind(): "sqlite" | "mysql" {
  const url = process.env.TEST_DATABASE_URL;
  return url && url.startsWith("mysql://") ? "mysql" : "sqlite";
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database per suite: a temp SQLite file, or a throwaway database on the MySQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (base && base.startsWith("mysql://")) {
    const server = new URL(base);
    const name = `${server.pathname.slice(1) || "pk"}_${randomBytes(5).toString("hex")}`;
    server.pathname = "/";
    const admin = await createConnection(server.toString());
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(server.toString());
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const conn = await createConnection(server.toString());
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "passkeys-test-"));
  return { url: `sqlite:${join(dir, "test.sqlite")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  url: string;
  graphqlUrl: string;
  origin: string;
  config: Config;
  clock: TestClock;
  services: Services;
  dataSource: DataSource;
  /** The database, to start a second API process on it (`startTestServer({ database })`). */
  database: TestDatabase;
  client(): GraphQLClient;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  clock?: TestClock;
  /** Share another server's database (two API processes on one database). */
  database?: TestDatabase;
  /** Where log lines go (at LOG_LEVEL, default info), for tests that read the logs; silent otherwise. */
  logDestination?: DestinationStream;
}

/** The real API over real HTTP on a fresh database, with an injected clock. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const clock = options.clock ?? new TestClock();
  // The port is known only after listen; origins are fixed up front for a stable RP config.
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    PORT: String(port),
    RP_ID: "localhost",
    RP_ORIGINS: origin,
    ...options.env,
  } as NodeJS.ProcessEnv);
  const trustRoots = await loadTrustRoots(config.attestationTrustRoots);
  const dataSource = await createDataSource(database.url, config.database);
  await dataSource.initialize();
  if (ownsDatabase || dialectOf(database.url) === "sqlite") await migrate(dataSource);
  const services = createServices(config, dataSource, clock, createLogger(config, options.logDestination), trustRoots);
  const { app, stop } = await createApp(services);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://localhost:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    origin,
    config,
    clock,
    services,
    dataSource,
    database,
    client: () => new GraphQLClient(`${url}/graphql`),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      if (ownsDatabase) await database.drop();
    },
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  headers: Headers;
}

/**
 * A client with a cookie jar, like a browser tab. `bearer` switches it to a token,
 * like a mobile app.
 */
export class GraphQLClient {
  cookies = new Map<string, string>();
  bearer: string | null = null;
  headers: Record<string, string> = {};

  constructor(readonly url: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return this.raw({ query, variables });
  }

  async raw<T = any>(body: unknown, extraHeaders: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { "content-type": "application/json", ...this.headers, ...extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const response = await fetch(this.url, {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const json = (await response.json()) as { data: T; errors?: GraphQLResponse["errors"] };
    return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
  }

  /** Runs an operation that must succeed; fails the test with the errors otherwise. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data;
  }
}

/** The first error's code, for `expect(codeOf(res)).toBe("FORBIDDEN")`. */
export function codeOf(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * A response's errors as a client compares them: outside production Apollo adds a stack trace,
 * which differs from call to call (production responses have none).
 */
export function withoutStacktraces(result: GraphQLResponse) {
  return {
    status: result.status,
    data: result.data,
    errors: result.errors?.map(({ extensions: { stacktrace: _stacktrace, ...extensions } = {}, ...error }) => ({
      ...error,
      extensions,
    })),
  };
}
