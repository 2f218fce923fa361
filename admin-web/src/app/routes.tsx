import { createBrowserRouter, Navigate } from "react-router";
import { PasskeySetupPage } from "../features/passkey-setup/PasskeySetupPage";
import { SignInPage } from "../features/sign-in/SignInPage";
import { AppLayout } from "./AppLayout";
import { AuthGate } from "./AuthGate";
import { NotFoundPage } from "./StatusPages";
import { homePathFor } from "./viewer";
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
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
