import { createHash } from "node:crypto";
import { RateLimiterAbstract, RateLimiterMySQL, RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { DataSource } from "typeorm";
import { Config } from "../../config";
import { deleteBatch } from "../../db/batches";
import { statement } from "../../db/lean";
import { rateLimited } from "../../errors";
import { rateLimitHits } from "../../metrics";

/** The sign-in finishes that are limited; each counts on its own account key, all share the IP key. */
export type SignInKind = "password" | "code" | "passkey";

/**
 * Brute-force limits on sign-in, with their counters in the database (table rate_limits, in
 * rate-limiter-flexible's own layout), so every API replica sees the same counts.
 *
 * Only failures count, once per operation executed. (Mutations run one after another and a
 * failed sign-in fails its non-null field, which stops the rest of the request: aliases and
 * several sign-in mutations in one request never get more than one failure through.)
 *
 * Per account it is strict but short: the 10th failure within 15 minutes locks the account
 * for 5 minutes (Microsoft Entra's smart lockout and Keycloak's brute-force detection: a short
 * wait, never a lockout a colleague could use as a weapon), and while the 15-minute count is
 * still full, each further failure locks it again. A steady guesser so gets about 12 tries per
 * quarter of an hour, inside OWASP ASVS 2.2.1's "no more than 100 failed attempts per hour";
 * a success clears both. Per IP it is generous — 300 failures in 15 minutes (a whole office
 * signs in from one address at nine o'clock) — and refused until that window ends.
 */
export class RateLimitService {
  private readonly account: RateLimiterAbstract;
  private readonly ip: RateLimiterAbstract;
  private readonly lockSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    config: Config,
  ) {
    const { rateLimits } = config;
    const store = storeOptions(dataSource, config);
    this.account = store({
      keyPrefix: "account",
      points: rateLimits.accountAttempts,
      duration: rateLimits.accountWindowSeconds,
    });
    this.ip = store({ keyPrefix: "ip", points: rateLimits.ipAttempts, duration: rateLimits.ipWindowSeconds });
    this.lockSeconds = rateLimits.accountBlockSeconds;
  }

  /**
   * Refuses the attempt with RATE_LIMITED while its account is locked or its IP has used up its
   * failures. Says whether the account has failures on record, so that a success clears them only
   * when there is something to clear. `account` is null for passkeys: they cannot be guessed, so
   * they are limited per IP only and a failure never locks a credential or its owner.
   */
  async check(kind: SignInKind, account: string | null, ip: string | null): Promise<{ accountFailures: boolean }> {
    const keys = {
      count: account ? this.account.getKey(countKey(kind, account)) : null,
      lock: account ? this.account.getKey(lockKey(kind, account)) : null,
      ip: ip ? this.ip.getKey(ip) : null,
    };
    // The three rows in one statement (rate-limiter-flexible's get() is one statement and one pooled
    // connection each), read as its get() reads them.
    const wanted = Object.values(keys).filter((key): key is string => key !== null);
    const stored = new Map<string, { points: unknown; expire: unknown }>();
    if (wanted.length) {
      const quote = (name: string) => this.dataSource.driver.escape(name);
      const sql = statement(
        this.dataSource,
        `rate-limit-rows:${wanted.length}`,
        () =>
          `SELECT ${quote("key")} AS k, ${quote("points")} AS points, ${quote("expire")} AS expire ` +
          `FROM ${quote("rate_limits")} WHERE ${quote("key")} IN (${wanted.map(() => "?").join(", ")})`,
      );
      const rows = (await this.dataSource.query(sql, wanted)) as { k: string; points: unknown; expire: unknown }[];
      for (const row of rows) stored.set(row.k, row);
    }
    const read = (key: string | null, points: number) => {
      const row = key ? stored.get(key) : undefined;
      return row ? storedResult(row, points) : null;
    };
    const count = read(keys.count, this.account.points);
    const lock = read(keys.lock, this.account.points);
    const byIp = read(keys.ip, this.ip.points);
    const waits = [blockedFor(lock, this.account.points), blockedFor(byIp, this.ip.points)].filter(
      (s): s is number => s !== null,
    );
    if (waits.length)
      rateLimitHits.inc({ kind, scope: blockedFor(lock, this.account.points) === null ? "ip" : "account" });
    if (waits.length) throw rateLimited(Math.max(...waits));
    return { accountFailures: Boolean(count?.consumedPoints || lock) };
  }

  /**
   * The row that holds `ip`'s failure count, for a verifier that reads the IP's state inside its
   * own lookup (the passkey finish: a LEFT JOIN by primary key, which finds no row for an address
   * that never failed), so that a sign-in without failures sends no statement of its own here.
   */
  ipRowKey(ip: string): string {
    return this.ip.getKey(ip);
  }

  /** RATE_LIMITED when the IP's row, as read by `ipRowKey`'s lookup, has used up its failures. */
  checkIpRow(kind: SignInKind, row: { points: unknown; expire: unknown } | null): void {
    const wait = blockedFor(row ? storedResult(row, this.ip.points) : null, this.ip.points);
    if (wait === null) return;
    rateLimitHits.inc({ kind, scope: "ip" });
    throw rateLimited(wait);
  }

  /** Counts a failed attempt against the account (locking it once its count is full) and the IP. */
  async failed(kind: SignInKind, account: string | null, ip: string | null): Promise<void> {
    const countAccount = async (account: string) => {
      const counted = await this.account.consume(countKey(kind, account)).catch(resultOf);
      if (counted.consumedPoints >= this.account.points) {
        await this.account.block(lockKey(kind, account), this.lockSeconds);
      }
    };
    await Promise.all([account ? countAccount(account) : null, ip ? this.ip.consume(ip).catch(resultOf) : null]);
  }

  /** A success clears the account's failures and lock (not the IP's count). */
  async succeeded(kind: SignInKind, account: string | null): Promise<void> {
    if (!account) return;
    await Promise.all([this.account.delete(countKey(kind, account)), this.account.delete(lockKey(kind, account))]);
  }
}

