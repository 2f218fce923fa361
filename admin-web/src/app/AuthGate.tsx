import { Center } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, LoadingState } from "../ui/QueryState";
import { useViewer } from "../lib/viewer";
import { ViewerContext } from "../lib/ViewerContext";

/**
 * Everything but the sign-in screen sits behind this gate. A signed-out
 * viewer goes to sign-in; a restricted session (mandatory passkey, none yet)
 * is sent to the passkey prompt on every navigation. The server enforces the
 * same restriction on every operation; this only keeps the screens honest.
 */
export function AuthGate() {
  const { data, loading, error, refetch } = useViewer();
  const location = useLocation();

  if (!data) {
    return (
      <Center mih="100dvh" p="md">
        {loading || !error ? (
          <LoadingState label="Checking your session…" />
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} title="The console cannot start" />
        )}
      </Center>
    );
  }

  const viewer = data.viewer;
  const here = location.pathname + location.search;
  if (!viewer.authenticated) {
    const next = location.pathname === "/" ? "" : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (viewer.session?.restricted && location.pathname !== "/passkey-setup") {
    return <Navigate to={`/passkey-setup?next=${encodeURIComponent(here)}`} replace />;
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <Outlet />
    </ViewerContext.Provider>
  );
}
