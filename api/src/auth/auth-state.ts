import { PasskeyNextStep } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { PasskeyPolicy } from "../modules/policy/passkey-policy.entity";
import { PasskeySetup, passkeySetupFor } from "../modules/policy/requirement";
import { Session } from "../modules/sessions/session.entity";
import { User } from "../modules/users/user.entity";
import { Services } from "../services";

/** Who is calling, with the facts every authorization and setup decision reads. */
export interface AuthState {
  session: Session;
  user: User;
  organisation: Organisation | null;
  policy: PasskeyPolicy | null;
  hasPasskey: boolean;
  setup: PasskeySetup;
  /** DESIGN "Restricted sessions": while the next step is REQUIRE_SETUP only the setup operations are open. */
  restricted: boolean;
}

export async function loadAuthState(services: Services, token: string, now: Date): Promise<AuthState | null> {
  const session = await services.sessions.resolve(token);
  if (!session) return null;
  return authStateFor(services, session, now);
}

export async function authStateFor(services: Services, session: Session, now: Date): Promise<AuthState | null> {
  const user = await services.dataSource.getRepository(User).findOne({ where: { id: session.userId } });
  if (!user || user.disabledAt) return null;
  const [organisation, policy] = user.organisationId
    ? await Promise.all([
        services.dataSource.getRepository(Organisation).findOne({ where: { id: user.organisationId } }),
        services.dataSource.getRepository(PasskeyPolicy).findOne({ where: { organisationId: user.organisationId } }),
      ])
    : [null, null];
  return authStateOf(session, { user, organisation, policy }, now);
}

/** The auth state of a session from facts already read (a sign-in has them all): no query. */
export function authStateOf(
  session: Session,
  { user, organisation, policy }: { user: User; organisation: Organisation | null; policy: PasskeyPolicy | null },
  now: Date,
): AuthState {
  const hasPasskey = user.passkeyCount > 0;
  const setup = passkeySetupFor(
    policy && organisation ? { ...policy, passkeysActivated: organisation.passkeysActivated } : null,
    { role: user.role, skipCount: user.skipCount, skippedAt: user.skippedAt, hasPasskey },
    session,
    now,
  );
  return {
    session,
    user,
    organisation,
    policy,
    hasPasskey,
    setup,
    restricted: setup.nextStep === PasskeyNextStep.REQUIRE_SETUP,
  };
}
