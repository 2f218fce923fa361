import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
import { z } from "zod";
import { checkAppleAppId, checkFingerprint, checkPackageName } from "./app-identifiers";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** Milliseconds, bounded so that a typo (seconds for ms, an extra zero) cannot make a wait unbounded. */
const millis = (fallback: number, max: number) => z.coerce.number().int().min(100).max(max).default(fallback);

/** A path that exists and is a folder (or a file): checked at start, so a typo stops the process, not a registration. */
const existing = (kind: "folder" | "file") =>
  z
    .string()
    .min(1)
    .refine(
      (path) => {
        try {
          const stat = statSync(path);
          return kind === "folder" ? stat.isDirectory() : stat.isFile();
        } catch {
          return false;
        }
      },
      { message: `must be an existing ${kind}` },
    );

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: z
      .string()
      .default("sqlite:data/passkeys.sqlite")
      .refine((v) => /^sqlite:.+/.test(v) || /^mysql:\/\/[^/]+\/[A-Za-z0-9_$]+/.test(v), {
        message: "must be mysql://user:pass@host:port/db or sqlite:<path>",
      }),
    RP_ID: z
      .string()
      .default("localhost")
      .refine((v) => /^[a-z0-9.-]+$/i.test(v), { message: "must be a host name such as example.com" }),
    RP_NAME: z.string().min(1).default("Passkeys"),
    RP_ORIGINS: z.string().optional(),
    SESSION_IDLE_MINUTES: positiveInt(60 * 24),
    SESSION_ABSOLUTE_HOURS: positiveInt(24 * 14),
    CONSOLE_DIR: z.string().optional(),
    TRUST_PROXY: z.string().default("loopback"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    RATE_LIMIT_ACCOUNT_ATTEMPTS: positiveInt(10),
    RATE_LIMIT_ACCOUNT_WINDOW_MINUTES: positiveInt(15),
    RATE_LIMIT_ACCOUNT_BLOCK_MINUTES: positiveInt(5),
    RATE_LIMIT_IP_ATTEMPTS: positiveInt(300),
    RATE_LIMIT_IP_WINDOW_MINUTES: positiveInt(15),
    /** How often expired rows are purged (one process wins each run); 0 turns housekeeping off. */
    HOUSEKEEPING_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(10),
    /** Audit events older than this are deleted by housekeeping. */
    AUDIT_RETENTION_DAYS: positiveInt(400),
    /** A folder of PEM root certificates that attestation statements may chain to (any authenticator). */
    ATTESTATION_TRUST_ROOTS_DIR: existing("folder").optional(),
    /** A FIDO Metadata Service BLOB (the JWT from mds3.fidoalliance.org): roots per authenticator model. */
    FIDO_MDS_BLOB_FILE: existing("file").optional(),
    /** The platform's own iOS apps, in every apple-app-site-association: `TEAMID.bundle.id`, comma-separated. */
    IOS_APP_IDS: z.string().default(""),
    /** The platform's own Android apps, in every assetlinks.json: `package@FINGERPRINT`, comma-separated. */
    ANDROID_APPS: z.string().default(""),
    // A database that is slow or down must fail requests in seconds, not hold them (and the pool) for minutes.
    DB_CONNECT_TIMEOUT_MS: millis(2_000, 60_000),
    DB_ACQUIRE_TIMEOUT_MS: millis(2_000, 60_000),
    DB_STATEMENT_TIMEOUT_MS: millis(5_000, 300_000),
    DB_LOCK_TIMEOUT_MS: millis(1_000, 60_000),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    DB_POOL_QUEUE: z.coerce.number().int().min(1).max(10_000).default(100),
    /** Galera: every pooled connection waits for writes made through other nodes before it reads (wsrep_sync_wait). */
    DB_CAUSAL_READS: z.enum(["auto", "on", "off"]).default("auto"),
    SHUTDOWN_GRACE_MS: millis(10_000, 120_000),
    /**
     * Who may read GET /metrics: with a token, requests bearing it (Authorization: Bearer …); without,
     * requests from loopback only (the client's address as TRUST_PROXY resolves it).
     */
    METRICS_TOKEN: z.string().min(16, { message: "must be at least 16 characters" }).optional(),
    /** API processes on the one port (node:cluster); default one per core on MySQL, one on SQLite. */
    WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  })
  .transform((env) => {
    const origins = (env.RP_ORIGINS ?? `http://localhost:${env.PORT}`)
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean);
    return {
      nodeEnv: env.NODE_ENV,
      production: env.NODE_ENV === "production",
      port: env.PORT,
      host: env.HOST,
      databaseUrl: env.DATABASE_URL,
      rpId: env.RP_ID,
      rpName: env.RP_NAME,
      rpOrigins: origins,
      attestationTrustRoots: {
        folder: env.ATTESTATION_TRUST_ROOTS_DIR ?? null,
        mdsBlobFile: env.FIDO_MDS_BLOB_FILE ?? null,
      },
      sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
      consoleDir: env.CONSOLE_DIR,
      trustProxy: env.TRUST_PROXY,
      logLevel: env.LOG_LEVEL,
      database: {
        connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
        acquireTimeoutMs: env.DB_ACQUIRE_TIMEOUT_MS,
        statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
        lockTimeoutMs: env.DB_LOCK_TIMEOUT_MS,
        poolSize: env.DB_POOL_SIZE,
        poolQueue: env.DB_POOL_QUEUE,
        causalReads: env.DB_CAUSAL_READS,
      },
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      metricsToken: env.METRICS_TOKEN ?? null,
      // SQLite has one writer per file: more processes would only queue on its lock.
      workers: env.WORKERS ?? (env.DATABASE_URL.startsWith("mysql://") ? availableParallelism() : 1),
      rateLimits: {
        accountAttempts: env.RATE_LIMIT_ACCOUNT_ATTEMPTS,
        accountWindowSeconds: env.RATE_LIMIT_ACCOUNT_WINDOW_MINUTES * 60,
        accountBlockSeconds: env.RATE_LIMIT_ACCOUNT_BLOCK_MINUTES * 60,
        ipAttempts: env.RATE_LIMIT_IP_ATTEMPTS,
        ipWindowSeconds: env.RATE_LIMIT_IP_WINDOW_MINUTES * 60,
      },
      staticApps: { ios: list(env.IOS_APP_IDS), android: list(env.ANDROID_APPS) },
      housekeeping: {
        intervalMs: env.HOUSEKEEPING_INTERVAL_MINUTES * 60_000,
        auditRetentionDays: env.AUDIT_RETENTION_DAYS,
      },
    };
  })
  .transform((cfg, ctx) => {
    const ios: string[] = [];
    for (const entry of cfg.staticApps.ios) {
      const checked = checkAppleAppId(entry);
      if (checked.ok) ios.push(`${checked.value.teamId}.${checked.value.bundleId}`);
      else ctx.addIssue({ code: "custom", path: ["IOS_APP_IDS"], message: checked.message });
    }
    // One entry per package, its fingerprints in the order given.
    const android = new Map<string, string[]>();
    for (const entry of cfg.staticApps.android) {
      const at = entry.lastIndexOf("@");
      const packageName = checkPackageName(at < 0 ? "" : entry.slice(0, at));
      const fingerprint = checkFingerprint(at < 0 ? "" : entry.slice(at + 1));
      if (!packageName.ok || !fingerprint.ok) {
        ctx.addIssue({
          code: "custom",
          path: ["ANDROID_APPS"],
          message: `"${entry}" is not package.name@SHA-256 fingerprint (e.g. com.example.app@AA:BB:…)`,
        });
        continue;
      }
      const fingerprints = android.get(packageName.value) ?? [];
      if (!fingerprints.includes(fingerprint.value)) fingerprints.push(fingerprint.value);
      android.set(packageName.value, fingerprints);
    }
    return {
      ...cfg,
      staticApps: {
        ios,
        android: [...android].map(([packageName, certificateFingerprints]) => ({
          packageName,
          certificateFingerprints,
        })),
      },
    };
  })
  .superRefine((cfg, ctx) => {
    const db = cfg.database;
    if (db.lockTimeoutMs > db.statementTimeoutMs) {
      ctx.addIssue({
        code: "custom",
        path: ["DB_LOCK_TIMEOUT_MS"],
        message: "must not exceed DB_STATEMENT_TIMEOUT_MS (a lock wait is part of a statement)",
      });
    }
    for (const origin of cfg.rpOrigins) {
      if (origin.startsWith("android:apk-key-hash:")) continue;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        ctx.addIssue({ code: "custom", path: ["RP_ORIGINS"], message: `"${origin}" is not a URL` });
        continue;
      }
      if (url.origin !== origin) {
        ctx.addIssue({
          code: "custom",
          path: ["RP_ORIGINS"],
          message: `"${origin}" must be a bare origin such as ${url.origin}`,
        });
      } else if (url.protocol !== "https:" && url.hostname !== "localhost") {
        ctx.addIssue({
          code: "custom",
          path: ["RP_ORIGINS"],
          message: `"${origin}" must use https (http is allowed only for localhost)`,
        });
      }
    }
  });

function list(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

/** The one place the environment is read. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
