import { DataSource } from "typeorm";
import { Clock } from "../../clock";
import { Config } from "../../config";
import { housekeepingRuns, recordHousekeeping } from "../../metrics";
import { deleteAuditEventsBefore } from "../audit/audit.service";
import { ChallengeService } from "../passkeys/challenge.service";
import { deleteExpiredCounters } from "../rate-limits/rate-limit.service";
import { SessionService } from "../sessions/session.service";
import { SignInCodeService } from "../sign-in-codes/sign-in-code.service";
import { HousekeepingLease } from "./housekeeping-lease.entity";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Rows per DELETE: short locks on tables in use. */
const BATCH = 1_000;
/** A run stops after this long, whatever is left: the next run goes on from there. */
const RUN_BUDGET_MS = 30_000;

export type HousekeepingResult = Record<"challenges" | "sessions" | "codes" | "rateLimits" | "auditEvents", number>;

/**
 * Deletes what nothing reads any more: challenges an hour after they expired (kept for support
 * questions about a failed ceremony), sessions and codes a day after they lapsed or ended,
 * rate-limit counters whose window closed, and audit events past the retention. Each table's
 * own module does its deleting; this only schedules it. Safe with any number of processes: a run
 * starts only for the process whose conditional UPDATE moved the lease, on whatever node.
 */
export class HousekeepingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly challenges: ChallengeService,
    private readonly codes: SignInCodeService,
  ) {}

  /** Runs once if this process wins the lease; null when another process holds it. */
  async run(): Promise<HousekeepingResult | null> {
    const now = this.clock.now();
    const leaseMs = Math.max(this.config.housekeeping.intervalMs, 60_000);
    const won = await this.dataSource
      .createQueryBuilder()
      .update(HousekeepingLease)
      .set({ leaseUntil: new Date(now.getTime() + leaseMs), lastRunAt: now })
      .where("name = :name AND leaseUntil <= :now", { name: "purge", now })
      .execute();
    if (won.affected !== 1) recordHousekeeping(null, 0);
    if (won.affected !== 1) return null;

    const started = Date.now();
    const drain = async (deleteBatch: (limit: number) => Promise<number>) => {
      let total = 0;
      for (;;) {
        const deleted = await deleteBatch(BATCH);
        total += deleted;
        if (deleted < BATCH || Date.now() - started > RUN_BUDGET_MS) return total;
      }
    };
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const result: HousekeepingResult = {
      challenges: await drain((limit) => this.challenges.deleteExpired(ago(HOUR), limit)),
      sessions: await drain((limit) => this.sessions.deleteLapsed(ago(DAY), limit)),
      codes: await drain((limit) => this.codes.deleteExpired(ago(DAY), limit)),
      // rate-limiter-flexible stamps its rows with the system clock, not the injected one.
      rateLimits: await drain((limit) => deleteExpiredCounters(this.dataSource, new Date(), limit)),
      auditEvents: await drain((limit) =>
        deleteAuditEventsBefore(this.dataSource, ago(this.config.housekeeping.auditRetentionDays * DAY), limit),
      ),
    };
    await this.dataSource.getRepository(HousekeepingLease).update({ name: "purge" }, { lastResult: result });
    recordHousekeeping(result, (Date.now() - started) / 1000);
    return result;
  }

  /**
   * Runs every interval (with jitter, so replicas started together do not all try at once),
   * logging what it deleted; returns a stop function. Nothing when the interval is 0.
   */
  schedule(log: (result: HousekeepingResult | null, error?: unknown) => void): () => void {
    const interval = this.config.housekeeping.intervalMs;
    if (interval === 0) return () => undefined;
    let timer: NodeJS.Timeout;
    const next = () => {
      timer = setTimeout(
        () => {
          this.run().then(
            (result) => log(result),
            (error: unknown) => {
              housekeepingRuns.inc({ result: "failed" });
              log(null, error);
            },
          );
          next();
        },
        interval * (0.75 + Math.random() / 2),
      );
      timer.unref();
    };
    next();
    return () => clearTimeout(timer);
  }
}
