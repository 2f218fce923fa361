import "reflect-metadata";
import cluster from "node:cluster";
import { createServer } from "node:http";
import net from "node:net";
import { systemClock } from "./clock";
import { Config, ConfigError, loadConfig } from "./config";
import { createDataSource } from "./database/data-source";
import { migrate } from "./database/migrate";
import type { Logger } from "pino";
import pino from "pino";
import { createLogger } from "./logger";
import { loadTrustRoots } from "./modules/passkeys/webauthn/trust-roots";
import { createApp } from "./server";
import { serveClusterMetrics } from "./metrics";
import { createServices } from "./services";

/** After SIGTERM, this many 25 ms turns without a request on the connections still open means they are idle. */
const QUIET_TURNS = 20;

async function main() {
  const config = loadConfig();
  // Written from a buffer off the request path: one write syscall per line on the event loop
  // was 2 % of a sign-in's CPU. Pino flushes what is buffered when the process exits.
  const logger = createLogger(
    config,
    config.nodeEnv === "test" ? undefined : pino.destination({ dest: 1, sync: false }),
  );
  if (cluster.isPrimary && config.workers > 1) return primary(config, logger);
  const trustRoots = await loadTrustRoots(config.attestationTrustRoots);
  if (trustRoots.mdsNextUpdate && trustRoots.mdsNextUpdate.getTime() < Date.now()) {
    logger.warn({ nextUpdate: trustRoots.mdsNextUpdate }, "the FIDO metadata BLOB is stale: fetch a newer one");
  }
  // A worker's primary has migrated already.
  if (cluster.isPrimary) await runMigrations(config, logger);
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

/** Migrations run without the serving limits: a long ALTER is not a stuck request. */
async function runMigrations(config: Config, logger: Logger) {
  const migrations = await createDataSource(config.databaseUrl);
  await migrations.initialize();
  const ran = await migrate(migrations);
  await migrations.destroy();
  if (ran.length) logger.info({ migrations: ran }, "migrated");
}

/**
 * WORKERS > 1: this process migrates, then runs that many API processes on the one port
 * (node:cluster hands each connection to one of them). They share nothing but the database, as
 * replicas do, so a ceremony started in one finishes in another. A worker that dies is replaced;
 * SIGTERM is passed on, each worker drains as a single process does, and this one exits 0 when
 * all of them stopped cleanly.
 */
async function primary(config: Config, logger: Logger) {
  await runMigrations(config, logger);
  serveClusterMetrics();
  let stopping = false;
  let clean = true;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping) {
      logger.error({ pid: worker.process.pid, code, signal }, "worker stopped: starting another");
      cluster.fork();
      return;
    }
    clean &&= code === 0;
    if (Object.keys(cluster.workers ?? {}).length === 0) {
      logger.info({ drained: clean }, "stopped");
      process.exit(clean ? 0 : 1);
    }
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: config.workers }, "shutting down: stopping workers");
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
