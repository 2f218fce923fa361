import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";
import type { QueryResult } from "typeorm/query-runner/QueryResult";

/**
 * The statements of the hot paths (a sign-in, reading the viewer) as SQL text with parameters,
 * without TypeORM's query builder. Profiled under load, building each statement and mapping its
 * rows back took more of the API's CPU than anything but the socket writes (docs/performance.md):
 * about 1.3 ms of a sign-in's 7. The text is built once per shape and kept.
 *
 * Table and column names, quoting and every value's conversion (dates, booleans, JSON) still come
 * from TypeORM's metadata and driver, so a row is written and read back exactly as a repository
 * would, on MySQL/MariaDB and on SQLite alike.
 */
export class LeanTable<T extends ObjectLiteral> {
  readonly table: string;
  private readonly columns: ColumnMetadata[];
  private readonly byProperty = new Map<string, ColumnMetadata>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly metadata: EntityMetadata,
  ) {
    this.table = this.quote(metadata.tableName);
    this.columns = metadata.columns;
    for (const column of this.columns) this.byProperty.set(column.propertyName, column);
  }

  /** `alias`.`column` for a WHERE or a join condition. */
  ref(alias: string, property: keyof T & string): string {
    return `${alias}.${this.columnName(property)}`;
  }

  /** Every column of the entity under `alias`, for a SELECT list that `hydrate` reads back. */
  selectList(alias: string): string {
    return this.text(`select:${alias}`, () =>
      this.columns
        .map((c) => `${alias}.${this.quote(c.databaseName)} AS ${this.quote(`${alias}__${c.databaseName}`)}`)
        .join(", "),
    );
  }

  /** The entity `selectList(alias)` selected in `row`; null when a left join found none (its primary key is null). */
  hydrate(row: Record<string, unknown>, alias: string): T | null {
    const driver = this.dataSource.driver;
    const primary = this.metadata.primaryColumns[0];
    if (row[`${alias}__${primary.databaseName}`] == null) return null;
    const entity = new (this.metadata.target as new () => T)();
    for (const column of this.columns) {
      const value = row[`${alias}__${column.databaseName}`];
      (entity as Record<string, unknown>)[column.propertyName] =
        value == null ? null : driver.prepareHydratedValue(value, column);
    }
    return entity;
  }

  /** One parameter as the driver stores this property's column. */
  value(property: keyof T & string, value: unknown): unknown {
    return this.dataSource.driver.preparePersistentValue(value, this.column(property));
  }

  /** INSERT of the properties `row` gives (undefined ones are left to the column defaults). */
  async insert(manager: EntityManager, row: Partial<T>): Promise<void> {
    const properties = Object.keys(row).filter((p) => (row as Record<string, unknown>)[p] !== undefined);
    const text = this.text(`insert:${properties.join(",")}`, () => {
      const names = properties.map((p) => this.columnName(p));
      return `INSERT INTO ${this.table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`;
    });
    await run(
      manager,
      text,
      properties.map((p) => this.value(p, (row as Record<string, unknown>)[p])),
    );
  }

  /**
   * UPDATE of `changes` where the properties `match` equal their values (null: IS NULL), plus
   * any `extra` condition in SQL over this table's columns (with its own parameters, after
   * those of `match`). Returns the rows changed.
   */
  async update(
    manager: EntityManager,
    match: Partial<T>,
    changes: Partial<T>,
    extra?: { sql: string; parameters: unknown[] },
  ): Promise<number> {
    const set = Object.keys(changes);
    const where = Object.keys(match);
    const key = `update:${set.join(",")}|${where.map((p) => ((match as Record<string, unknown>)[p] === null ? `${p}=null` : p)).join(",")}|${extra?.sql ?? ""}`;
    const text = this.text(key, () => {
      const conditions = where.map((p) => {
        const name = this.columnName(p);
        return (match as Record<string, unknown>)[p] === null ? `${name} IS NULL` : `${name} = ?`;
      });
      if (extra) conditions.push(`(${extra.sql})`);
      return `UPDATE ${this.table} SET ${set.map((p) => `${this.columnName(p)} = ?`).join(", ")} WHERE ${conditions.join(" AND ")}`;
    });
    const parameters = [
      ...set.map((p) => this.value(p, (changes as Record<string, unknown>)[p])),
      ...where
        .filter((p) => (match as Record<string, unknown>)[p] !== null)
        .map((p) => this.value(p, (match as Record<string, unknown>)[p])),
      ...(extra?.parameters ?? []),
    ];
    const result = await run(manager, text, parameters);
    return result.affected ?? 0;
  }

  /** A column's quoted name, unqualified (for an `extra` condition of `update`). */
  name(property: keyof T & string): string {
    return this.columnName(property);
  }

  private columnName(property: string): string {
    return this.quote(this.column(property).databaseName);
  }

  private column(property: string): ColumnMetadata {
    const column = this.byProperty.get(property);
    if (!column) throw new Error(`${this.metadata.name} has no column for ${property}`);
    return column;
  }

  /** This table's statement of shape `key`, built once. */
  private text(key: string, build: () => string): string {
    return statement(this.dataSource, `${this.metadata.tableName}:${key}`, build);
  }

  private quote(name: string): string {
    return this.dataSource.driver.escape(name);
  }
}

const tables = new WeakMap<DataSource, Map<unknown, LeanTable<ObjectLiteral>>>();

/** The lean statements of `target`'s table on `dataSource`, built once. */
export function lean<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>): LeanTable<T> {
  let forSource = tables.get(dataSource);
  if (!forSource) {
    forSource = new Map();
    tables.set(dataSource, forSource);
  }
  let table = forSource.get(target);
  if (!table) {
    table = new LeanTable(dataSource, dataSource.getMetadata(target));
    forSource.set(target, table);
  }
  return table as unknown as LeanTable<T>;
}

const statements = new WeakMap<DataSource, Map<string, string>>();

/**
 * A statement over several tables (a joined read), built by `build` the first time `key` is asked
 * for on `dataSource` and kept: like a table's own statements, the text of a shape never changes.
 */
export function statement(dataSource: DataSource, key: string, build: () => string): string {
  let forSource = statements.get(dataSource);
  if (!forSource) {
    forSource = new Map();
    statements.set(dataSource, forSource);
  }
  let text = forSource.get(key);
  if (text === undefined) {
    text = build();
    forSource.set(key, text);
  }
  return text;
}

/**
 * One statement with `manager`: on its transaction's connection when it has one, else on a
 * connection of the pool for this statement only.
 */
export async function run(manager: EntityManager, sql: string, parameters: unknown[]): Promise<QueryResult> {
  const own = manager.queryRunner;
  const runner = own ?? manager.connection.createQueryRunner();
  try {
    return await runner.query(sql, parameters, true);
  } finally {
    if (!own) await runner.release();
  }
}

/** The rows of a SELECT run with `run`. */
export async function rows(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown>[]> {
  return ((await run(manager, sql, parameters)).records ?? []) as Record<string, unknown>[];
}
