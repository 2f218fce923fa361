import { Context } from "../../context";
import { badInput, invalidCode } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, SessionDelivery } from "../enums";
import { accountOf, deliverSession, findSignInUser, recordSignInFailure, startSession } from "../sessions/sign-in";
import { SignInPayload } from "../sessions/viewer.types";
import { normaliseCode } from "./sign-in-code.rules";
import { CodeSignInInput } from "./sign-in-code.types";

/**
 * Sign-in with a single-use code. Every failure — unknown organisation or user, disabled
 * user, no live code, wrong code, no tries left, a code another request used first — answers
 * the same INVALID_CREDENTIALS after the same argon2 work. The session is a SIGN_IN_CODE one:
 * the device has no passkey yet, so the NEW_DEVICE step follows (DESIGN "Next step").
 */
export async function signInWithCode(context: Context, input: CodeSignInInput): Promise<SignInPayload> {
  const { services } = context;
  const slug = input.organisationSlug?.trim() || null;
  if (input.email.length > 254 || (slug?.length ?? 0) > 64) {
    throw badInput("The email or organisation is too long.");
  }
  // A typo in the code's shape is not a guess: said plainly, and not counted against anyone.
  const code = normaliseCode(input.code);
  if (!code) throw badInput("A sign-in code has 8 letters and digits, like K7QX-2M9D.", "code");

  const account = accountOf(slug, input.email);
  await services.rateLimits.check("code", account, context.ip);

  const { organisation, user, unknownOrganisation } = await findSignInUser(services, slug, input.email);
  const live = user && !user.disabledAt ? await services.signInCodes.findLive(user.id) : null;
  const checked = await services.signInCodes.check(live, code);

  const fail = async (reason: string): Promise<never> => {
    await services.rateLimits.failed("code", account, context.ip);
    await recordSignInFailure(context, {
      organisationId: organisation?.id ?? null,
      userId: user?.id ?? null,
      method: AuthMethod.SIGN_IN_CODE,
      reason,
    });
    throw invalidCode();
  };
  if (!user) return fail(unknownOrganisation ? "unknown_organisation" : "unknown_user");
  if (user.disabledAt) return fail("disabled");
  if (checked.failure) return fail(checked.failure);

  const used = checked.code;
  const issued = await services.transactions.run(async (manager) => {
    if (!(await services.signInCodes.consume(manager, used.id))) return null;
    await recordAudit(manager, {
      type: AuditEventType.SIGN_IN_CODE_USED,
      organisationId: user.organisationId,
      actorId: user.id,
      subjectId: user.id,
      data: { codeId: used.id, kind: used.kind },
      ip: context.ip,
      at: context.now,
    });
    return startSession(context, manager, {
      user,
      method: AuthMethod.SIGN_IN_CODE,
      userVerified: false,
      delivery: input.delivery ?? SessionDelivery.COOKIE,
      details: { codeId: used.id, kind: used.kind },
    });
  });
  if (!issued) return fail("code_used");
  await services.rateLimits.succeeded("code", account);
  return deliverSession(context, issued);
}
