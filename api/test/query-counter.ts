import { DataSource } from "typeorm";

/**
 * Counts the SQL statements `work` sends through `dataSource` (TypeORM hands every statement
 * to its logger, whatever the logging settings), to prove a resolver does not query per row.
 */
export async function countQueries(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<{ count: number; queries: string[] }> {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  const queries: string[] = [];
  logger.logQuery = function (query, parameters, runner) {
    queries.push(query);
    return original.call(this, query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return { count: queries.length, queries };
}
