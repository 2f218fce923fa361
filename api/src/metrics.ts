import { Kind } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register } from "prom-client";
import type { DataSource } from "typeorm";

/**
 * Prometheus metrics (prom-client, its global registry), for GET /metrics. Each process counts its
 * own; with WORKERS > 1 the worker that gets the scrape asks the primary, which sums every worker's
 * registry with prom-client's AggregatorRegistry (counters and histograms add up, gauges add up
 * unless prom-client says otherwise for a default metric). Summing, not a `worker` label: the
 * balancer hands each scrape to any one worker, so per-worker series would jump between workers
 * from one scrape to the next, and a worker replaced after a crash would leave a dead series.
 */

const PREFIX = "passkeys_";

collectDefaultMetrics({ prefix: PREFIX });

/** Every sign-in that reached the verifier, by method (PASSWORD, PASSKEY, SIGN_IN_CODE) and outcome. */
export const signIns = new Counter({
  name: `${PREFIX}sign_ins_total`,
  help: "Sign-ins that reached the verifier, by method and outcome (succeeded or failed).",
  labelNames: ["method", "outcome"] as const,
});

/** Seconds per ceremony step, measured around the mutation's resolver (see ceremonyTimings). */
export const ceremonySeconds = new Histogram({
  name: `${PREFIX}ceremony_duration_seconds`,
  help: "Ceremony steps in seconds: ceremony (sign_in, registration), step (start, finish), method, outcome (ok or the error code).",
  labelNames: ["ceremony", "step", "method", "outcome"] as const,
  buckets: [0.002, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.2, 0.5, 1, 2.5],
});

/** Attempts refused with RATE_LIMITED before any verifying, by what was full (account or ip). */
export const rateLimitHits = new Counter({
  name: `${PREFIX}rate_limit_hits_total`,
  help: "Sign-in attempts refused with RATE_LIMITED, by kind (password, code, passkey) and scope (account, ip).",
  labelNames: ["kind", "scope"] as const,
});

export const housekeepingRuns = new Counter({
  name: `${PREFIX}housekeeping_runs_total`,
  help: "Housekeeping runs by result: ran (this process won the lease), skipped (another held it), failed.",
  labelNames: ["result"] as const,
});

export const housekeepingDeleted = new Counter({
  name: `${PREFIX}housekeeping_deleted_rows_total`,
  help: "Rows housekeeping deleted, by table.",
  labelNames: ["table"] as const,
});

export const housekeepingSeconds = new Histogram({
  name: `${PREFIX}housekeeping_duration_seconds`,
  help: "Seconds per housekeeping run that won the lease.",
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
});

/** The mutations that are ceremony steps, and their labels. */
const CEREMONY_STEPS: Record<string, { ceremony: string; step: string; method: string }> = {
  startPasskeySignIn: { ceremony: "sign_in", step: "start", method: "PASSKEY" },
  finishPasskeySignIn: { ceremony: "sign_in", step: "finish", method: "PASSKEY" },
  signInWithPassword: { ceremony: "sign_in", step: "finish", method: "PASSWORD" },
  signInWithCode: { ceremony: "sign_in", step: "finish", method: "SIGN_IN_CODE" },
  startPasskeyRegistration: { ceremony: "registration", step: "start", method: "PASSKEY" },
  finishPasskeyRegistration: { ceremony: "registration", step: "finish", method: "PASSKEY" },
};

/**
 * Times the ceremony mutations (a document whose one root field is a ceremony step) from the start
 * of execution to the response, with their outcome (ok, or the first error's code). Per operation,
 * not per field: a field hook makes Apollo wrap every resolver of the schema, which cost 3 % of the
 * API's CPU on reads that are no ceremony at all.
 */
