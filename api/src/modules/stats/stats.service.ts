import { DataSource } from "typeorm";
import { badInput } from "../../errors";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, AuthMethod } from "../enums";
import { User } from "../users/user.entity";
import { passkeyStatusSql } from "../users/user.service";
import { PasskeyStats, SignInCount } from "./stats.types";

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
}
