import { badInput, invalidCredentials, passkeyRequired } from "../../errors";
import { AuthMethod, PasskeyRequirement } from "../enums";
import { passkeyRulesFor } from "../policy/rules";
import { MAX_PASSWORD_LENGTH, verifyPassword } from "../users/password";
import { UserService } from "../users/user.service";
import { accountOf, overlong, slugOf } from "./account-key";
import { Refused, SignInVerifier, Verification } from "./sign-in-pipeline";
import { PasswordSignInInput } from "./sign-in.types";

/**
 * Password sign-in. Every failure — unknown organisation, unknown user, no password, wrong
 * password, disabled user — answers the same INVALID_CREDENTIALS after the same argon2 work
 * (a dummy hash when there is no user), so neither the answer nor its timing tells them apart.
 */
export class PasswordVerifier implements SignInVerifier<PasswordSignInInput> {
  readonly method = AuthMethod.PASSWORD;
  readonly kind = "password" as const;

  constructor(private readonly users: UserService) {}

  parse(input: PasswordSignInInput) {
    if (overlong(input.email, slugOf(input.organisationSlug)) || input.password.length > MAX_PASSWORD_LENGTH) {
      throw badInput("The email, password or organisation is too long.");
    }
    return input;
  }

  accountKey(input: PasswordSignInInput) {
    return accountOf(slugOf(input.organisationSlug), input.email);
  }

  async verify(input: PasswordSignInInput, request: { now: Date }): Promise<Verification> {
    const { organisation, policy, user, unknownOrganisation } = await this.users.findSignInAccount(
      slugOf(input.organisationSlug),
      input.email,
    );
    const passwordOk = await verifyPassword(user?.passwordHash, input.password);
    const refuse = (reason: string): Refused => ({
      ok: false,
      reason,
      error: invalidCredentials(),
      organisationId: organisation?.id ?? null,
      userId: user?.id ?? null,
    });
    if (unknownOrganisation) return refuse("unknown_organisation");
    if (!user) return refuse("unknown_user");
    if (!user.passwordHash) return refuse("no_password");
    if (!passwordOk) return refuse("wrong_password");
    if (user.disabledAt) return refuse("disabled");

    // DESIGN "Passwords": once a user has a passkey, a password alone could register a thief's
    // passkey, so it is refused unless the organisation allows it (never for SUPPORT).
    const rules = passkeyRulesFor(user, organisation, policy, request.now);
    if (user.passkeyCount > 0 && rules.requirement !== PasskeyRequirement.OFF && !rules.passwordAfterPasskey) {
      return { ...refuse("passkey_required"), error: passkeyRequired(), counts: false };
    }
    return { ok: true, account: { user, organisation, policy }, userVerified: false };
  }

  /** Never reached: a password sign-in has nothing of its own to use up (no commit). */
  usedConcurrently() {
    return { reason: "concurrent", error: invalidCredentials() };
  }
}