export function ceremonyTimings(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let end: ((labels: { outcome: string }) => void) | null = null;
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== "mutation") return;
          const [root, ...more] = operation.selectionSet.selections;
          if (more.length || root?.kind !== Kind.FIELD) return;
          const labels = CEREMONY_STEPS[root.name.value];
          if (labels) end = ceremonySeconds.startTimer(labels);
        },
        async willSendResponse({ errors }) {
          if (!end) return;
          const code = errors?.[0]?.extensions?.code;
          end({ outcome: errors?.length ? (typeof code === "string" ? code : "error") : "ok" });
          end = null;
        },
      };
    },
  };
}

/** The housekeeping run's outcome, as the service returns it (null: another process held the lease). */
export function recordHousekeeping(result: Record<string, number> | null, seconds: number) {
  housekeepingRuns.inc({ result: result ? "ran" : "skipped" });
  if (!result) return;
  housekeepingSeconds.observe(seconds);
  for (const [table, deleted] of Object.entries(result)) housekeepingDeleted.inc({ table }, deleted);
}

// ------------------------------------------------------------------------------------------------
// Database pool: mysql2's pool keeps its connections in two lists and its waiting callers in a queue.

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

const pools = new Set<DataSource>();

/** Pool gauges read the data source's pool at scrape time. SQLite has no pool: it shows nothing here. */
export function watchPool(dataSource: DataSource): () => void {
  if (dataSource.options.type === "better-sqlite3") return () => undefined;
  pools.add(dataSource);
  return () => pools.delete(dataSource);
}

function poolReadings(): { inUse: number; free: number; queued: number; limit: number } {
  const total = { inUse: 0, free: 0, queued: 0, limit: 0 };
  for (const dataSource of pools) {
    const pool =
      (dataSource.isInitialized ? (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool : null) ?? null;
    if (!pool) continue;
    const all = pool._allConnections?.length ?? 0;
    const free = pool._freeConnections?.length ?? 0;
    total.inUse += all - free;
    total.free += free;
    total.queued += pool._connectionQueue?.length ?? 0;
    total.limit += pool.config?.connectionLimit ?? 0;
  }
  return total;
}

export const poolConnections = new Gauge({
  name: `${PREFIX}db_pool_connections`,
  help: "MySQL pool connections by state: in_use, free (open and idle), queued (callers waiting), limit.",
  labelNames: ["state"] as const,
  collect() {
    const { inUse, free, queued, limit } = poolReadings();
    this.set({ state: "in_use" }, inUse);
    this.set({ state: "free" }, free);
    this.set({ state: "queued" }, queued);
    this.set({ state: "limit" }, limit);
  },
});

// ------------------------------------------------------------------------------------------------
// Several workers: the primary sums; a worker asks it over the cluster's IPC channel.

/**
 * Made at load in every process: in a worker, its constructor is what makes prom-client answer the
 * primary's requests for the worker's registry; in the primary, it listens for those answers.
 */
const aggregator = new AggregatorRegistry();

const ASK = "passkeys:metrics?";
const ANSWER = "passkeys:metrics!";
const ASK_TIMEOUT_MS = 5_000;

interface MetricsMessage {
  type: string;
  id: string;
  text?: string;
  error?: string;
}

/** The Prometheus text for this process, or for all workers when it is one of several. */
export async function metricsText(): Promise<string> {
  if (!cluster.isWorker || !process.send) return register.metrics();
  const id = randomUUID();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error("the primary did not answer with the metrics")), ASK_TIMEOUT_MS);
    const listener = (message: MetricsMessage) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      done(message.error ? new Error(message.error) : null, message.text);
    };
    const done = (error: Error | null, text?: string) => {
      clearTimeout(timer);
      process.off("message", listener);
      if (error) reject(error);
      else resolve(text ?? "");
    };
    process.on("message", listener);
    process.send!({ type: ASK, id });
  });
}

export const metricsContentType = register.contentType;

/** In the primary of several workers: answers a worker's request for the sum of all workers' metrics. */
export function serveClusterMetrics(): void {
  cluster.on("message", (worker, message: MetricsMessage) => {
    if (message?.type !== ASK) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text }),
      (error: Error) => worker.send({ type: ANSWER, id: message.id, error: error.message }),
    );
  });
}
