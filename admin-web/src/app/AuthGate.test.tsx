import { MockedProvider } from "@apollo/client/testing/react";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMemoryRouter, RouterProvider } from "react-router";
import { renderWithMantine } from "../test/render";
import { AuthGate } from "./AuthGate";
import { signedOutViewer, ViewerQuery, type ViewerState } from "../lib/viewer";

function viewer(overrides: Partial<ViewerState> = {}): ViewerState {
  return {
    __typename: "Viewer",
    authenticated: true,
    user: {
      __typename: "User",
      id: "u-1",
      email: "eve@example.com",
      displayName: "Eve Employee",
      role: "ORG_ADMIN",
      hasPassword: true,
    },
    organisation: {
      __typename: "Organisation",
      id: "o-1",
      name: "Acme",
      slug: "acme",
      passkeysActivated: true,
    },
    session: {
      __typename: "Session",
      id: "s-1",
      authMethod: "PASSWORD",
      userVerified: false,
      restricted: false,
      createdAt: "2026-11-25T09:00:00.000Z",
      expiresAt: "2026-11-25T21:00:00.000Z",
    },
    passkeySetup: {
      __typename: "PasskeySetupState",
      nextStep: "NONE",
      requirement: "OPTIONAL",
      canSkip: true,
      reason: null,
      hasPasskey: false,
      skippedAt: null,
      skipCount: 0,
      remindAt: null,
      skipsRemaining: null,
      nextPromptAt: null,
    },
    ...overrides,
  };
}

function renderAt(path: string, state: ViewerState) {
  const router = createMemoryRouter(
    [
      { path: "/sign-in", element: <p>sign-in screen</p> },
      {
        element: <AuthGate />,
        children: [
          { path: "/passkey-setup", element: <p>passkey prompt</p> },
          { path: "/users", element: <p>users screen</p> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  renderWithMantine(
    <MockedProvider
      mocks={[
        {
          request: { query: ViewerQuery },
          result: { data: { viewer: state } },
        },
      ]}
    >
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe("the auth gate", () => {
  it("sends a signed-out visitor to sign-in, remembering where they were going", async () => {
    const router = renderAt("/users", signedOutViewer);
    expect(await screen.findByText("sign-in screen")).toBeInTheDocument();
    expect(router.state.location.search).toBe("?next=%2Fusers");
  });

  it("lets a full session through", async () => {
    renderAt("/users", viewer());
    expect(await screen.findByText("users screen")).toBeInTheDocument();
  });

  it("sends a restricted session to the passkey prompt, whatever the page", async () => {
    const restricted = viewer({
      session: { ...viewer().session!, restricted: true },
      passkeySetup: {
        ...viewer().passkeySetup!,
        nextStep: "REQUIRE_SETUP",
        requirement: "MANDATORY",
        canSkip: false,
      },
    });
    const router = renderAt("/users", restricted);
    expect(await screen.findByText("passkey prompt")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/passkey-setup");
  });
});
