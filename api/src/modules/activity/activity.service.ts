import { DataSource, In, SelectQueryBuilder } from "typeorm";
import { badInput } from "../../errors";
import { isId } from "../../input-checks";
import { afterKey, CursorKey, keysetPage, PageArgs } from "../../pagination";
import { AuditEventType } from "../enums";
import { User } from "../users/user.entity";
import { visibleOnRecord } from "../users/user-visibility";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventConnection } from "./activity.types";

export interface AuditFilter {
  /** Null or empty: every type. */
  types?: AuditEventType[] | null;
  /** Events this person did or that were about them. */
  userId?: string | null;
  /** From this instant (inclusive). */
  from?: Date | null;
  /** Before this instant (exclusive). */
  to?: Date | null;
}

/** Rows per read while streaming an export: large enough to be quick, small enough to keep memory flat. */
const EXPORT_BATCH = 2000;

/** The read side of the audit trail (writes go through recordAudit, inside each change's transaction). */
export class AuditEventService {
  constructor(private readonly dataSource: DataSource) {}

  /** An organisation's events, newest first, in (createdAt, id) order so that pages never skip or repeat. */
  page(organisationId: string, filter: AuditFilter & PageArgs): Promise<AuditEventConnection> {
    return keysetPage(this.filtered(organisationId, filter), "e", filter, "DESC");
  }

  /**
   * Every event the filter selects, newest first, in batches read with a keyset cursor (never OFFSET, never the
   * whole table in memory), each with its actor and subject as the viewer may see them.
   */
  async *stream(
    organisationId: string,
    filter: AuditFilter,
    viewer: Pick<User, "role">,
  ): AsyncGenerator<{ event: AuditEvent; actor: User | null; subject: User | null }> {
    let after: CursorKey | null = null;
    for (;;) {
      const query = this.filtered(organisationId, filter);
      if (after) afterKey(query, "e", after, "DESC");
      const events = await query
        .orderBy("e.createdAt", "DESC")
        .addOrderBy("e.id", "DESC")
        .limit(EXPORT_BATCH)
        .getMany();
      if (events.length === 0) return;
      const ids = [...new Set(events.flatMap((e) => [e.actorId, e.subjectId]).filter((id): id is string => !!id))];
      const users = new Map(
        (ids.length ? await this.dataSource.getRepository(User).findBy({ id: In(ids) }) : []).map((u) => [u.id, u]),
      );
      for (const event of events) {
        yield {
          event,
          actor: this.visibleUser(users.get(event.actorId ?? "") ?? null, event, viewer),
          subject: this.visibleUser(users.get(event.subjectId ?? "") ?? null, event, viewer),
        };
      }
      if (events.length < EXPORT_BATCH) return;
      after = events.at(-1)!;
    }
  }

  /** The actor or subject as the viewer may see them: the rule every organisation's record follows. */
  visibleUser(user: User | null, event: AuditEvent, viewer: Pick<User, "role">): User | null {
    return visibleOnRecord(user, event.organisationId, viewer);
  }

  private filtered(organisationId: string, filter: AuditFilter): SelectQueryBuilder<AuditEvent> {
    checkFilter(filter);
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder("e")
      .where("e.organisationId = :organisationId", { organisationId });
    if (filter.types?.length) query.andWhere("e.type IN (:...types)", { types: [...new Set(filter.types)] });
    if (filter.userId) query.andWhere("(e.actorId = :userId OR e.subjectId = :userId)", { userId: filter.userId });
    if (filter.from) query.andWhere("e.createdAt >= :from", { from: filter.from });
    if (filter.to) query.andWhere("e.createdAt < :to", { to: filter.to });
    return query;
  }
}

function checkFilter(filter: AuditFilter) {
  if (filter.userId && !isId(filter.userId)) throw badInput("userId is not a user id.", "userId");
  if (filter.types?.some((type) => !Object.values(AuditEventType).includes(type))) {
    throw badInput("types names an event type this API does not know.", "types");
  }
  for (const [field, date] of [
    ["from", filter.from],
    ["to", filter.to],
  ] as const) {
    if (date && Number.isNaN(date.getTime())) throw badInput(`${field} is not a date.`, field);
  }
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput("from must be before to.", "to");
}
