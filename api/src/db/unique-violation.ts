import { QueryFailedError } from "typeorm";

/**
 * True when a write failed on a unique index: MySQL/MariaDB ER_DUP_ENTRY (1062), SQLite
 * SQLITE_CONSTRAINT_UNIQUE. A check-then-insert can lose a race; the index is the real
 * guard, and its failure means the same thing as the check's.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string; errno?: number } }).driverError;
  return (
    driverError?.code === "ER_DUP_ENTRY" ||
    driverError?.errno === 1062 ||
    driverError?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    driverError?.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}
