import { authStateOf } from "../modules/sessions/auth-state";
import { Context } from "../context";
import { SessionDelivery } from "../modules/enums";
import { clearSessionCookie, writeSessionCookie } from "../modules/sessions/session-transport";
import { SignInAccount, SignInVerifier } from "../modules/sessions/sign-in-pipeline";
import { IssuedSession } from "../modules/sessions/session.service";
import { viewerOf } from "../modules/sessions/viewer";
import { SignInPayload } from "../modules/sessions/viewer.types";

/**
 * Hands a committed session to the client, for the resolvers (services never touch HTTP): a
 * cookie for COOKIE delivery (the token never appears in the body), the token in the payload for
 * BEARER. The request's own auth state becomes the new session's, from facts already read, so
 * the payload's viewer and any later field see it without another query.
 */
export function deliverSession(
  context: Context,
  issued: IssuedSession & { account: SignInAccount },
): { token: string | null; viewer: SignInPayload["viewer"] } {
  const { session, token } = issued;
  const cookie = session.delivery === SessionDelivery.COOKIE;
  if (cookie) writeSessionCookie(context.req, context.res, context.config, token, session.expiresAt);
  context.auth = authStateOf(session, issued.account, context.now);
  return { token: cookie ? null : token, viewer: viewerOf(context.auth) };
}

/**
 * A sign-in mutation, whatever its method: the one pipeline with the method's verifier, then the
 * session delivered as the client asked (a cookie unless it said BEARER).
 */
export async function signIn<Input extends { delivery?: SessionDelivery | null }, Parsed>(
  context: Context,
  verifier: SignInVerifier<Input, Parsed>,
  input: Input,
): Promise<SignInPayload> {
  const delivery = input.delivery ?? SessionDelivery.COOKIE;
  return deliverSession(context, await context.services.signIn.signIn(verifier, input, delivery, context));
}

export function forgetSessionCookie(context: Context) {
  clearSessionCookie(context.req, context.res, context.config);
}
