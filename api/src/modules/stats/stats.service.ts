import { USER_BUCKETS, userCounts } from "../users/user-count.entity";
import { DataSource } from "typeorm";
import { badInput } from "../../errors";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, AuthMethod, PasskeyStatus } from "../enums";
import { User } from "../users/user.entity";
import { passkeyStatusSql } from "../users/user.service";
import { Credential } from "../passkeys/credential.entity";
import { afterKey, CursorKey } from "../../pagination";
import { StatsDay } from "./stats-day.entity";
import { AdoptionDay, PasskeyStats, SignInCount } from "./stats.types";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** 9999-12-31, the last instant both engines store. */
const END_OF_TIME = Date.UTC(9999, 11, 31);
/** Closed-hour ranges kept per process: a few per organisation whose charts are read within the hour. */
const CLOSED_HOURS_KEPT = 2_000;
const EXPORT_BATCH = 2000;

/** The longest window signInsByMethod counts over. */
export const MAX_STATS_DAYS = 365;

/** How long after its end a day is taken as closed (and stored): more than any clock skew between processes. */
const CLOSED_AFTER_MS = 5 * 60_000;

function checkDays(days: number) {
  if (!Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) {
    throw badInput(`days must be between 1 and ${MAX_STATS_DAYS}.`, "days");
  }
}

const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A raw datetime as the driver returns it (a Date from mysql2, text in UTC from SQLite), in ms; null for NULL. */
function msOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  const text = String(value);
  return Date.parse(text.includes("T") ? text : `${text.replace(" ", "T")}Z`);
}

/** Adoption figures for an organisation's admins: a read model over users and the audit trail. */
export class StatsService {
  /**
   * Fills in progress, by organisation and days: when a dashboard opens for many admins at once (a Monday morning,
   * a big organisation's first look), they wait for one fill instead of each running the same history scan, which
   * together pushed the database past its statement limit. Per process; processes share the result through
   * stats_days.
   */
  private readonly fills = new Map<string, Promise<StatsDay[]>>();

