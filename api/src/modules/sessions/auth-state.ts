import { PasskeyNextStep } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { PasskeySetup, passkeySetupFor, policyFacts } from "../policy/requirement";
import { Session } from "./session.entity";
import { User } from "../users/user.entity";

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

/** The auth state of a session from facts already read (a sign-in has them all): no query. */
export function authStateOf(
  session: Session,
  { user, organisation, policy }: { user: User; organisation: Organisation | null; policy: PasskeyPolicy | null },
  now: Date,
): AuthState {
  const hasPasskey = user.passkeyCount > 0;
  const setup = passkeySetupFor(
    policyFacts(organisation, policy),
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