/** Counter rows whose window ended before `before` (rate-limiter-flexible's `expire`, in ms). */
export function deleteExpiredCounters(dataSource: DataSource, before: Date, limit: number): Promise<number> {
  return deleteBatch(dataSource, {
    table: "rate_limits",
    key: "key",
    where: "t.expire < :before",
    parameters: { before: before.getTime() },
    limit,
  });
}

/**
 * The account part is hashed: the key column is ASCII (MySQL refused to compare it with a
 * unicode email or slug, found by the fuzz suite), and a digest also bounds the key's length.
 */
const accountDigest = (account: string) => createHash("sha256").update(account.toLowerCase()).digest("base64url");
const countKey = (kind: SignInKind, account: string) => `${kind}:${accountDigest(account)}`;
const lockKey = (kind: SignInKind, account: string) => `lock:${kind}:${accountDigest(account)}`;

/**
 * A stored counter row as rate-limiter-flexible's get() reads it: none when absent or past its expiry
 * (`expire` in ms, null for a row that never expires).
 */
function storedResult(row: { points: unknown; expire: unknown }, points: number): RateLimiterRes | null {
  if (row.points === null || row.points === undefined) return null;
  const expire = row.expire === null || row.expire === undefined ? null : Number(row.expire);
  if (expire !== null && expire <= Date.now()) return null;
  const consumed = Number(row.points);
  return new RateLimiterRes(
    Math.max(points - consumed, 0),
    expire === null ? -1 : Math.max(expire - Date.now(), 0),
    consumed,
  );
}

function blockedFor(res: RateLimiterRes | null, points: number): number | null {
  if (!res || res.consumedPoints < points) return null;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** consume() rejects with the RateLimiterRes once the limit is passed; that result is what we read. */
function resultOf(error: unknown): RateLimiterRes {
  if (error instanceof RateLimiterRes) return error;
  throw error;
}

type LimiterOptions = { keyPrefix: string; points: number; duration: number; blockDuration?: number };

function storeOptions(dataSource: DataSource, config: Config): (options: LimiterOptions) => RateLimiterAbstract {
  const common = { tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false };
  if (dataSource.options.type === "better-sqlite3") {
    const storeClient = (dataSource.driver as unknown as { databaseConnection: unknown }).databaseConnection;
    return (options) => new RateLimiterSQLite({ ...common, ...options, storeClient, storeType: "better-sqlite3" });
  }
  const storeClient = (dataSource.driver as unknown as { pool: unknown }).pool;
  const dbName = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  return (options) => new RateLimiterMySQL({ ...common, ...options, storeClient, storeType: "pool", dbName });
}
