import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { OwnTenant, Public } from "../auth-markers";
import { Context } from "../context";
import { forbidden } from "../errors";
import { DateTimeScalar } from "../scalars";
import { recordAudit } from "../modules/audit/audit.service";
import { AuditEventType, PasskeyNextStep, PasskeySetupReason } from "../modules/enums";
import { Session } from "../modules/sessions/session.entity";
import { forgetSessionCookie, signIn } from "./session-delivery";
import { PasswordSignInInput } from "../modules/sessions/sign-in.types";
import { viewerOf } from "../modules/sessions/viewer";
import { SignInPayload, Viewer } from "../modules/sessions/viewer.types";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Public()
  @Query(() => Viewer, {
    description:
      "The caller's auth state. Never errors for a signed-out caller: authenticated is false and the rest is null.",
  })
  viewer(@Ctx() context: Context): Viewer {
    return viewerOf(context.auth);
  }

  @Public()
  @Mutation(() => SignInPayload)
  async signInWithPassword(
    @Arg("input", () => PasswordSignInInput) input: PasswordSignInInput,
    @Ctx() context: Context,
  ): Promise<SignInPayload> {
    return signIn(context, context.services.verifiers.password, input);
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends the current session. True even when there was none." })
  async signOut(@Ctx() context: Context): Promise<boolean> {
    const auth = context.auth;
    if (auth) {
      await context.services.transactions.run(async (manager) => {
        await context.services.sessions.end(manager, auth.session.id);
        await recordAudit(manager, {
          type: AuditEventType.SIGNED_OUT,
          organisationId: auth.user.organisationId,
          actorId: auth.user.id,
          subjectId: auth.user.id,
          data: { sessionId: auth.session.id },
          ip: context.ip,
          at: context.now,
        });
      });
      context.auth = null;
    }
    forgetSessionCookie(context);
    return true;
  }

  @Authorized()
  @OwnTenant()
  @Mutation(() => Int, { description: "Ends every session of the caller but the current one; returns how many ended." })
  async signOutOtherSessions(@Ctx() context: Context): Promise<number> {
    const { user, session } = context.auth!;
    return context.services.transactions.run(async (manager) => {
      const ended = await context.services.sessions.endOthers(manager, user.id, session.id);
      await recordAudit(manager, {
        type: AuditEventType.SIGNED_OUT,
        organisationId: user.organisationId,
        actorId: user.id,
        subjectId: user.id,
        data: { otherSessions: ended },
        ip: context.ip,
        at: context.now,
      });
      return ended;
    });
  }

  /**
   * "Do this later" on an OPTIONAL prompt. Under MANDATORY there is nothing to skip
   * (FORBIDDEN); with no prompt showing (next step NONE) it is FORBIDDEN too, so that skips
   * are only ever counted for a prompt the user actually saw.
   */
  @Authorized()
  @OwnTenant()
  @Mutation(() => Viewer, { description: "OPTIONAL policy only; MANDATORY gets FORBIDDEN." })
  async skipPasskeySetup(@Ctx() context: Context): Promise<Viewer> {
    const auth = context.auth!;
    if (auth.setup.nextStep !== PasskeyNextStep.OFFER_SETUP) {
      throw forbidden(
        auth.setup.nextStep === PasskeyNextStep.REQUIRE_SETUP
          ? "Your organisation requires a passkey: it cannot be skipped."
          : "There is no passkey prompt to skip.",
      );
    }
    const newDevice = auth.setup.reason === PasskeySetupReason.NEW_DEVICE;
    await context.services.transactions.run(async (manager) => {
      await context.services.users.recordSkip(manager, auth.user.id, context.now);
      if (newDevice) await context.services.sessions.markDeviceSetupDone(manager, auth.session.id);
      await recordAudit(manager, {
        type: AuditEventType.PASSKEY_SETUP_SKIPPED,
        organisationId: auth.user.organisationId,
        actorId: auth.user.id,
        subjectId: auth.user.id,
        data: { skipCount: auth.user.skipCount + 1, reason: auth.setup.reason },
        ip: context.ip,
        at: context.now,
      });
    });
    context.auth = await context.services.sessions.authStateFor(auth.session.id, context.now);
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
