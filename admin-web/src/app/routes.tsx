import { createBrowserRouter, Navigate } from "react-router";
import { SecurityPage } from "../features/account/SecurityPage";
import { ActivityPage } from "../features/activity/ActivityPage";
import { UserPage } from "../features/users/UserPage";
import { UsersPage } from "../features/users/UsersPage";
import { PasskeySettingsPage } from "../features/passkey-settings/PasskeySettingsPage";
import { PasskeySetupPage } from "../features/passkey-setup/PasskeySetupPage";
import { SignInPage } from "../features/sign-in/SignInPage";
import { AppLayout } from "./AppLayout";
import { AuthGate } from "./AuthGate";
import { RequireRole } from "./RequireRole";
import { NotFoundPage } from "./StatusPages";
import { homePathFor, orgRoles } from "./viewer";
import { useSignedInViewer } from "./ViewerContext";

function Home() {
  const viewer = useSignedInViewer();
  return <Navigate to={homePathFor(viewer.user?.role)} replace />;
}

export function createRouter() {
  return createBrowserRouter([
    { path: "/sign-in", element: <SignInPage /> },
    {
      element: <AuthGate />,
      children: [
        { path: "/passkey-setup", element: <PasskeySetupPage /> },
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <Home /> },
            {
              path: "/settings/passkeys",
              element: (
                <RequireRole roles={orgRoles}>
                  <PasskeySettingsPage />
                </RequireRole>
              ),
            },
            {
              path: "/users",
              element: (
                <RequireRole roles={orgRoles}>
                  <UsersPage />
                </RequireRole>
              ),
            },
            {
              path: "/users/:id",
              element: (
                <RequireRole roles={orgRoles}>
                  <UserPage />
                </RequireRole>
              ),
            },
            {
              path: "/activity",
              element: (
                <RequireRole roles={orgRoles}>
                  <ActivityPage />
                </RequireRole>
              ),
            },
            { path: "/account/security", element: <SecurityPage /> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
