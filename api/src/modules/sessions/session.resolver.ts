import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AllowRestricted, Public } from "../../auth/access";
import { Context } from "../../context";
import { DateTimeScalar } from "../../scalars";
import { Session } from "./session.entity";
import { viewerOf } from "./viewer";
import { Viewer } from "./viewer.types";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Public()
  @AllowRestricted()
  @Query(() => Viewer, {
    description: "The caller's auth state. Never errors for a signed-out caller: authenticated is false and the rest is null.",
  })
  viewer(@Ctx() context: Context): Viewer {
    return viewerOf(context.auth);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: "True while the session may only set up a passkey (mandatory policy)." })
  restricted(@Root() session: Session, @Ctx() context: Context): boolean {
    return context.auth?.session.id === session.id ? context.auth.restricted : false;
  }

  /** The earlier of the idle and the absolute expiry: when this session lapses if unused. */
  @FieldResolver(() => DateTimeScalar)
  expiresAt(@Root() session: Session, @Ctx() context: Context): Date {
    return context.services.sessions.expiresAt(session);
  }
}
