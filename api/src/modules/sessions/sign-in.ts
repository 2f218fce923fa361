import { EntityManager } from "typeorm";
import { authStateFor } from "../../auth/auth-state";
import { Context } from "../../context";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, SessionDelivery } from "../enums";
import { Services } from "../../services";
import { User } from "../users/user.entity";
import { normaliseEmail } from "../users/user.service";
import { Session } from "./session.entity";
import { clearSessionCookie, writeSessionCookie } from "./session-transport";
import { viewerOf } from "./viewer";
import { SignInPayload } from "./viewer.types";

/** The account a sign-in attempt names, for the per-account rate limit: organisation and email. */
export const accountOf = (organisationSlug: string | null | undefined, email: string) =>
  `${(organisationSlug ?? "").trim().toLowerCase()}/${normaliseEmail(email)}`;

/**
 * The organisation a sign-in names by slug (none for SUPPORT staff) and its user with `email`.
 * An unknown slug finds no user, even though a SUPPORT user might have that email.
 */
export async function findSignInUser(services: Services, slug: string | null, email: string | null) {
  const organisation = slug ? await services.organisations.findBySlug(slug) : null;
  const user =
    !email || (slug && !organisation) ? null : await services.users.findByEmail(organisation?.id ?? null, email);
  return { organisation, user, unknownOrganisation: Boolean(slug && !organisation) };
}

export interface SignInResult {
  user: User;
  method: AuthMethod;
  userVerified: boolean;
  delivery: SessionDelivery;
  /** Extra audit details, e.g. the credential used. */
  details?: Record<string, unknown>;
}

/**
 * The one way every sign-in ends (password, passkey, code): a new session, the user's
 * lastSignInAt and a SIGN_IN_SUCCEEDED event, all inside the caller's transaction.
 * Call `deliverSession` with the result after the transaction commits.
 */
export async function startSession(context: Context, manager: EntityManager, result: SignInResult) {
  const { user, method } = result;
  const issued = await context.services.sessions.issue(manager, {
    user,
    authMethod: method,
    userVerified: result.userVerified,
    delivery: result.delivery,
    ip: context.ip,
  });
  await manager.update(User, { id: user.id }, { lastSignInAt: context.now });
  user.lastSignInAt = context.now;
  await recordAudit(manager, {
    type: AuditEventType.SIGN_IN_SUCCEEDED,
    organisationId: user.organisationId,
    actorId: user.id,
    subjectId: user.id,
    data: { method, userVerified: result.userVerified, ...result.details },
    ip: context.ip,
    at: context.now,
  });
  return issued;
}

/**
 * Hands a committed session to the client: a cookie for COOKIE delivery (the token never
 * appears in the body), the token in the payload for BEARER. The request's own auth state
 * becomes the new session's, so the payload's viewer and any later field see it.
 */
export async function deliverSession(
  context: Context,
  issued: { session: Session; token: string },
): Promise<{ token: string | null; viewer: SignInPayload["viewer"] }> {
  const { session, token } = issued;
  const cookie = session.delivery === SessionDelivery.COOKIE;
  if (cookie) writeSessionCookie(context.req, context.res, context.config, token, session.expiresAt);
  context.auth = await authStateFor(context.services, session, context.now);
  return { token: cookie ? null : token, viewer: viewerOf(context.auth) };
}

/** Writes SIGN_IN_FAILED in its own transaction: the failure is recorded even though nothing else changes. */
export async function recordSignInFailure(
  context: Context,
  failure: { organisationId: string | null; userId: string | null; method: AuthMethod; reason: string },
) {
  await context.services.transactions.run((manager) =>
    recordAudit(manager, {
      type: AuditEventType.SIGN_IN_FAILED,
      organisationId: failure.organisationId,
      actorId: null,
      subjectId: failure.userId,
      data: { method: failure.method, reason: failure.reason },
      ip: context.ip,
      at: context.now,
    }),
  );
}

export function forgetSessionCookie(context: Context) {
  clearSessionCookie(context.req, context.res, context.config);
}
