import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { OwnTenant, Public, TenantFrom, tenantOfUserArg } from "../auth-markers";
import { Context } from "../context";
import { loadUser } from "../loaders";
import { forbidden, notFound } from "../errors";
import { Role } from "../modules/enums";
import { signIn } from "./session-delivery";
import { SignInPayload } from "../modules/sessions/viewer.types";
import { SignInCodeKind } from "../modules/sign-in-codes/sign-in-code.entity";
import { CodeSignInInput, IssuedSignInCode, SignInCodeState } from "../modules/sign-in-codes/sign-in-code.types";

@Resolver()
export class SignInCodeResolver {
  @Public()
  @Mutation(() => SignInPayload, {
    description: "With a code made on a device where the user is signed in (or issued by an admin).",
  })
  async signInWithCode(
    @Arg("input", () => CodeSignInInput) input: CodeSignInInput,
    @Ctx() context: Context,
  ): Promise<SignInPayload> {
    return signIn(context, context.services.verifiers.code, input);
  }

  /** Any full session: a restricted one must set up its passkey first (the checker refuses it). */
  @Authorized()
  @OwnTenant()
  @Mutation(() => IssuedSignInCode, {
    description: "A single-use code to sign in on another device, valid for minutes. Needs a full session.",
  })
  createSignInCode(@Ctx() context: Context): Promise<IssuedSignInCode> {
    const { user } = context.auth!;
    return context.services.signInCodes.issue(user, SignInCodeKind.DEVICE, { id: user.id, ip: context.ip });
  }

  /** Only codes the caller made: their own device's, or the recovery codes they issued. */
  @Authorized()
  @OwnTenant()
  @Query(() => SignInCodeState, {
    description:
      "What became of a code the caller made (createSignInCode or issueRecoveryCode): ACTIVE, USED or EXPIRED. Anyone else's is NOT_FOUND.",
  })
  signInCodeState(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<SignInCodeState> {
    return context.services.signInCodes.stateFor(id, context.auth!.user.id);
  }

  /** The checker has matched the user's organisation to an ORG_ADMIN's; SUPPORT reaches any user. */
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfUserArg("userId"))
  @Mutation(() => IssuedSignInCode, { description: "ORG_ADMIN or SUPPORT: a code for a user who lost every device." })
  async issueRecoveryCode(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<IssuedSignInCode> {
    const user = await loadUser(context.loaders, userId);
    if (!user) throw notFound("The user");
    if (user.disabledAt) throw forbidden("This user's account is disabled.");
    const actor = context.auth!.user;
    return context.services.signInCodes.issue(user, SignInCodeKind.RECOVERY, { id: actor.id, ip: context.ip });
  }
}
