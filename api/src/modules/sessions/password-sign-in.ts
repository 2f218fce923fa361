import { Context } from "../../context";
import { badInput, invalidCredentials, passkeyRequired } from "../../errors";
import { AuthMethod, PasskeyRequirement, Role, SessionDelivery } from "../enums";
import { MAX_PASSWORD_LENGTH, verifyPassword } from "../users/password";
import { accountOf, deliverSession, findSignInUser, recordSignInFailure, startSession } from "./sign-in";
import { PasswordSignInInput } from "./sign-in.types";
import { SignInPayload } from "./viewer.types";

/**
 * Password sign-in. Every failure — unknown organisation, unknown user, no password, wrong
 * password, disabled user — answers the same INVALID_CREDENTIALS after the same argon2 work
 * (a dummy hash when there is no user), so neither the answer nor its timing tells them apart.
 */
export async function signInWithPassword(context: Context, input: PasswordSignInInput): Promise<SignInPayload> {
  const { services } = context;
  const slug = input.organisationSlug?.trim() || null;
  // Lengths no real sign-in has: refused before any work, and saying so reveals nothing.
  if (input.email.length > 254 || input.password.length > MAX_PASSWORD_LENGTH || (slug?.length ?? 0) > 64) {
    throw badInput("The email, password or organisation is too long.");
  }
  const account = accountOf(slug, input.email);
  await services.rateLimits.check("password", account, context.ip);

  const { organisation, user, unknownOrganisation } = await findSignInUser(services, slug, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  const reason = unknownOrganisation
    ? "unknown_organisation"
    : !user
      ? "unknown_user"
      : !user.passwordHash
        ? "no_password"
        : "wrong_password";
  if (!user || !passwordOk || user.disabledAt) {
    await services.rateLimits.failed("password", account, context.ip);
    await recordSignInFailure(context, {
      organisationId: organisation?.id ?? null,
      userId: user?.id ?? null,
      method: AuthMethod.PASSWORD,
      reason: user?.disabledAt && passwordOk ? "disabled" : reason,
    });
    throw invalidCredentials();
  }

  // DESIGN "Passwords": once a user has a passkey, a password alone could register a thief's
  // passkey, so it is refused unless the organisation allows it (never for SUPPORT).
  if (user.passkeyCount > 0) {
    const policy = organisation ? await services.policies.findFor(organisation.id) : null;
    const requirement =
      user.role === Role.SUPPORT
        ? PasskeyRequirement.MANDATORY
        : services.policies.requirementOf(organisation!, policy, context.now);
    const allowed = user.role !== Role.SUPPORT && Boolean(policy?.allowPasswordAfterPasskey);
    if (requirement !== PasskeyRequirement.OFF && !allowed) {
      await recordSignInFailure(context, {
        organisationId: user.organisationId,
        userId: user.id,
        method: AuthMethod.PASSWORD,
        reason: "passkey_required",
      });
      throw passkeyRequired();
    }
  }

  await services.rateLimits.succeeded("password", account);
  const issued = await services.transactions.run((manager) =>
    startSession(context, manager, {
      user,
      method: AuthMethod.PASSWORD,
      userVerified: false,
      delivery: input.delivery ?? SessionDelivery.COOKIE,
    }),
  );
  return deliverSession(context, issued);
}
