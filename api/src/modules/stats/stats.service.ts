import { DataSource } from "typeorm";
import { badInput } from "../../errors";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, AuthMethod, PasskeyStatus } from "../enums";
import { User } from "../users/user.entity";
import { passkeyStatusSql } from "../users/user.service";
import { Credential } from "../passkeys/credential.entity";
import { afterKey, CursorKey } from "../../pagination";
import { AdoptionDay, PasskeyStats, SignInCount } from "./stats.types";

const DAY_MS = 86_400_000;
const EXPORT_BATCH = 2000;

/** The longest window signInsByMethod counts over. */
export const MAX_STATS_DAYS = 365;

/** Adoption figures for an organisation's admins: a read model over users and the audit trail. */
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adoption in one aggregate query over the organisation's enabled users (SUPPORT staff belong
   * to no organisation; disabled users can no longer adopt anything), reading each user's
   * passkeyCount and skipCount by the same rules as passkeyStatus.
   */
  async passkeyStats(organisationId: string): Promise<PasskeyStats> {
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder("u")
      .select("COUNT(*)", "total")
      .addSelect(`SUM(CASE WHEN ${passkeyStatusSql.HAS_PASSKEY("u")} THEN 1 ELSE 0 END)`, "withPasskey")
      .addSelect(`SUM(CASE WHEN ${passkeyStatusSql.SKIPPED("u")} THEN 1 ELSE 0 END)`, "skipped")
      .where("u.organisationId = :organisationId AND u.disabledAt IS NULL", { organisationId })
      .getRawOne<{ total: unknown; withPasskey: unknown; skipped: unknown }>();
    // MySQL answers SUM as a DECIMAL string, and NULL over no rows.
    const totalUsers = Number(row?.total ?? 0);
    const usersWithPasskey = Number(row?.withPasskey ?? 0);
    const usersSkipped = Number(row?.skipped ?? 0);
    return {
      organisationId,
      totalUsers,
      usersWithPasskey,
      usersSkipped,
      usersPending: totalUsers - usersWithPasskey - usersSkipped,
      adoptionRate: totalUsers === 0 ? 0 : usersWithPasskey / totalUsers,
    };
  }

  /** Successful sign-ins of the last `days` days per method; every method is listed, 0 when unused. */
  async signInsByMethod(organisationId: string, days: number, now: Date): Promise<SignInCount[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) {
      throw badInput(`days must be between 1 and ${MAX_STATS_DAYS}.`, "days");
    }
    const since = new Date(now.getTime() - days * 86_400_000);
    const rows: { method: string | null; count: unknown }[] = await this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder("e")
      .select("e.method", "method")
      .addSelect("COUNT(*)", "count")
      .where("e.organisationId = :organisationId", { organisationId })
      .andWhere("e.type = :type", { type: AuditEventType.SIGN_IN_SUCCEEDED })
      .andWhere("e.createdAt >= :since", { since })
      .groupBy("e.method")
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.method, Number(row.count)]));
    return Object.values(AuthMethod).map((method) => ({ method, count: counts.get(method) ?? 0 }));
  }

  /**
   * The share of users with a passkey at the end of each of the last `days` days (UTC), oldest first, from when
   * users were created and disabled and when passkeys were created and revoked. Two reads of the organisation's rows
   * (their dates only), then counted here.
   */
  async adoptionByDay(organisationId: string, days: number, now: Date): Promise<AdoptionDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) {
      throw badInput(`days must be between 1 and ${MAX_STATS_DAYS}.`, "days");
    }
    const [users, credentials] = await Promise.all([
      this.dataSource
        .getRepository(User)
        .createQueryBuilder("u")
        .select(["u.id", "u.createdAt", "u.disabledAt"])
        .where("u.organisationId = :organisationId", { organisationId })
        .getMany(),
      this.dataSource
        .getRepository(Credential)
        .createQueryBuilder("c")
        .select(["c.id", "c.userId", "c.createdAt", "c.revokedAt"])
        .where("c.organisationId = :organisationId", { organisationId })
        .getMany(),
    ]);
    const passkeysOf = new Map<string, { from: number; until: number }[]>();
    for (const c of credentials) {
      const spans = passkeysOf.get(c.userId) ?? [];
      spans.push({ from: c.createdAt.getTime(), until: c.revokedAt?.getTime() ?? Infinity });
      passkeysOf.set(c.userId, spans);
    }
    const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
    const result: AdoptionDay[] = [];
    for (let i = days - 1; i >= 0; i--) {
      const day = today - i * DAY_MS;
      // The end of the day, or now for today.
      const at = Math.min(day + DAY_MS, now.getTime());
      let total = 0;
      let withPasskey = 0;
      for (const u of users) {
        if (u.createdAt.getTime() > at || (u.disabledAt && u.disabledAt.getTime() <= at)) continue;
        total++;
        if (passkeysOf.get(u.id)?.some((span) => span.from <= at && span.until > at)) withPasskey++;
      }
      result.push({
        day: new Date(day),
        users: total,
        usersWithPasskey: withPasskey,
        adoptionRate: total === 0 ? 0 : withPasskey / total,
      });
    }
    return result;
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
