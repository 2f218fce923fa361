import { Field, ObjectType } from "type-graphql";
import { PageInfo } from "../../pagination";
import { AuditEvent } from "../audit/audit-event.entity";

@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEvent)
  node: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
