import { randomUUID } from "node:crypto";
import { DataSource, EntityManager } from "typeorm";
import { deleteBatch } from "../../db/batches";
import { lean } from "../../db/lean";
import { AuditEventType } from "../enums";
import { AuditEvent } from "./audit-event.entity";

export interface AuditInput {
  type: AuditEventType;
  organisationId: string | null;
  actorId?: string | null;
  subjectId?: string | null;
  data?: Record<string, unknown> | null;
  ip?: string | null;
  at: Date;
}

/** Sign-in events carry their AuthMethod in data.method; it also gets its own column for cheap counting. */
function methodOf(data: Record<string, unknown> | null | undefined): string | null {
  const method = data?.method;
  return typeof method === "string" && method.length <= 16 ? method : null;
}

/** Writes an audit event with the caller's transaction, so the event and the change commit together. */
export async function recordAudit(manager: EntityManager, input: AuditInput): Promise<AuditEvent> {
  const event = Object.assign(new AuditEvent(), {
    id: randomUUID(),
    type: input.type,
    organisationId: input.organisationId,
    actorId: input.actorId ?? null,
    subjectId: input.subjectId ?? null,
    data: input.data ?? null,
    method: methodOf(input.data),
    ip: input.ip ?? null,
    createdAt: input.at,
  });
  await lean(manager.connection, AuditEvent).insert(manager, event);
  return event;
}

/** Audit events older than the retention (AUDIT_RETENTION_DAYS). */
export function deleteAuditEventsBefore(dataSource: DataSource, before: Date, limit: number): Promise<number> {
  return deleteBatch(dataSource, {
    table: "audit_events",
    key: "id",
    where: "t.createdAt < :before",
    parameters: { before },
    limit,
  });
}
