import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../../test/render";
import { duration, securityMarkdown, securityPlainText, securitySections, type SecurityProfile } from "./securityFacts";
import { SecurityFacts } from "./SecurityFactsPage";
import { PasskeySecurityProfileQuery } from "./securityFacts.operations";

beforeAll(() => {
  process.env.TZ = "Europe/London";
});

const ORG = "7d2f0c9e-35a4-4c51-9a51-0f0b7c3f2a10";
const profile: SecurityProfile & { __typename: "PasskeySecurityProfile" } = {
  __typename: "PasskeySecurityProfile",
  organisationId: ORG,
  organisationName: "Acme Retail",
  rpId: "passkeys.example.com",
  rpName: "Acme Passkeys",
  webOrigins: ["https://passkeys.example.com", "https://cms.example.com"],
  androidAppOrigins: ["android:apk-key-hash:FG3pg8VzBlDY7rmVLzT8ZBagg0LmHb6oigSWsj_PROU"],
  iosAppIds: [],
  requirement: "OPTIONAL",
  userVerification: "REQUIRED",
  requireAttestation: false,
  attestationTrustRootsConfigured: false,
  allowedAuthenticators: [
    { __typename: "AllowedAuthenticator", aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd", name: "Apple Passwords" },
    { __typename: "AllowedAuthenticator", aaguid: "0badc0de-0000-4000-8000-000000000000", name: null },
  ],
  allowPasswordAfterPasskey: false,
  sessionIdleMinutes: 1440,
  sessionAbsoluteHours: 336,
  rateLimits: {
    __typename: "SignInRateLimits",
    accountAttempts: 10,
    accountWindowMinutes: 15,
    accountBlockMinutes: 5,
    ipAttempts: 300,
    ipWindowMinutes: 15,
  },
  challengeMinutes: 5,
  signInCodeMinutes: 10,
  signInCodeTries: 5,
  auditRetentionDays: 400,
  passkeys: { __typename: "PasskeyKinds", total: 8, synced: 6, deviceBound: 2 },
  generatedAt: "2026-12-02T14:05:00.000Z",
};

const factsOf = (title: string) =>
  Object.fromEntries(
    securitySections(profile)
      .find((s) => s.title === title)!
      .facts.map((f) => [f.label, f.value]),
  );

describe("the facts for IT and Info Security", () => {
  it("says durations in their largest whole unit", () => {
    expect([duration(30), duration(60), duration(1440), duration(336 * 60), duration(90)]).toEqual([
      "30 minutes",
      "1 hour",
      "1 day",
      "14 days",
      "90 minutes",
    ]);
  });

  it("answers from the live profile, in words", () => {
    expect(factsOf("Where passkeys work")).toMatchObject({
      "Relying party ID": "passkeys.example.com",
      "Web origins accepted": ["https://passkeys.example.com", "https://cms.example.com"],
      "iOS apps allowed": "None",
    });
    expect(factsOf("The policy in force")).toMatchObject({
      "Allowed authenticators": ["Apple Passwords", "Unlisted model (AAGUID 0badc0de-0000-4000-8000-000000000000)"],
      "Password after a passkey": "Refused: once someone has a passkey, their password alone no longer signs them in.",
    });
    expect(factsOf("Sessions and limits")).toMatchObject({
      "Idle session lifetime": "Ends after 1 day unused",
      "Absolute session lifetime": "Ends 14 days after sign-in, used or not",
      "Failed sign-ins per account": "10 failures in 15 minutes lock the account for 5 minutes",
      "Sign-in codes": "Single use, valid 10 minutes, void after 5 wrong tries",
    });
    expect(factsOf("Passkeys in use")).toEqual({
      Passkeys: "8 passkeys",
      Synced: "6 (75%)",
      "Device-bound": "2 (25%)",
    });
    expect(factsOf("What the service stores").Never).toContain(
      "Biometrics: a face or fingerprint never leaves the device",
    );
  });

  it("copies as Markdown and as plain text, the same answers", () => {
    const markdown = securityMarkdown(profile);
    expect(markdown).toMatch(/^# Passkeys at Acme Retail: answers for IT and Info Security\n/);
    expect(markdown).toContain("_Generated 2 Dec 2026, 14:05 from the live settings._");
    expect(markdown).toContain("## Sessions and limits");
    expect(markdown).toContain("- **Relying party ID:** passkeys.example.com — _Passkeys are bound to this domain");
    expect(markdown).toContain(
      "- **Web origins accepted:**\n  - https://passkeys.example.com\n  - https://cms.example.com",
    );
    const text = securityPlainText(profile);
    expect(text).toContain("SESSIONS AND LIMITS\nIdle session lifetime: Ends after 1 day unused");
    expect(text).not.toMatch(/[*_#]{2}/);
  });
});

describe("the security page", () => {
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: PasskeySecurityProfileQuery, variables: { organisationId: ORG } },
      result: { data: { passkeySecurityProfile: profile } },
    },
  ];
  afterEach(() => vi.restoreAllMocks());

  it("shows each section, and prints and copies it", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    renderWithMantine(
      <MockedProvider mocks={mocks}>
        <SecurityFacts organisationId={ORG} />
      </MockedProvider>,
    );
    // user-event puts its own clipboard in place of the browser's.
    const user = userEvent.setup();
    const section = await screen.findByRole("region", { name: "Sessions and limits" });
    expect(within(section).getByRole("rowheader", { name: "Idle session lifetime" })).toBeInTheDocument();
    expect(within(section).getByText("Ends after 1 day unused")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Passkeys at Acme Retail: answers for IT and Info Security",
    );

    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    expect(await navigator.clipboard.readText()).toBe(securityMarkdown(profile));
    expect(await screen.findByRole("button", { name: "Copied" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy as text" }));
    expect(await navigator.clipboard.readText()).toBe(securityPlainText(profile));
  }, 20_000);
});
