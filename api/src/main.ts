import "reflect-metadata";
import { createServer } from "node:http";
import { systemClock } from "./clock";
import { ConfigError, loadConfig } from "./config";
import { createDataSource } from "./database/data-source";
import { migrate } from "./database/migrate";
import { createLogger } from "./logger";
import { loadTrustRoots } from "./modules/passkeys/webauthn/trust-roots";
import { createApp } from "./server";
import { createServices } from "./services";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const trustRoots = await loadTrustRoots(config.attestationTrustRoots);
  if (trustRoots.mdsNextUpdate && trustRoots.mdsNextUpdate.getTime() < Date.now()) {
    logger.warn({ nextUpdate: trustRoots.mdsNextUpdate }, "the FIDO metadata BLOB is stale: fetch a newer one");
  }
  const dataSource = await createDataSource(config.databaseUrl);
  await dataSource.initialize();
  const ran = await migrate(dataSource);
  if (ran.length) logger.info({ migrations: ran }, "migrated");
  const services = createServices(config, dataSource, systemClock, logger, trustRoots);
  const { app, stop } = await createApp(services);
  const stopHousekeeping = services.housekeeping.schedule((result, error) => {
    if (error) logger.error({ err: error }, "housekeeping failed");
    else if (result) logger.info({ deleted: result }, "housekeeping");
  });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    logger.info({ port: config.port, rpId: config.rpId, origins: config.rpOrigins }, "passkeys API listening");
  });
  const shutdown = async () => {
    stopHousekeeping();
    server.close();
    await stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
