import { tmpdir } from "node:os";
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

  it("reads the platform's own apps for the association files, one Android entry per package", () => {
    const release = "AA:".repeat(31) + "AA";
    const debug = "b0".repeat(32);
    const config = loadConfig({
      IOS_APP_IDS: "a1b2c3d4e5.com.platform.app, A1B2C3D4E5.com.platform.cms",
      ANDROID_APPS: `com.platform.app@${release}, com.platform.app@${debug},com.platform.cms@${debug}`,
    });
    expect(config.staticApps).toEqual({
      ios: ["A1B2C3D4E5.com.platform.app", "A1B2C3D4E5.com.platform.cms"],
      android: [
        { packageName: "com.platform.app", certificateFingerprints: [release, "B0:".repeat(31) + "B0"] },
        { packageName: "com.platform.cms", certificateFingerprints: ["B0:".repeat(31) + "B0"] },
      ],
    });
    expect(loadConfig({}).staticApps).toEqual({ ios: [], android: [] });
  });

  it.each([
    [{ PORT: "seventy" }, "PORT"],
    [{ IOS_APP_IDS: "com.platform.app" }, 'IOS_APP_IDS: "com.platform.app" is not TEAMID.bundle.id'],
    [{ ANDROID_APPS: "com.platform.app" }, 'ANDROID_APPS: "com.platform.app" is not package.name@SHA-256 fingerprint'],
    [{ ANDROID_APPS: "com.platform.app@AB:CD" }, "ANDROID_APPS"],
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
    [{ ATTESTATION_TRUST_ROOTS_DIR: "/nonexistent/roots" }, "ATTESTATION_TRUST_ROOTS_DIR: must be an existing folder"],
    [{ FIDO_MDS_BLOB_FILE: tmpdir() }, "FIDO_MDS_BLOB_FILE: must be an existing file"],
    [{ DB_STATEMENT_TIMEOUT_MS: "5s" }, "DB_STATEMENT_TIMEOUT_MS"],
    [{ DB_ACQUIRE_TIMEOUT_MS: "0" }, "DB_ACQUIRE_TIMEOUT_MS"],
    [{ DB_CONNECT_TIMEOUT_MS: "3600000" }, "DB_CONNECT_TIMEOUT_MS"],
    [{ DB_POOL_QUEUE: "0" }, "DB_POOL_QUEUE"],
    [{ DB_LOCK_TIMEOUT_MS: "9000", DB_STATEMENT_TIMEOUT_MS: "5000" }, "DB_LOCK_TIMEOUT_MS: must not exceed"],
  ])("refuses %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("names the attestation trust roots to read at start, none by default", () => {
    expect(loadConfig({}).attestationTrustRoots).toEqual({ folder: null, mdsBlobFile: null });
    expect(loadConfig({ ATTESTATION_TRUST_ROOTS_DIR: tmpdir() }).attestationTrustRoots).toEqual({
      folder: tmpdir(),
      mdsBlobFile: null,
    });
  });

  it("lists every bad value at once", () => {
    expect(() => loadConfig({ PORT: "x", RP_ID: "a b" })).toThrow(/PORT[\s\S]*RP_ID/);
  });
});
