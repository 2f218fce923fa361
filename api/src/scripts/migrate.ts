import "reflect-metadata";
import { ConfigError, loadConfig } from "../config";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";

async function main() {
  const dataSource = await createDataSource(loadConfig().databaseUrl);
  await dataSource.initialize();
  const ran = await migrate(dataSource);
  console.log(ran.length ? `Ran ${ran.length} migration(s): ${ran.join(", ")}` : "Database is up to date.");
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
