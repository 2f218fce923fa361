import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { OwnTenant, Public, TenantFrom, tenantOfUserArg } from "../auth-markers";
import { notFound } from "../errors";
import { Role } from "../modules/enums";
import { User } from "../modules/users/user.entity";
import { Context } from "../context";
import { loadUser } from "../loaders";
import { SignInPayload } from "../modules/sessions/viewer.types";
import { authenticatorName, knownAuthenticators } from "../modules/passkeys/aaguid";
import { deliverSession, signIn } from "./session-delivery";
import { Credential } from "../modules/passkeys/credential.entity";
import {
  AuthenticatorInfo,
  FinishPasskeyRegistrationInput,
  FinishPasskeySignInInput,
  PasskeyChallenge,
  PasskeyRegistrationPayload,
  StartPasskeySignInInput,
} from "../modules/passkeys/passkey.types";

@Resolver(() => Credential)
export class PasskeyResolver {
  @Authorized()
  @OwnTenant()
  @Mutation(() => PasskeyChallenge, { description: "Open to restricted sessions." })
  startPasskeyRegistration(@Ctx() context: Context): Promise<PasskeyChallenge> {
    return context.services.registration.options(context.auth!, context);
  }

  @Authorized()
  @OwnTenant()
  @Mutation(() => PasskeyRegistrationPayload, { description: "Open to restricted sessions." })
  async finishPasskeyRegistration(
    @Arg("input", () => FinishPasskeyRegistrationInput) input: FinishPasskeyRegistrationInput,
    @Ctx() context: Context,
  ): Promise<PasskeyRegistrationPayload> {
    const auth = context.auth!;
    const registered = await context.services.registration.finish(auth, input, context);
    const delivered = deliverSession(context, { ...registered, account: auth });
    return { credential: registered.credential, ...delivered };
  }

  @Public()
  @Mutation(() => PasskeyChallenge)
  startPasskeySignIn(
    @Arg("input", () => StartPasskeySignInInput) input: StartPasskeySignInInput,
    @Ctx() context: Context,
  ): Promise<PasskeyChallenge> {
    return context.services.verifiers.passkey.options(input);
  }

  @Public()
  @Mutation(() => SignInPayload)
  async finishPasskeySignIn(
    @Arg("input", () => FinishPasskeySignInInput) input: FinishPasskeySignInInput,
    @Ctx() context: Context,
  ): Promise<SignInPayload> {
    return signIn(context, context.services.verifiers.passkey, input);
  }

  /** The caller's own passkey; someone else's is NOT_FOUND whatever the caller's role. */
  @Authorized()
  @OwnTenant()
  @Mutation(() => Credential)
  renameCredential(
    @Arg("id", () => ID) id: string,
    @Arg("name", () => String) name: string,
    @Ctx() context: Context,
  ): Promise<Credential> {
    const auth = context.auth!;
    return context.services.credentials.rename(auth.user, id, name, actorOf(context));
  }

  @Authorized()
  @OwnTenant()
  @Mutation(() => Boolean, { description: "The caller's own credential." })
  async revokeCredential(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    await context.services.credentials.revoke(context.auth!.user, id, actorOf(context));
    return true;
  }

  /** The checker has matched the user's organisation to an ORG_ADMIN's; SUPPORT reaches any user. */
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfUserArg("userId"))
  @Mutation(() => User, {
    description: "ORG_ADMIN or SUPPORT: revoke one credential of a user, or all of them when credentialId is null.",
  })
  async revokeUserCredentials(
    @Arg("userId", () => ID) userId: string,
    @Arg("credentialId", () => ID, { nullable: true }) credentialId: string | null,
    @Arg("endSessions", () => Boolean, {
      defaultValue: false,
      description: "Also end the user's sessions on every device (a lost or stolen phone is still signed in).",
    })
    endSessions: boolean,
    @Ctx() context: Context,
  ): Promise<User> {
    const user = await loadUser(context.loaders, userId);
    if (!user) throw notFound("The user");
    await context.services.credentials.revoke(user, credentialId ?? null, actorOf(context), { endSessions });
    // Read again: the revoke changed the user's passkey count (and so their passkeyStatus).
    return (await context.services.users.findById(userId))!;
  }

  @Public()
  @Query(() => [AuthenticatorInfo], {
    description:
      "Authenticator models known by AAGUID (the bundled community list), for the 'Allowed authenticators' picker.",
  })
  passkeyAuthenticators(): AuthenticatorInfo[] {
    return knownAuthenticators();
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "From the AAGUID, e.g. 'iCloud Keychain'; null when unknown.",
  })
  authenticatorName(@Root() credential: Credential): string | null {
    return authenticatorName(credential.aaguid);
  }
}

const actorOf = (context: Context) => ({
  user: context.auth!.user,
  sessionId: context.auth!.session.id,
  ip: context.ip,
});
