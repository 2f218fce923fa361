// Prints the SQL that would bring DATABASE_URL's schema in line with the entities:
// the starting point for a new migration in each dialect's folder (read it, keep it small).
import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../database/data-source";

async function main() {
  const dataSource = await createDataSource(loadConfig().databaseUrl);
  await dataSource.initialize();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  console.log("// down");
  for (const q of sql.downQueries.reverse()) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
