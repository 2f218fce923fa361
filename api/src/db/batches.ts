import { DataSource } from "typeorm";

/**
 * Deletes at most `limit` rows of `table` matching `where`, by their keys: DELETE … LIMIT is
 * MySQL-only, and neither MySQL nor MariaDB takes a LIMIT in an IN subquery, so the keys are read
 * first. Small batches keep each statement's locks short on a table that is in use.
 */
export async function deleteBatch(
  dataSource: DataSource,
  batch: { table: string; key: string; where: string; parameters: Record<string, unknown>; limit: number },
): Promise<number> {
  const key = dataSource.driver.escape(batch.key);
  const rows: { k: string }[] = await dataSource
    .createQueryBuilder()
    .select(`t.${key}`, "k")
    .from(batch.table, "t")
    .where(batch.where, batch.parameters)
    .limit(batch.limit)
    .getRawMany();
  if (rows.length === 0) return 0;
  await dataSource
    .createQueryBuilder()
    .delete()
    .from(batch.table)
    .where(`${key} IN (:...keys)`, { keys: rows.map((r) => r.k) })
    .execute();
  return rows.length;
}