  /** Sign-ins per method of closed whole-hour ranges, by organisation and range (see signInsBetween). */
  private readonly closedHours = new Map<string, Map<string, number>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adoption over the organisation's enabled users (SUPPORT staff belong to no organisation;
   * disabled users can no longer adopt anything), by the same rules as passkeyStatus: read from
   * user_counts, which triggers on users keep, instead of counting every user.
   */
  async passkeyStats(organisationId: string): Promise<PasskeyStats> {
    const counts = await userCounts(this.dataSource.manager, organisationId);
    const { enabled } = USER_BUCKETS;
    const usersWithPasskey = counts[enabled.HAS_PASSKEY];
    const usersSkipped = counts[enabled.SKIPPED];
    const totalUsers = usersWithPasskey + usersSkipped + counts[enabled.PENDING];
    return {
      organisationId,
      totalUsers,
      usersWithPasskey,
      usersSkipped,
      usersPending: totalUsers - usersWithPasskey - usersSkipped,
      adoptionRate: totalUsers === 0 ? 0 : usersWithPasskey / totalUsers,
    };
  }

  /**
   * Successful sign-ins of the last `days` days per method; every method is listed, 0 when unused.
   * The whole UTC days in between come from stats_days; only the two partial days at the ends
   * (the window's first and today) are counted live, a day's events at most each.
   */
  async signInsByMethod(organisationId: string, days: number, now: Date): Promise<SignInCount[]> {
    checkDays(days);
    const since = now.getTime() - days * DAY_MS;
    const firstWhole = Math.ceil(since / DAY_MS) * DAY_MS;
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const counts = new Map<string, number>();
    const add = (method: string | null, count: number) => {
      if (method) counts.set(method, (counts.get(method) ?? 0) + count);
    };
    const stored = firstWhole < today ? await this.closedDays(organisationId, firstWhole, today - DAY_MS, now) : [];
    for (const day of stored) for (const [method, count] of Object.entries(day.signIns)) add(method, count);
    // The two partial days: the window's first (since → its midnight) and today (midnight → now, and to the end
    // of time as before: an event stamped a little after `now` by another process's clock counts).
    const partial = await this.signInsBetween(
      organisationId,
      [
        [since, Math.min(firstWhole, today)],
        [Math.max(today, since), END_OF_TIME],
      ],
      now,
    );
    for (const [method, count] of partial) add(method, count);
    return Object.values(AuthMethod).map((method) => ({ method, count: counts.get(method) ?? 0 }));
  }

  /**
   * The share of users with a passkey at the end of each of the last `days` days (UTC), oldest first: closed days
   * from stats_days (each computed once, by the first read that needs it), today from the live counts.
   */
  async adoptionByDay(organisationId: string, days: number, now: Date): Promise<AdoptionDay[]> {
    checkDays(days);
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const first = today - (days - 1) * DAY_MS;
    const [closed, live] = await Promise.all([
      days > 1 ? this.closedDays(organisationId, first, today - DAY_MS, now) : Promise.resolve([]),
      this.passkeyStats(organisationId),
    ]);
    const rows = [
      ...closed.map((d) => ({
        day: Date.parse(`${d.day}T00:00:00Z`),
        users: d.users,
        withPasskey: d.usersWithPasskey,
      })),
      { day: today, users: live.totalUsers, withPasskey: live.usersWithPasskey },
    ];
    return rows.map((row) => ({
      day: new Date(row.day),
      users: row.users,
      usersWithPasskey: row.withPasskey,
      adoptionRate: row.users === 0 ? 0 : row.withPasskey / row.users,
    }));
  }

  private signInsQuery(organisationId: string) {
    return (
      this.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder("e")
        // Read the index alone: over a long range MariaDB preferred the (organisation, time) index and read
        // every event row (a 90-day fill: 167 s under load, against about a second from this one).
        .useIndex("ix_audit_events_org_type_method_time")
        .select("e.method", "method")
        .addSelect("COUNT(*)", "count")
        .where("e.organisationId = :organisationId", { organisationId })
        .andWhere("e.type = :type", { type: AuditEventType.SIGN_IN_SUCCEEDED })
        // Naming the methods lets the (organisation, type, method, createdAt) index read a time range per
        // method, instead of every sign-in the organisation ever had (measured: 1.1 s for 950,000 events).
        .andWhere("e.method IN (:...methods)", { methods: Object.values(AuthMethod) })
    );
  }

  /**
   * Successful sign-ins per method in the ranges [from, to), in one statement. The whole hours of a range that
   * ended CLOSED_AFTER_MS ago are counted once per process and kept (`closedHours`): like a closed day, a
   * closed hour's history never changes. So a read counts live only the hour it is in and the hour the window
   * starts in, not every sign-in of the day (by evening, today held 50,000 sign-ins of the bench organisation,
   * counted again on every read).
   */
  private async signInsBetween(
    organisationId: string,
    ranges: [number, number][],
    now: Date,
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const add = (method: string, count: number) => counts.set(method, (counts.get(method) ?? 0) + count);
    const lastClosed = Math.floor((now.getTime() - CLOSED_AFTER_MS) / HOUR_MS) * HOUR_MS;
    // What the database counts: live pieces, and closed hours not kept yet (to keep once counted).
    const asked: { from: number; to: number; keep?: string }[] = [];
    for (const [from, to] of ranges) {
      if (to <= from) continue;
      const closedFrom = Math.ceil(from / HOUR_MS) * HOUR_MS;
      const closedTo = Math.min(Math.floor(to / HOUR_MS) * HOUR_MS, lastClosed);
      if (closedTo - closedFrom < HOUR_MS) {
        asked.push({ from, to });
        continue;
      }
      const key = `${organisationId}|${closedFrom}|${closedTo}`;
      const kept = this.closedHours.get(key);
      if (kept) for (const [method, count] of kept) add(method, count);
      else asked.push({ from: closedFrom, to: closedTo, keep: key });
      if (from < closedFrom) asked.push({ from, to: closedFrom });
      if (closedTo < to) asked.push({ from: closedTo, to });
    }
    if (asked.length === 0) return counts;
    // COUNT(*) for all of it, and a CASE only for each closed range counted to be kept: a read whose closed
    // hours are kept costs what one plain count of its live pieces does.
    const query = this.signInsQuery(organisationId);
    const within = asked.map((range, i) => {
      query.setParameter(`from${i}`, new Date(range.from)).setParameter(`to${i}`, new Date(range.to));
      const condition = `(e.createdAt >= :from${i} AND e.createdAt < :to${i})`;
      if (range.keep) query.addSelect(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`, `k${i}`);
      return condition;
    });
    const rows = await query
      .andWhere(`(${within.join(" OR ")})`)
      .groupBy("e.method")
      .getRawMany<Record<string, unknown> & { method: string | null; count: unknown }>();
    for (const row of rows) {
      if (!row.method) continue;
      // MySQL answers SUM as a DECIMAL string.
      add(row.method, Number(row.count));
    }
    asked.forEach((range, i) => {
      if (!range.keep) return;
      const byMethod = new Map<string, number>();
      for (const row of rows) if (row.method) byMethod.set(row.method, Number(row[`k${i}`] ?? 0));
      this.closedHours.set(range.keep, byMethod);
      // Oldest first: an hour on, nothing asks for that range again.
      if (this.closedHours.size > CLOSED_HOURS_KEPT) this.closedHours.delete(this.closedHours.keys().next().value!);
    });
    return counts;
  }

  /**
   * The days from `first` to `last` (UTC midnights, inclusive; all ended before now), from stats_days; the
   * missing ones are computed in one pass and stored. A day is stored only once it ended
   * CLOSED_AFTER_MS ago, so that a write stamped by a process a little behind cannot fall into it.
   */
  private async closedDays(organisationId: string, first: number, last: number, now: Date): Promise<StatsDay[]> {
    const wanted = Array.from({ length: (last - first) / DAY_MS + 1 }, (_, i) => dayKey(first + i * DAY_MS));
    const repo = this.dataSource.getRepository(StatsDay);
    const stored = await repo
      .createQueryBuilder("d")
      .where("d.organisationId = :organisationId AND d.day >= :first AND d.day <= :last", {
        organisationId,
        first: wanted[0],
        last: wanted.at(-1),
      })
      .getMany();
    const byDay = new Map(stored.map((d) => [d.day, d]));
    const missing = wanted.filter((day) => !byDay.has(day));
    if (missing.length) {
      const key = `${organisationId}:${missing.join(",")}`;
      let fill = this.fills.get(key);
      if (!fill) {
        fill = this.fillDays(organisationId, missing, now).finally(() => this.fills.delete(key));
        this.fills.set(key, fill);
      }
      for (const d of await fill) byDay.set(d.day, d);
    }
    return wanted.map((day) => byDay.get(day)!);
  }

  /** Computes `days` and stores those that are closed. */
  private async fillDays(organisationId: string, days: string[], now: Date): Promise<StatsDay[]> {
    const computed = await this.computeDays(organisationId, days);
    const closed = computed.filter((d) => Date.parse(`${d.day}T00:00:00Z`) + DAY_MS + CLOSED_AFTER_MS <= now.getTime());
    // Two processes may compute the same day at once: the same figures, so the second insert is dropped.
    if (closed.length) {
      await this.dataSource
        .getRepository(StatsDay)
        .createQueryBuilder()
        .insert()
        .into(StatsDay)
        .values(closed)
        .orIgnore()
        .execute();
    }
    return computed;
  }

  /**
   * The figures of `days` (YYYY-MM-DD, ascending) from the organisation's history: sign-ins counted per day and
   * method by the database, adoption by one sweep over the users' and passkeys' dates (read raw: no entities).
   */
  private async computeDays(organisationId: string, days: string[]): Promise<StatsDay[]> {
    const starts = days.map((day) => Date.parse(`${day}T00:00:00Z`));
    const from = starts[0];
    const until = starts.at(-1)! + DAY_MS;
    const dayOf =
      this.dataSource.options.type === "better-sqlite3"
        ? "strftime('%Y-%m-%d', e.createdAt)"
        : "DATE_FORMAT(e.createdAt, '%Y-%m-%d')";
    const [signIns, users, credentials] = await Promise.all([
      this.signInsQuery(organisationId)
        .addSelect(dayOf, "day")
        .andWhere("e.createdAt >= :from AND e.createdAt < :until", { from: new Date(from), until: new Date(until) })
        .groupBy("e.method")
        .addGroupBy(dayOf)
        .getRawMany<{ method: string; day: string; count: unknown }>(),
      this.dataSource
        .getRepository(User)
        .createQueryBuilder("u")
        .select(["u.id AS id", "u.createdAt AS createdAt", "u.disabledAt AS disabledAt"])
        .where("u.organisationId = :organisationId AND u.createdAt < :until", {
          organisationId,
          until: new Date(until),
        })
        .getRawMany<{ id: string; createdAt: unknown; disabledAt: unknown }>(),
      this.dataSource
        .getRepository(Credential)
        .createQueryBuilder("c")
        .select(["c.userId AS userId", "c.createdAt AS createdAt", "c.revokedAt AS revokedAt"])
        .where("c.organisationId = :organisationId AND c.createdAt < :until", {
          organisationId,
          until: new Date(until),
        })
        .getRawMany<{ userId: string; createdAt: unknown; revokedAt: unknown }>(),
    ]);
    const signInsOf = new Map<string, Record<string, number>>();
    for (const row of signIns) {
      const counts = signInsOf.get(row.day) ?? {};
      counts[row.method] = Number(row.count);
      signInsOf.set(row.day, counts);
    }
    // Each user's passkey spans, as [from, until) in ms.
    const spans = new Map<string, [number, number][]>();
    for (const c of credentials) {
      const list = spans.get(c.userId) ?? [];
      list.push([msOf(c.createdAt)!, msOf(c.revokedAt) ?? Infinity]);
      spans.set(c.userId, list);
    }
    // At the end of each day: the users created by then and not yet disabled, and those of them with a live passkey.
    const ends = starts.map((start) => start + DAY_MS);
    const users_ = new Array<number>(ends.length).fill(0);
    const withPasskey = new Array<number>(ends.length).fill(0);
    for (const u of users) {
      const created = msOf(u.createdAt)!;
      const disabled = msOf(u.disabledAt) ?? Infinity;
      const own = spans.get(u.id);
      for (let i = 0; i < ends.length; i++) {
        const at = ends[i];
        if (created > at || disabled <= at) continue;
        users_[i]++;
        if (own?.some(([from, to]) => from <= at && to > at)) withPasskey[i]++;
      }
    }
    return days.map((day, i) =>
      Object.assign(new StatsDay(), {
        organisationId,
        day,
        users: users_[i],
        usersWithPasskey: withPasskey[i],
        signIns: signInsOf.get(day) ?? {},
      }),
    );
  }

  /**
   * The enabled users who still have to create a passkey (never asked or skipped), oldest account first, read in
   * keyset batches for a streamed export.
   */
  async *usersWithoutPasskey(organisationId: string): AsyncGenerator<User> {
    let after: CursorKey | null = null;
    for (;;) {
      const query = this.dataSource
        .getRepository(User)
        .createQueryBuilder("u")
        .where("u.organisationId = :organisationId AND u.disabledAt IS NULL", { organisationId })
        .andWhere(
          `(${passkeyStatusSql[PasskeyStatus.PENDING]("u")} OR ${passkeyStatusSql[PasskeyStatus.SKIPPED]("u")})`,
        );
      if (after) afterKey(query, "u", after, "ASC");
      const users = await query.orderBy("u.createdAt", "ASC").addOrderBy("u.id", "ASC").limit(EXPORT_BATCH).getMany();
      yield* users;
      if (users.length < EXPORT_BATCH) return;
      after = users.at(-1)!;
    }
  }
}
