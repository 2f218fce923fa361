import "reflect-metadata";
import { createServer } from "node:http";
import net from "node:net";
import { systemClock } from "./clock";
import { ConfigError, loadConfig } from "./config";
import { createDataSource } from "./database/data-source";
import { migrate } from "./database/migrate";
import { createLogger } from "./logger";
import { loadTrustRoots } from "./modules/passkeys/webauthn/trust-roots";
import { createApp } from "./server";
import { createServices } from "./services";

/** After SIGTERM, this many 25 ms turns without a request on the connections still open means they are idle. */
const QUIET_TURNS = 20;

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const trustRoots = await loadTrustRoots(config.attestationTrustRoots);
  if (trustRoots.mdsNextUpdate && trustRoots.mdsNextUpdate.getTime() < Date.now()) {
    logger.warn({ nextUpdate: trustRoots.mdsNextUpdate }, "the FIDO metadata BLOB is stale: fetch a newer one");
  }
  // Migrations run without the serving limits: a long ALTER is not a stuck request.
  const migrations = await createDataSource(config.databaseUrl);
  await migrations.initialize();
  const ran = await migrate(migrations);
  await migrations.destroy();
  if (ran.length) logger.info({ migrations: ran }, "migrated");
  const dataSource = await createDataSource(config.databaseUrl, config.database);
  await dataSource.initialize();
  const services = createServices(config, dataSource, systemClock, logger, trustRoots);
  const { app, lifecycle, stop } = await createApp(services);
  const stopHousekeeping = services.housekeeping.schedule((result, error) => {
    if (error) logger.error({ err: error }, "housekeeping failed");
    else if (result) logger.info({ deleted: result }, "housekeeping");
  });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    logger.info({ port: config.port, rpId: config.rpId, origins: config.rpOrigins }, "passkeys API listening");
  });

  /**
   * SIGTERM: stop listening, serve the requests on connections already open (each response then
   * closes its connection), and once none is left, or nothing came for a moment, close what is
   * idle, then the pool. After SHUTDOWN_GRACE_MS whatever is left is cut off, so a stuck request
   * cannot hold a deploy. net.Server's close, not http.Server's: the latter also drops accepted
   * connections whose request has not been read yet.
   */
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopHousekeeping();
    logger.info({ signal, inFlight: lifecycle.inFlight }, "shutting down: draining requests");
    lifecycle.draining = true;
    net.Server.prototype.close.call(server);
    const deadline = Date.now() + config.shutdownGraceMs;
    // Quiet is counted in loop turns, not wall time: after a stall the timers run before pending
    // reads, and a request whose bytes are waiting must not be mistaken for silence.
    let quietTurns = 0;
    let drained = false;
    while (Date.now() < deadline) {
      const open = await new Promise<number>((done) => server.getConnections((_e, count) => done(count ?? 0)));
      quietTurns = lifecycle.inFlight > 0 ? 0 : quietTurns + 1;
      if (open === 0 || quietTurns >= QUIET_TURNS) {
        drained = lifecycle.inFlight === 0;
        break;
      }
      await new Promise((wake) => setTimeout(wake, 25));
    }
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
