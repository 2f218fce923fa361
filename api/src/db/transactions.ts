import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { backoff, defaultRetryPolicy, isDeadlock, retryable, RetryPolicy, WriteConflictError } from "./write-conflicts";

/**
 * The one way to run writes that must stay consistent. better-sqlite3 has a single
 * connection, where a second concurrent transaction fails ("cannot start a transaction
 * within a transaction"), so on SQLite transactions are queued one after another.
 *
 * On MySQL/MariaDB a try that loses to a concurrent write (a deadlock, a Galera certification
 * failure, a lock wait timeout) or whose connection dies before COMMIT is rolled back and the
 * whole `work` runs again from the start on a fresh connection, a bounded number of times with
 * jittered backoff. So `work` must do nothing but database work through its manager (or work
 * that is the same when repeated). Deadlocks that outlast every try become a WriteConflictError.
 */
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly retry: RetryPolicy = defaultRetryPolicy,
  ) {}

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== "better-sqlite3") return this.withRetries(work);
    const next = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async withRetries<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let committing = false;
      const runner = this.dataSource.createQueryRunner();
      try {
        await runner.connect();
        await runner.startTransaction();
        const result = await work(runner.manager);
        committing = true;
        await runner.commitTransaction();
        return result;
      } catch (error) {
        // After a failed COMMIT too: the connection goes back to the pool with no transaction open.
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        if (!retryable(error, committing, attempt, this.retry)) {
          if (isDeadlock(error)) throw new WriteConflictError(attempt, error);
          throw error;
        }
        await backoff(error, attempt, this.retry);
      } finally {
        await runner.release().catch(() => undefined);
      }
    }
  }
}

/**
 * SELECT … FOR UPDATE where the engine has row locks (MySQL, MariaDB), so a check-then-write
 * ("is another admin left?") cannot race; SQLite runs one transaction at a time (above) and
 * has no such clause.
 */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query.connection.options.type === "better-sqlite3" ? query : query.setLock("pessimistic_write");
}
