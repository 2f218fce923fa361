import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { GraphQLError } from "graphql";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { signedOutViewer, ViewerQuery } from "../../lib/viewer";
import { renderWithMantine } from "../../test/render";
import { FinishPasskeySignInMutation, StartPasskeySignInMutation } from "./operations";
import { SignInPage } from "./SignInPage";

// jsdom has no WebAuthn: the browser library answers as a browser whose passkey the person picked.
const response = {
  id: "cred-1",
  rawId: "cred-1",
  type: "public-key",
  response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA", userHandle: "dQ" },
  clientExtensionResults: {},
};
vi.mock("@simplewebauthn/browser", () => ({
  browserSupportsWebAuthn: () => true,
  browserSupportsWebAuthnAutofill: async () => false,
  startAuthentication: async () => response,
  WebAuthnAbortService: { cancelCeremony: () => undefined },
}));

const mocks: MockLink.MockedResponse[] = [
  { request: { query: ViewerQuery }, result: { data: { viewer: signedOutViewer } }, maxUsageCount: 10 },
  {
    request: { query: StartPasskeySignInMutation, variables: { input: { organisationSlug: null } } },
    result: {
      data: {
        startPasskeySignIn: {
          __typename: "PasskeyChallenge",
          challengeId: "ch-1",
          options: { challenge: "abc", rpId: "localhost" },
          expiresAt: "2026-12-01T10:05:00.000Z",
        },
      },
    },
  },
  {
    request: { query: FinishPasskeySignInMutation, variables: { input: { challengeId: "ch-1", response } } },
    result: {
      errors: [new GraphQLError("Passkeys are paused.", { extensions: { code: "PASSKEYS_PAUSED" } })],
    },
  },
];

describe("passkey sign-in while the organisation has passkeys paused", () => {
  it("says plainly that passkeys are paused and that the password works", async () => {
    const router = createMemoryRouter([{ path: "/sign-in", element: <SignInPage /> }], {
      initialEntries: ["/sign-in"],
    });
    renderWithMantine(
      <MockedProvider mocks={mocks}>
        <RouterProvider router={router} />
      </MockedProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sign in with a passkey" }));
    const alert = await screen.findByRole("alert", { name: "Passkeys are paused" });
    expect(alert).toHaveTextContent(
      "Passkeys are paused for your organisation at the moment. Sign in with your password: it still works.",
    );
    expect(screen.getByLabelText("Password")).toBeEnabled();
  });
});
