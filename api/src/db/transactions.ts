import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * The one way to run writes that must stay consistent. better-sqlite3 has a single
 * connection, where a second concurrent transaction fails ("cannot start a transaction
 * within a transaction"), so on SQLite transactions are queued one after another.
 */
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== "better-sqlite3") return this.dataSource.transaction(work);
    const next = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = next.catch(() => undefined);
    return next;
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
