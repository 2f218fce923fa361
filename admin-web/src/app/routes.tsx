import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { PasskeySetupPage } from "../features/passkey-setup/PasskeySetupPage";
import { SignInPage } from "../features/sign-in/SignInPage";
import type { Role } from "../graphql/graphql";
import { AppLayout } from "./AppLayout";
import { AuthGate } from "./AuthGate";
import { RequireRole } from "./RequireRole";
import { NotFoundPage, RouteErrorPage } from "./StatusPages";
import { homePathFor, adminRoles } from "../lib/viewer";
import { useSignedInViewer } from "../lib/ViewerContext";

// Screens load on first visit (the layout's Suspense shows a loader), so the
// sign-in screen does not wait for charts, date pickers or GraphiQL.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const PasskeySettingsPage = page(
  () => import("../features/passkey-settings/PasskeySettingsPage"),
  "PasskeySettingsPage",
);
const SecurityFactsPage = page(() => import("../features/passkey-settings/SecurityFactsPage"), "SecurityFactsPage");
const UsersPage = page(() => import("../features/users/UsersPage"), "UsersPage");
const UserPage = page(() => import("../features/users/UserPage"), "UserPage");
const ActivityPage = page(() => import("../features/activity/ActivityPage"), "ActivityPage");
const SecurityPage = page(() => import("../features/account/SecurityPage"), "SecurityPage");
const OrganisationsPage = page(() => import("../features/support/OrganisationsPage"), "OrganisationsPage");
const OrganisationPage = page(() => import("../features/support/OrganisationPage"), "OrganisationPage");
const SupportUserPage = page(() => import("../features/support/OrganisationPage"), "SupportUserPage");
const SupportSecurityPage = page(() => import("../features/support/OrganisationPage"), "SupportSecurityPage");
const PlaygroundPage = lazy(() => import("../features/playground/PlaygroundPage"));

function Home() {
  const viewer = useSignedInViewer();
  return <Navigate to={homePathFor(viewer.user?.role)} replace />;
}

function guarded(
  path: string,
  roles: Role[] | "any",
  Page: LazyExoticComponent<ComponentType>,
  allowInDevelopment = false,
): RouteObject {
  return {
    path,
    element:
      roles === "any" ? (
        <Page />
      ) : (
        <RequireRole roles={roles} allowInDevelopment={allowInDevelopment}>
          <Page />
        </RequireRole>
      ),
  };
}

export function createRouter() {
  return createBrowserRouter([
    { path: "/sign-in", element: <SignInPage />, errorElement: <RouteErrorPage /> },
    {
      element: <AuthGate />,
      errorElement: <RouteErrorPage />,
      children: [
        { path: "/passkey-setup", element: <PasskeySetupPage /> },
        {
          element: <AppLayout />,
          children: [
            // Inside the layout, so that the menu stays when one screen fails.
            { errorElement: <RouteErrorPage />, children: screens },
          ],
        },
      ],
    },
  ]);
}

const screens: RouteObject[] = [
  { index: true, element: <Home /> },
  guarded("/settings/passkeys", adminRoles, PasskeySettingsPage),
  guarded("/settings/passkeys/security", ["ORG_ADMIN"], SecurityFactsPage),
  guarded("/users", adminRoles, UsersPage),
  guarded("/users/:id", adminRoles, UserPage),
  guarded("/activity", adminRoles, ActivityPage),
  guarded("/account/security", "any", SecurityPage),
  guarded("/support/organisations", ["SUPPORT"], OrganisationsPage),
  guarded("/support/organisations/:id", ["SUPPORT"], OrganisationPage),
  guarded("/support/organisations/:id/users/:userId", ["SUPPORT"], SupportUserPage),
  guarded("/support/organisations/:id/security", ["SUPPORT"], SupportSecurityPage),
  guarded("/playground", ["SUPPORT"], PlaygroundPage, true),
  { path: "*", element: <NotFoundPage /> },
];
