import { DataSource } from "typeorm";
import { keysetPage, PageArgs } from "../../pagination";
import { AuditEventType } from "../enums";
import { User } from "../users/user.entity";
import { visibleOnRecord } from "../users/user-visibility";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventConnection } from "./activity.types";

export interface AuditFilter extends PageArgs {
  /** Null or empty: every type. */
  types?: AuditEventType[] | null;
}

/** The read side of the audit trail (writes go through recordAudit, inside each change's transaction). */
export class AuditEventService {
  constructor(private readonly dataSource: DataSource) {}

  /** An organisation's events, newest first, in (createdAt, id) order so that pages never skip or repeat. */
  page(organisationId: string, filter: AuditFilter): Promise<AuditEventConnection> {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder("e")
      .where("e.organisationId = :organisationId", { organisationId });
    if (filter.types?.length) query.andWhere("e.type IN (:...types)", { types: [...new Set(filter.types)] });
    return keysetPage(query, "e", filter, "DESC");
  }

  /** The actor or subject as the viewer may see them: the rule every organisation's record follows. */
  visibleUser(user: User | null, event: AuditEvent, viewer: Pick<User, "role">): User | null {
    return visibleOnRecord(user, event.organisationId, viewer);
  }
}
