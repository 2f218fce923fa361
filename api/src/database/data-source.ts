import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createConnection } from "mysql2/promise";
import { DataSource } from "typeorm";
import { entities } from "./entities";
import { mysqlMigrations } from "../db/migrations/mysql";
import { sqliteMigrations } from "../db/migrations/sqlite";

export type Dialect = "mysql" | "sqlite";

export function dialectOf(databaseUrl: string): Dialect {
  return databaseUrl.startsWith("mysql://") ? "mysql" : "sqlite";
}

/**
 * MariaDB reports column defaults differently from MySQL 8 in information_schema, and
 * TypeORM's "mariadb" driver reads them right: ask the server which one it is, so that the
 * schema check after migrations sees no phantom differences on either.
 */
async function mysqlFlavour(databaseUrl: string): Promise<"mysql" | "mariadb"> {
  const connection = await createConnection(databaseUrl);
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    return /mariadb/i.test((rows as { version: string }[])[0].version) ? "mariadb" : "mysql";
  } finally {
    await connection.end();
  }
}

export async function createDataSource(databaseUrl: string): Promise<DataSource> {
  if (dialectOf(databaseUrl) === "mysql") {
    return new DataSource({
      type: await mysqlFlavour(databaseUrl),
      url: databaseUrl,
      // Dates travel as UTC both ways; the server's zone never matters.
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      entities,
      migrations: mysqlMigrations,
      migrationsTableName: "migrations",
      extra: { connectionLimit: 10 },
    });
  }
  const path = resolve(databaseUrl.slice("sqlite:".length));
  mkdirSync(dirname(path), { recursive: true });
  return new DataSource({
    type: "better-sqlite3",
    database: path,
    entities,
    migrations: sqliteMigrations,
    migrationsTableName: "migrations",
    // WAL lets a second process (a CLI script, a second API) read while this one writes.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      db.pragma("foreign_keys = ON");
    },
  });
}
