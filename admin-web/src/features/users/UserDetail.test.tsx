import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { UserDetailFieldsFragment } from "../../graphql/graphql";
import { ViewerContext } from "../../lib/ViewerContext";
import type { ViewerState } from "../../lib/viewer";
import { renderWithMantine } from "../../test/render";
import { ChangeUserRoleMutation, DeactivateUserMutation, UserDetailQuery } from "./operations";
import { UserDetail } from "./UserDetail";

const ORG = "7d2f0c9e-35a4-4c51-9a51-0f0b7c3f2a10";
const ADMIN = "a0000000-0000-4000-8000-000000000001";
const JO = "a0000000-0000-4000-8000-000000000002";

const viewer = {
  __typename: "Viewer",
  authenticated: true,
  user: { __typename: "User", id: ADMIN, email: "ada@acme.test", displayName: "Ada Admin", role: "ORG_ADMIN" },
  organisation: { __typename: "Organisation", id: ORG, name: "Acme", slug: "acme", passkeysActivated: true },
} as unknown as ViewerState;

const jo = (overrides: Partial<UserDetailFieldsFragment> = {}) => ({
  __typename: "User" as const,
  id: JO,
  email: "jo@acme.test",
  displayName: "Jo Bloggs",
  role: "EMPLOYEE" as const,
  passkeyStatus: "PENDING" as const,
  passkeysRevokedAt: null,
  active: true,
  lastSignInAt: null,
  hasPassword: true,
  createdAt: "2026-03-01T09:00:00.000Z",
  deactivatedAt: null,
  passkeys: [],
  ...overrides,
});

const detail = (user: ReturnType<typeof jo>): MockLink.MockedResponse => ({
  request: { query: UserDetailQuery, variables: { organisationId: ORG, userId: JO } },
  result: { data: { organisation: { __typename: "Organisation", id: ORG, name: "Acme", user } } },
});

function renderDetail(mocks: MockLink.MockedResponse[], userId = JO) {
  renderWithMantine(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <ViewerContext.Provider value={viewer}>
          <UserDetail organisationId={ORG} userId={userId} canManage backTo={{ path: "/users", label: "All users" }} />
        </ViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe("a user's page", () => {
  it("after Revoke all, says the user must create a new passkey, not that they never made one", async () => {
    renderDetail([detail(jo({ passkeysRevokedAt: "2026-03-02T09:00:00.000Z" }))]);
    expect(await screen.findAllByText("Revoked: must create a new passkey")).toHaveLength(2);
    expect(screen.getByText(/Jo Bloggs's passkeys were revoked on 2 March 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/has not created a passkey yet/)).not.toBeInTheDocument();
  });

  it("shows a deactivated user as such, with Reactivate and without a recovery code", async () => {
    renderDetail([detail(jo({ active: false, deactivatedAt: "2026-03-02T09:00:00.000Z" }))]);
    expect(await screen.findByText(/was deactivated on 2 March 2026 and cannot sign in/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reactivate" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Deactivate" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Issue recovery code" })).not.toBeInTheDocument();
  });

  it("deactivates after asking, and then shows the user deactivated", async () => {
    const user = renderDetail([
      detail(jo()),
      {
        request: { query: DeactivateUserMutation, variables: { userId: JO } },
        result: {
          data: { deactivateUser: jo({ active: false, deactivatedAt: "2026-03-02T09:00:00.000Z" }) },
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Deactivate" }));
    const dialog = await screen.findByRole("dialog", { name: "Deactivate Jo Bloggs?" });
    expect(dialog).toHaveTextContent("signed out on every device at once");
    await user.click(within(dialog).getByRole("button", { name: "Deactivate" }));
    expect(await screen.findByText("User deactivated")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Reactivate" })).toBeInTheDocument();
  });

  it("offers no Deactivate on the admin's own page", async () => {
    renderDetail(
      [
        {
          request: { query: UserDetailQuery, variables: { organisationId: ORG, userId: ADMIN } },
          result: {
            data: {
              organisation: {
                __typename: "Organisation",
                id: ORG,
                name: "Acme",
                user: jo({ id: ADMIN, displayName: "Ada Admin", role: "ORG_ADMIN" }),
              },
            },
          },
        },
      ],
      ADMIN,
    );
    expect(await screen.findByRole("button", { name: "Change role" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Deactivate" })).not.toBeInTheDocument();
  });

  it("changes the role, and puts the API's refusal beside the role field", async () => {
    const user = renderDetail([
      detail(jo({ role: "ORG_ADMIN" })),
      {
        request: { query: ChangeUserRoleMutation, variables: { userId: JO, role: "EMPLOYEE" } },
        result: {
          errors: [
            new GraphQLError("Jo Bloggs is the organisation's only active admin. Make someone else an admin first.", {
              extensions: { code: "BAD_USER_INPUT", field: "role" },
            }),
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Change role" }));
    const dialog = await screen.findByRole("dialog", { name: "Change Jo Bloggs's role" });
    const roleInput = within(dialog)
      .getAllByLabelText("Role")
      .find((el) => el.tagName === "INPUT")!;
    await user.click(roleInput);
    await user.click(await screen.findByRole("option", { name: "Employee" }));
    expect(within(dialog).getByText("Uses the app; no access to the console's settings.")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Change role" }));
    expect(
      await within(dialog).findByText(
        "Jo Bloggs is the organisation's only active admin. Make someone else an admin first.",
      ),
    ).toBeInTheDocument();
    expect(roleInput).toHaveAttribute("aria-invalid", "true");
  }, 20_000);
});
