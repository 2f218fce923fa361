import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { AllowRestricted, Public } from "../../auth/access";
import { Context } from "../../context";
import { SignInPayload } from "../sessions/viewer.types";
import { authenticatorName, knownAuthenticators } from "./aaguid";
import {
  finishPasskeyRegistration,
  finishPasskeySignIn,
  startPasskeyRegistration,
  startPasskeySignIn,
} from "./ceremony.service";
import { Credential } from "./credential.entity";
import {
  AuthenticatorInfo,
  FinishPasskeyRegistrationInput,
  FinishPasskeySignInInput,
  PasskeyChallenge,
  PasskeyRegistrationPayload,
  StartPasskeySignInInput,
} from "./passkey.types";

@Resolver(() => Credential)
export class PasskeyResolver {
  @Authorized()
  @AllowRestricted()
  @Mutation(() => PasskeyChallenge, { description: "Open to restricted sessions." })
  startPasskeyRegistration(@Ctx() context: Context): Promise<PasskeyChallenge> {
    return startPasskeyRegistration(context);
  }

  @Authorized()
  @AllowRestricted()
  @Mutation(() => PasskeyRegistrationPayload, { description: "Open to restricted sessions." })
  finishPasskeyRegistration(
    @Arg("input", () => FinishPasskeyRegistrationInput) input: FinishPasskeyRegistrationInput,
    @Ctx() context: Context,
  ): Promise<PasskeyRegistrationPayload> {
    return finishPasskeyRegistration(context, input);
  }

  @Public()
  @Mutation(() => PasskeyChallenge)
  startPasskeySignIn(
    @Arg("input", () => StartPasskeySignInInput) input: StartPasskeySignInInput,
    @Ctx() context: Context,
  ): Promise<PasskeyChallenge> {
    return startPasskeySignIn(context, input);
  }

  @Public()
  @Mutation(() => SignInPayload)
  finishPasskeySignIn(
    @Arg("input", () => FinishPasskeySignInInput) input: FinishPasskeySignInInput,
    @Ctx() context: Context,
  ): Promise<SignInPayload> {
    return finishPasskeySignIn(context, input);
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
