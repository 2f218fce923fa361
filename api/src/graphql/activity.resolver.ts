import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Context } from "../context";
import { Role } from "../modules/enums";
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

  @FieldResolver(() => Boolean, {
    description:
      "True when the platform's support staff did it. Their name is shown to support only; an organisation's " +
      "members see the event with no actor, and this flag says who it was.",
  })
  async byPlatformSupport(@Root() event: AuditEvent, @Ctx() context: Context): Promise<boolean> {
    if (!event.actorId) return false;
    const actor = await context.loaders.userById.load(event.actorId);
    return actor?.role === Role.SUPPORT;
  }

  private async person(id: string | null, event: AuditEvent, context: Context): Promise<User | null> {
    if (!id || !context.auth) return null;
    const user = await context.loaders.userById.load(id);
    return context.services.auditEvents.visibleUser(user, event, context.auth.user);
  }
}
