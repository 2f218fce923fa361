import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import mysql2, { Pool, PoolConnection, PoolOptions } from "mysql2";
import { createConnection } from "mysql2/promise";
import { DataSource } from "typeorm";
import type { Config } from "../config";
import { isConnectionLost } from "../db/write-conflicts";
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
async function mysqlFlavour(databaseUrl: string, limits?: DatabaseLimits): Promise<MysqlServer> {
  const connection = await createConnection({ uri: databaseUrl, connectTimeout: limits?.connectTimeoutMs });
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    // Empty on MySQL and on MariaDB builds without wsrep; OFF on a MariaDB that is no Galera node.
    const [wsrep] = await connection.query("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'");
    return {
      flavour: /mariadb/i.test((rows as { version: string }[])[0].version) ? "mariadb" : "mysql",
      galera: (wsrep as { Value: string }[])[0]?.Value === "ON",
    };
  } finally {
    await connection.end();
  }
}

interface MysqlServer {
  flavour: "mysql" | "mariadb";
  /** A Galera node (wsrep_on): it applies other nodes' writes asynchronously. */
  galera: boolean;
}

/**
 * Galera replicates at commit but applies other nodes' writes asynchronously, so a challenge,
 * code or session written through one node may not be readable yet through another.
 * wsrep_sync_wait = 1 makes every SELECT and BEGIN on the connection wait until the node has
 * applied every write the cluster had committed when the statement arrived (read-your-writes
 * across nodes). Per connection rather than per statement: every read of a ceremony, a code or a
 * session needs it, and the cost is at most one cluster round trip (measured in docs/cluster.md).
 */
export const CAUSAL_READS = "wsrep_sync_wait = 1";

export function causalReadsWanted(setting: "auto" | "on" | "off", server: MysqlServer): boolean {
  return setting === "on" || (setting === "auto" && server.galera);
}

/** How long the database may keep a request waiting; absent for migrations and operator scripts. */
export type DatabaseLimits = Config["database"];

/** The error a pool gives when no connection came free within DB_ACQUIRE_TIMEOUT_MS. */
export class AcquireTimeoutError extends Error {
  readonly code = "DB_ACQUIRE_TIMEOUT";
  constructor(ms: number) {
    super(`No database connection came free within ${ms} ms.`);
  }
}

/**
 * mysql2 with the limits TypeORM has no options for: every new connection sets its session's
 * statement and lock timeouts before its first query (queries on a connection run in order),
 * and a caller waiting for a pooled connection gives up after the acquire timeout instead of
 * waiting for as long as the queue is long.
 */
function limitedMysql({ flavour, galera }: MysqlServer, limits: DatabaseLimits) {
  const lockSeconds = Math.max(1, Math.ceil(limits.lockTimeoutMs / 1000));
  // MariaDB counts max_statement_time in seconds and applies it to every statement; MySQL 8's
  // max_execution_time is in ms and covers SELECTs, while writes are bounded by the lock waits.
  const statementLimit =
    flavour === "mariadb"
      ? `max_statement_time = ${limits.statementTimeoutMs / 1000}`
      : `max_execution_time = ${limits.statementTimeoutMs}`;
  const causal = causalReadsWanted(limits.causalReads, { flavour, galera }) ? `, ${CAUSAL_READS}` : "";
  const session = `SET SESSION ${statementLimit}, lock_wait_timeout = ${lockSeconds}, innodb_lock_wait_timeout = ${lockSeconds}${causal}`;
  return {
    ...mysql2,
    createPool(options: PoolOptions): Pool {
      const pool = mysql2.createPool(options);
      pool.on("connection", (connection) => {
        // A connection that cannot take its limits is not used: the query queued behind this fails.
        connection.query(session, (error) => error && connection.destroy());
        readsSurviveLostConnections(pool, connection);
      });
      const acquire = pool.getConnection.bind(pool);
      pool.getConnection = ((callback: (error: unknown, connection?: PoolConnection) => void) => {
        let settled = false;
        const timer = setTimeout(() => {
          settled = true;
          callback(new AcquireTimeoutError(limits.acquireTimeoutMs));
        }, limits.acquireTimeoutMs);
        // A connection that dies while it is opened (its node killed mid-handshake) ran nothing: open another.
        let tries = 0;
        const handOver = (error: unknown, connection?: PoolConnection) => {
          if (settled) {
            connection?.release();
            return;
          }
          if (error && isConnectionLost(error) && ++tries < 3) return acquire(handOver);
          settled = true;
          clearTimeout(timer);
          callback(error, connection);
        };
        acquire(handOver);
      }) as Pool["getConnection"];
      return pool;
    },
  };
}

