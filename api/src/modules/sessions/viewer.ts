import { AuthState } from "./auth-state";
import { Viewer } from "./viewer.types";

export function viewerOf(auth: AuthState | null): Viewer {
  if (!auth) return { authenticated: false, user: null, organisation: null, session: null, passkeySetup: null };
  return {
    authenticated: true,
    user: auth.user,
    organisation: auth.organisation,
    session: auth.session,
    passkeySetup: auth.setup,
  };
}
