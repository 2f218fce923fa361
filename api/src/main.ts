import "reflect-metadata";
import { createServer } from "node:http";
import { systemClock } from "./clock";
import { ConfigError, loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { migrate } from "./db/migrate";
import { createLogger } from "./logger";
import { createApp } from "./server";
import { createServices } from "./services";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  // Migrations run without the serving limits: a long ALTER is not a stuck request.
  const migrations = await createDataSource(config.databaseUrl);
  await migrations.initialize();
  const ran = await migrate(migrations);
  await migrations.destroy();
  if (ran.length) logger.info({ migrations: ran }, "migrated");
  const dataSource = await createDataSource(config.databaseUrl, config.database);
  await dataSource.initialize();
  const services = createServices(config, dataSource, systemClock, logger);
  const { app, lifecycle, stop } = await createApp(services);
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    logger.info({ port: config.port, rpId: config.rpId, origins: config.rpOrigins }, "passkeys API listening");
  });

  /**
   * SIGTERM: stop accepting connections, let the requests already in run to the end (new ones
   * on open keep-alive connections get a 503), close idle connections, then the pool. After
   * SHUTDOWN_GRACE_MS whatever is left is cut off, so a stuck request cannot hold a deploy.
   */
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: lifecycle.inFlight }, "shutting down: draining requests");
    lifecycle.draining = true;
    server.close();
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      lifecycle.idle().then(() => true),
      new Promise<boolean>((done) => (timer = setTimeout(() => done(false), config.shutdownGraceMs))),
    ]);
    clearTimeout(timer);
    if (!drained) logger.warn({ inFlight: lifecycle.inFlight }, "drain deadline passed: closing open requests");
    server.closeAllConnections();
    await stop();
    await dataSource.destroy();
    logger.info({ drained }, "stopped");
    process.exit(drained ? 0 : 1);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