type QueryCallback = (error: unknown, ...results: unknown[]) => void;

/**
 * A SELECT outside a transaction whose connection died under it (its database node killed, a
 * proxy cutting connections to a node marked down) runs once more on a fresh pooled connection:
 * a read changes nothing, so it is always safe to repeat. Writes are not repeated here (whether
 * an autocommit write committed is unknown); transactions are repeated whole by Transactions.
 */
function readsSurviveLostConnections(pool: Pool, connection: PoolConnection) {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  let inTransaction = false;
  connection.query = ((sql: unknown, values: unknown, callback: unknown) => {
    const text = typeof sql === "string" ? sql : String((sql as { sql?: string })?.sql ?? "");
    if (/^\s*(START TRANSACTION|BEGIN)\b/i.test(text)) inTransaction = true;
    else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(text)) inTransaction = false;
    if (inTransaction || typeof callback !== "function" || !/^\s*SELECT\b/i.test(text)) {
      return query(sql, values, callback);
    }
    const done = callback as QueryCallback;
    return query(sql, values, (error: unknown, ...results: unknown[]) => {
      if (!error || !isConnectionLost(error)) return done(error, ...results);
      pool.getConnection((acquireError, fresh) => {
        if (acquireError || !fresh) return done(error);
        (fresh.query as (...args: unknown[]) => unknown)(sql, values, (again: unknown, ...rows: unknown[]) => {
          fresh.release();
          done(again, ...rows);
        });
      });
    });
  }) as PoolConnection["query"];
}

export async function createDataSource(databaseUrl: string, limits?: DatabaseLimits): Promise<DataSource> {
  if (dialectOf(databaseUrl) === "mysql") {
    const server = await mysqlFlavour(databaseUrl, limits);
    return new DataSource({
      type: server.flavour,
      ...(limits ? { connectorPackage: "mysql2" as const, driver: limitedMysql(server, limits) } : {}),
      url: databaseUrl,
      // Dates travel as UTC both ways; the server's zone never matters.
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      entities,
      migrations: mysqlMigrations,
      migrationsTableName: "migrations",
      extra: limits
        ? {
            connectionLimit: limits.poolSize,
            queueLimit: limits.poolQueue,
            connectTimeout: limits.connectTimeoutMs,
            // A dead peer is noticed by TCP keep-alive rather than by the next request's timeout.
            enableKeepAlive: true,
          }
        : { connectionLimit: 10 },
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
      // better-sqlite3 waits for a lock synchronously, holding the whole process: keep it short when serving.
      db.pragma(`busy_timeout = ${limits ? limits.lockTimeoutMs : 5000}`);
      db.pragma("foreign_keys = ON");
    },
  });
}

const unavailableCodes = new Set([
  // Lock and statement timeouts: MySQL/MariaDB, SQLite
  "ER_LOCK_WAIT_TIMEOUT",
  "ER_STATEMENT_TIMEOUT",
  "ER_QUERY_TIMEOUT",
  "ER_QUERY_INTERRUPTED",
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  // The server is down, unreachable or full
  "DB_ACQUIRE_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
]);
const unavailableMessages =
  /^(Queue limit reached|Pool is closed|Can't add new command when connection is in closed state|WSREP has not yet prepared node)/;

/**
 * Whether an error says the database is slow, locked or unreachable (the request may succeed
 * later) rather than that our query is wrong. TypeORM wraps driver errors; GraphQL wraps ours.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as any, depth = 0; e && depth < 5; depth++) {
    const code = typeof e.code === "string" ? e.code : "";
    if (unavailableCodes.has(code) || code.startsWith("SQLITE_BUSY")) return true;
    if (typeof e.message === "string" && unavailableMessages.test(e.message)) return true;
    e = e.originalError ?? e.driverError ?? e.cause;
  }
  return false;
}
