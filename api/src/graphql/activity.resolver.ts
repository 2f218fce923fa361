import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { User } from "../modules/users/user.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";

/** AuditEvent is reached only through Organisation.auditEvents, which checks role and tenant. */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() event: AuditEvent, @Ctx() context: Context): Promise<User | null> {
    return this.person(event.actorId, event, context);
  }

  @FieldResolver(() => User, { nullable: true })
  async subject(@Root() event: AuditEvent, @Ctx() context: Context): Promise<User | null> {
    return this.person(event.subjectId, event, context);
  }

  private async person(id: string | null, event: AuditEvent, context: Context): Promise<User | null> {
    if (!id || !context.auth) return null;
    const user = await context.loaders.userById.load(id);
    return context.services.auditEvents.visibleUser(user, event, context.auth.user);
  }
}
