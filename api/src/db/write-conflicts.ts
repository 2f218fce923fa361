/**
 * Errors that say "run the whole transaction again": MySQL/MariaDB deadlocks (1213), which is also
 * what Galera answers when a transaction loses certification against a write made through another
 * node ("Deadlock found when trying to get lock; try restarting transaction", at COMMIT or at any
 * statement after a brute-force abort), and lock wait timeouts (1205). Either way the server has
 * rolled the transaction back (or we do), so nothing of it was kept.
 */

/** What a driver error looks like once TypeORM has wrapped it. */
interface DriverFailure {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  driverError?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

function* chain(error: unknown): Generator<DriverFailure> {
  for (let e = error as DriverFailure | undefined, depth = 0; e && depth < 5; depth++) {
    yield e;
    e = (e.driverError ?? e.originalError ?? e.cause) as DriverFailure | undefined;
  }
}

const has = (error: unknown, code: string, errno: number) =>
  [...chain(error)].some((e) => e.code === code || e.errno === errno);

export const isDeadlock = (error: unknown) => has(error, "ER_LOCK_DEADLOCK", 1213);
export const isLockWaitTimeout = (error: unknown) => has(error, "ER_LOCK_WAIT_TIMEOUT", 1205);

const lostCodes = new Set(["PROTOCOL_CONNECTION_LOST", "ECONNRESET", "EPIPE", "ECONNREFUSED", "ER_SERVER_SHUTDOWN"]);

/**
 * The connection died (a database node killed, a proxy switching to another node). Safe to
 * retry only when it happened before COMMIT was sent: the server rolls back an open
 * transaction whose connection goes away.
 */
export const isConnectionLost = (error: unknown) =>
  [...chain(error)].some(
    (e) =>
      (typeof e.code === "string" && lostCodes.has(e.code)) ||
      (typeof e.message === "string" && /in closed state|Connection lost/i.test(e.message)),
  );

/** A transaction that lost every try to a write conflict: the caller may try again at once. */
export class WriteConflictError extends Error {
  readonly code = "DB_WRITE_CONFLICT";
  constructor(
    readonly attempts: number,
    readonly cause: unknown,
  ) {
    super(`The transaction lost ${attempts} times to concurrent writes.`);
  }
}

export interface RetryPolicy {
  /** Tries in all for a deadlock or certification failure. */
  deadlockAttempts: number;
  /** Tries in all for a lock wait timeout: each try already waited DB_LOCK_TIMEOUT_MS. */
  lockWaitAttempts: number;
  /** Tries in all when the connection died before COMMIT. */
  connectionAttempts: number;
  /** Backoff after try n (1-based): half of the base, plus a random share of half of base × 2^(n-1) (jitter). */
  baseDelayMs: number;
  /** After a lost connection: long enough for a proxy to notice the node is gone. */
  connectionDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  deadlockAttempts: 4,
  lockWaitAttempts: 2,
  connectionAttempts: 3,
  baseDelayMs: 10,
  connectionDelayMs: 250,
};

/** Which failures of a try may run again, given where the try failed. */
export function retryable(error: unknown, committing: boolean, attempt: number, policy: RetryPolicy): boolean {
  if (isDeadlock(error)) return attempt < policy.deadlockAttempts;
  if (isLockWaitTimeout(error)) return attempt < policy.lockWaitAttempts;
  if (!committing && isConnectionLost(error)) return attempt < policy.connectionAttempts;
  return false;
}

export const backoff = (error: unknown, attempt: number, policy: RetryPolicy) => {
  const base = isConnectionLost(error) ? policy.connectionDelayMs : policy.baseDelayMs;
  return new Promise((resolve) => setTimeout(resolve, base / 2 + (Math.random() * base * 2 ** (attempt - 1)) / 2));
};
