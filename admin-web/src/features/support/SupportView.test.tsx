import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { PolicyFieldsFragment } from "../../graphql/graphql";
import { renderWithMantine } from "../../test/render";
import { PasskeyAuthenticatorsQuery, PasskeySettingsQuery } from "../passkey-settings/operations";
import { OrganisationsQuery } from "./operations";
import { OrganisationsPage } from "./OrganisationsPage";
import { PasskeyStateBadge } from "./PasskeyStateBadge";
import { policyFacts, PolicySummary, supportStatusSentence } from "./PolicySummary";

const ORG = "7d2f0c9e-35a4-4c51-9a51-0f0b7c3f2a10";

const policy: PolicyFieldsFragment & { __typename: "PasskeyPolicy" } = {
  __typename: "PasskeyPolicy",
  enabled: true,
  forcePasskeySetup: false,
  requirement: "OPTIONAL",
  enabledFrom: null,
  forceSetupFrom: "2027-01-04T00:00:00.000Z",
  remindAfterDays: 7,
  maxSkips: null,
  mandatoryRoles: ["ORG_ADMIN", "APP_EDITOR"],
  userVerification: "REQUIRED",
  allowedAuthenticators: ["fbfc3007-154e-4ecc-8c0b-6e020557d7bd"],
  requireAttestation: false,
  allowPasswordAfterPasskey: false,
  version: 4,
  updatedAt: "2026-11-30T16:20:00.000Z",
  updatedBy: null,
};

describe("the badge", () => {
  it.each([
    [false, "OFF", "Not activated"],
    [true, "OFF", "Activated, off"],
    [true, "OPTIONAL", "Optional"],
    [true, "MANDATORY", "Mandatory"],
  ] as const)("activated %s, %s: one state, “%s”", (activated, requirement, label) => {
    renderWithMantine(<PasskeyStateBadge activated={activated} requirement={requirement} />);
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getAllByText(/./)).toHaveLength(1);
  });
});

describe("support's policy summary", () => {
  it("speaks to support about what it can do", () => {
    expect(supportStatusSentence("Acme", false, policy)).toBe(
      "Passkeys are not activated for Acme. Its admins cannot turn them on until you activate them.",
    );
    expect(supportStatusSentence("Acme", true, { ...policy, enabled: false, requirement: "OFF" })).toBe(
      "You have activated passkeys for Acme; its admins have not turned them on yet.",
    );
    expect(
      supportStatusSentence(
        "Acme",
        true,
        { ...policy, requirement: "OFF", enabledFrom: "2026-12-10T00:00:00.000Z" },
        new Date("2026-12-02T00:00:00Z"),
      ),
    ).toBe("Acme's admins have scheduled passkeys to switch on on 10 December 2026.");
  });

  it("lists the policy as facts in words, never codes", () => {
    const facts = Object.fromEntries(
      policyFacts(policy, (aaguid) => (aaguid.startsWith("fbfc") ? "Apple Passwords" : undefined)).map((f) => [
        f.label,
        f.value,
      ]),
    );
    expect(facts).toMatchObject({
      "Ask again after a skip": "After 7 days",
      "Skips before it becomes mandatory": "No limit",
      "Mandatory for roles": "Organisation admin, App editor",
      "Mandatory from": "4 January 2027",
      "Allowed authenticators": "Apple Passwords",
      "User verification": "required (Face ID, fingerprint or PIN every time)",
    });
    expect(JSON.stringify(facts)).not.toMatch(/ORG_ADMIN|APP_EDITOR|REQUIRED/);
  });

  it("is a card, not a greyed-out form, and does not tell support to contact support", async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: PasskeySettingsQuery, variables: { id: ORG } },
        result: {
          data: {
            organisation: {
              __typename: "Organisation",
              id: ORG,
              name: "Acme Retail",
              slug: "acme",
              passkeysActivated: true,
              passkeyPolicy: policy,
            },
          },
        },
      },
      {
        request: { query: PasskeyAuthenticatorsQuery },
        result: { data: { passkeyAuthenticators: [] } },
      },
    ];
    renderWithMantine(
      <MockedProvider mocks={mocks}>
        <PolicySummary organisationId={ORG} />
      </MockedProvider>,
    );
    const card = await screen.findByRole("region", { name: "Policy summary" });
    expect(within(card).getByTestId("support-status")).toHaveTextContent(
      "Passkeys are optional at Acme Retail: employees are offered one and may skip.",
    );
    expect(within(card).queryByRole("textbox")).toBeNull();
    expect(within(card).queryByRole("checkbox")).toBeNull();
    expect(card).not.toHaveTextContent(/contact support/i);
  });
});

describe("support's organisations list", () => {
  const row = (name: string, users: number, withPasskey: number, lastActivityAt: string | null) => ({
    cursor: name,
    node: {
      __typename: "Organisation" as const,
      id: `id-${name}`,
      name,
      slug: name.toLowerCase(),
      passkeysActivated: true,
      createdAt: "2026-10-01T09:00:00.000Z",
      passkeyPolicy: { __typename: "PasskeyPolicy" as const, requirement: "OPTIONAL" as const },
      summary: {
        __typename: "OrganisationSummary" as const,
        users,
        usersWithPasskey: withPasskey,
        adoptionRate: users ? withPasskey / users : 0,
        lastActivityAt,
      },
    },
  });
  const page = (edges: ReturnType<typeof row>[]) => ({
    data: {
      organisations: {
        __typename: "OrganisationConnection",
        totalCount: edges.length,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: edges.map((e) => ({ __typename: "OrganisationEdge", ...e })),
      },
    },
  });

  it("shows users, adoption and last activity, and sorts by the API", async () => {
    const acme = row("Acme", 40, 30, "2026-12-01T10:00:00.000Z");
    const quiet = row("Quiet", 0, 0, null);
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: OrganisationsQuery,
          variables: { first: 50, search: null, sort: null, direction: null },
        },
        result: page([quiet, acme]),
      },
      {
        request: {
          query: OrganisationsQuery,
          variables: { first: 50, search: null, sort: "ADOPTION", direction: "DESC" },
        },
        result: page([acme, quiet]),
      },
    ];
    renderWithMantine(
      <MemoryRouter>
        <MockedProvider mocks={mocks}>
          <OrganisationsPage />
        </MockedProvider>
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    const names = async () =>
      (await screen.findAllByTestId("organisation-row")).map((r) => within(r).getAllByRole("cell")[0].textContent);
    expect(await names()).toEqual(["Quiet", "Acme"]);
    const [quietRow, acmeRow] = screen.getAllByTestId("organisation-row");
    expect(within(acmeRow).getByText("75%")).toHaveAttribute("title", "30 of 40 users have a passkey");
    expect(within(quietRow).getByText("No users")).toBeInTheDocument();
    expect(within(quietRow).getByText("None yet")).toBeInTheDocument();
    expect(within(acmeRow).getByText("1 October 2026")).toHaveAttribute("title");

    await user.click(screen.getAllByLabelText("Sort by")[0]);
    await user.click(await screen.findByRole("option", { name: "Highest adoption" }));
    await screen.findByText(/highest adoption/);
    expect(await names()).toEqual(["Acme", "Quiet"]);
  }, 20_000);
});
