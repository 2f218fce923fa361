import { RateLimiterAbstract, RateLimiterMySQL, RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { DataSource } from "typeorm";
import { Config } from "../../config";
import { rateLimited } from "../../errors";

/** The sign-in finishes that are limited; each counts on its own account key, all share the IP key. */
export type SignInKind = "password" | "code" | "passkey";

/**
 * Brute-force limits on sign-in, with their counters in the database (table rate_limits, in
 * rate-limiter-flexible's own layout), so every API replica sees the same counts.
 *
 * Only failures count, once per operation executed (so aliases and batched mutations each
 * count). Per account it is strict but short — 10 failures in 15 minutes lock that account
 * for 5 minutes (Keycloak's brute-force detection: a short wait, never a lockout a colleague
 * could use as a weapon) and a success clears it; per IP it is generous — 300 failures in 15
 * minutes (a whole office signs in from one address at nine o'clock); both well inside OWASP
 * ASVS 2.2.1's "no more than 100 failed attempts per hour" per account.
 */
export class RateLimitService {
  private readonly account: RateLimiterAbstract;
  private readonly ip: RateLimiterAbstract;

  constructor(dataSource: DataSource, config: Config) {
    const { rateLimits } = config;
    const store = storeOptions(dataSource, config);
    this.account = store({
      keyPrefix: "account",
      points: rateLimits.accountAttempts,
      duration: rateLimits.accountWindowSeconds,
      blockDuration: rateLimits.accountBlockSeconds,
    });
    this.ip = store({ keyPrefix: "ip", points: rateLimits.ipAttempts, duration: rateLimits.ipWindowSeconds });
  }

  /** Refuses the attempt with RATE_LIMITED when its account or its IP has used up its failures. */
  async check(kind: SignInKind, account: string | null, ip: string | null): Promise<void> {
    const [byAccount, byIp] = await Promise.all([
      account ? this.account.get(accountKey(kind, account)) : null,
      ip ? this.ip.get(ip) : null,
    ]);
    const waits = [blockedFor(byAccount, this.account.points), blockedFor(byIp, this.ip.points)].filter(
      (s): s is number => s !== null,
    );
    if (waits.length) throw rateLimited(Math.max(...waits));
  }

  /** Counts a failed attempt against the account and the IP. */
  async failed(kind: SignInKind, account: string | null, ip: string | null): Promise<void> {
    await Promise.all([
      account ? this.account.consume(accountKey(kind, account)).catch(ignoreRejection) : null,
      ip ? this.ip.consume(ip).catch(ignoreRejection) : null,
    ]);
  }

  /** A success clears the account's failures (not the IP's). */
  async succeeded(kind: SignInKind, account: string | null): Promise<void> {
    if (account) await this.account.delete(accountKey(kind, account));
  }
}

const accountKey = (kind: SignInKind, account: string) => `${kind}:${account.toLowerCase()}`;

function blockedFor(res: RateLimiterRes | null, points: number): number | null {
  if (!res || res.consumedPoints < points) return null;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** consume() rejects with the RateLimiterRes once the limit is passed; the next check() reports it. */
function ignoreRejection(error: unknown) {
  if (error instanceof RateLimiterRes) return;
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
