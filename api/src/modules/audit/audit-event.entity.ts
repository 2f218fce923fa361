import { Field, ID, ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import { DateTimeColumn, IdColumn, JsonColumn, RefColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar, JSONScalar } from "../../scalars";
import { AuditEventType } from "../enums";

@ObjectType()
@Entity("audit_events")
@Index("ix_audit_events_org_time", ["organisationId", "createdAt", "id"])
@Index("ix_audit_events_time", ["createdAt"])
@Index("ix_audit_events_org_actor", ["organisationId", "actorId", "createdAt"])
@Index("ix_audit_events_org_subject", ["organisationId", "subjectId", "createdAt"])
// Covers the sign-ins-by-method count (org, type, GROUP BY method, time range) from the index alone, in index order.
@Index("ix_audit_events_org_type_method_time", ["organisationId", "type", "method", "createdAt"])
export class AuditEvent {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  organisationId: string | null;

  @Field(() => AuditEventType)
  @StringColumn(40)
  type: AuditEventType;

  @RefColumn({ nullable: true })
  actorId: string | null;

  @RefColumn({ nullable: true })
  subjectId: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Event-specific details: method, reason, changed fields, credential id.",
  })
  @JsonColumn({ nullable: true })
  data: Record<string, unknown> | null;

  /**
   * The sign-in method (AuthMethod) copied out of `data` by recordAudit: the adoption stats
   * group by it, which a JSON text column cannot do portably across MySQL and SQLite.
   */
  @StringColumn(16, { nullable: true })
  method: string | null;

  @StringColumn(64, { nullable: true })
  ip: string | null;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;
}
