import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { GraphQLError } from "graphql";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { signedOutViewer, ViewerQuery } from "../../lib/viewer";
import { renderWithMantine } from "../../test/render";
import { SignInOptionsQuery, SignInWithCodeMutation, SignInWithPasswordMutation } from "./operations";
import { SignInPage } from "./SignInPage";

const signedOut: MockLink.MockedResponse = {
  request: { query: ViewerQuery },
  result: { data: { viewer: signedOutViewer } },
  maxUsageCount: 10,
};
const acmeOptions: MockLink.MockedResponse = {
  request: { query: SignInOptionsQuery, variables: { slug: "acme" } },
  result: {
    data: {
      signInOptions: {
        __typename: "SignInOptions",
        organisationName: "Acme Retail",
        passkeysAvailable: true,
        requirement: "OPTIONAL",
      },
    },
  },
  maxUsageCount: 10,
};

function renderSignIn(mocks: MockLink.MockedResponse[]) {
  localStorage.clear();
  const router = createMemoryRouter([{ path: "/sign-in", element: <SignInPage /> }], {
    initialEntries: ["/sign-in"],
  });
  renderWithMantine(
    <MockedProvider mocks={[signedOut, acmeOptions, ...mocks]}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return userEvent.setup();
}

function passwordAttempt(code: string, extensions: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: {
      query: SignInWithPasswordMutation,
      variables: { input: { organisationSlug: "acme", email: "eve@acme.example", password: "not-the-password" } },
    },
    result: { errors: [new GraphQLError("refused", { extensions: { code, ...extensions } })] },
  };
}

async function signInWithPassword(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Organisation"), "acme");
  await user.type(screen.getByLabelText("Email"), "eve@acme.example");
  await user.type(screen.getByLabelText("Password"), "not-the-password");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the sign-in screen", () => {
  it("has the fields and the ways in, with passkey autofill on Email", async () => {
    renderSignIn([]);
    expect(await screen.findByLabelText("Organisation")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("autocomplete", "username webauthn");
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in with a passkey" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Use a code from your app/ })).toBeInTheDocument();
  });

  it("asks for an empty field by name instead of sending it", async () => {
    const user = renderSignIn([]);
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter your email address");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Enter your password");
    expect(screen.queryByText(/Those details are not right/)).not.toBeInTheDocument();
  });

  it("says which characters a code never contains", async () => {
    const user = renderSignIn([]);
    await user.click(await screen.findByRole("button", { name: /Use a code from your app/ }));
    await user.type(screen.getByLabelText("Email"), "eve@acme.example");
    await user.type(screen.getByLabelText("Code"), "K7QO-2M1D");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect(screen.getByLabelText("Code")).toHaveAccessibleDescription(/^Codes never contain O, 1\./);
  });

  it("lets the keyboard reach the password's show/hide button", async () => {
    renderSignIn([]);
    await screen.findByLabelText("Password");
    expect(screen.getByRole("button", { name: "Show or hide the password" })).toHaveAttribute("tabindex", "0");
  });

  it("names the organisation once its slug is typed", async () => {
    const user = renderSignIn([]);
    await user.type(await screen.findByLabelText("Organisation"), "acme");
    expect(await screen.findByText("Signing in to Acme Retail")).toBeInTheDocument();
  });

  it("says the details are wrong, without saying which", async () => {
    const user = renderSignIn([passwordAttempt("INVALID_CREDENTIALS")]);
    await signInWithPassword(user);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Those details are not right. Check the organisation, email and password, and try again.",
    );
  });

  it("says how long to wait after too many tries", async () => {
    const user = renderSignIn([passwordAttempt("RATE_LIMITED", { retryAfterSeconds: 120 })]);
    await signInWithPassword(user);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Too many tries");
    expect(alert).toHaveTextContent("Wait 2 minutes and try again.");
  });

  it("explains that a passkey is required instead of the password", async () => {
    const user = renderSignIn([passwordAttempt("PASSKEY_REQUIRED")]);
    await signInWithPassword(user);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /protected by a passkey.*Sign in with your passkey, or with a code from your app/,
    );
  });

  it("signs in with a code from the app, sent as XXXX-XXXX", async () => {
    const user = renderSignIn([
      {
        request: {
          query: SignInWithCodeMutation,
          variables: { input: { organisationSlug: "acme", email: "eve@acme.example", code: "K7QX-2M9D" } },
        },
        result: { errors: [new GraphQLError("refused", { extensions: { code: "INVALID_CREDENTIALS" } })] },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: /Use a code from your app/ }));
    expect(screen.queryByLabelText("Password")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Organisation"), "acme");
    await user.type(screen.getByLabelText("Email"), "eve@acme.example");
    await user.type(screen.getByLabelText("Code"), "k7qx2m9d");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("That code did not work");
  });
});
