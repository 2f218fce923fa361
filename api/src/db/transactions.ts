import { DataSource, EntityManager } from "typeorm";

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
