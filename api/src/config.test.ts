import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("has defaults that run on a laptop with nothing else installed", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: "sqlite:data/passkeys.sqlite",
      rpId: "localhost",
      rpOrigins: ["http://localhost:4000"],
      production: false,
      database: {
        connectTimeoutMs: 2000,
        acquireTimeoutMs: 2000,
        statementTimeoutMs: 5000,
        lockTimeoutMs: 1000,
        poolSize: 10,
        poolQueue: 100,
      },
      shutdownGraceMs: 10_000,
    });
    expect(loadConfig({ PORT: "8080" }).rpOrigins).toEqual(["http://localhost:8080"]);
  });

  it("reads web and Android app origins", () => {
    const config = loadConfig({
      RP_ID: "example.com",
      RP_ORIGINS: "https://example.com, https://cms.example.com,android:apk-key-hash:abc123",
    });
    expect(config.rpOrigins).toEqual(["https://example.com", "https://cms.example.com", "android:apk-key-hash:abc123"]);
  });

  it.each([
    [{ PORT: "seventy" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [
      { DATABASE_URL: "postgres://localhost/db" },
      "DATABASE_URL: must be mysql://user:pass@host:port/db or sqlite:<path>",
    ],
    [{ RP_ID: "https://example.com" }, "RP_ID: must be a host name"],
    [{ RP_ORIGINS: "not a url" }, 'RP_ORIGINS: "not a url" is not a URL'],
    [{ RP_ORIGINS: "http://example.com" }, "must use https"],
    [{ RP_ORIGINS: "https://example.com/path" }, "must be a bare origin"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ SESSION_IDLE_MINUTES: "0" }, "SESSION_IDLE_MINUTES"],
    [{ DB_STATEMENT_TIMEOUT_MS: "5s" }, "DB_STATEMENT_TIMEOUT_MS"],
    [{ DB_ACQUIRE_TIMEOUT_MS: "0" }, "DB_ACQUIRE_TIMEOUT_MS"],
    [{ DB_CONNECT_TIMEOUT_MS: "3600000" }, "DB_CONNECT_TIMEOUT_MS"],
    [{ DB_POOL_QUEUE: "0" }, "DB_POOL_QUEUE"],
    [{ DB_LOCK_TIMEOUT_MS: "9000", DB_STATEMENT_TIMEOUT_MS: "5000" }, "DB_LOCK_TIMEOUT_MS: must not exceed"],
  ])("refuses %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("lists every bad value at once", () => {
    expect(() => loadConfig({ PORT: "x", RP_ID: "a b" })).toThrow(/PORT[\s\S]*RP_ID/);
  });
});
