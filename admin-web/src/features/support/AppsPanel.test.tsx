import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { AppRegistrationFieldsFragment } from "../../graphql/graphql";
import { renderWithMantine } from "../../test/render";
import { fingerprintsOf } from "./AddAppModal";
import { AppsPanel, NoAppsWarning } from "./AppsPanel";
import {
  OrganisationAppsQuery,
  RegisterAndroidAppMutation,
  RegisterIosAppMutation,
  RemoveAppMutation,
} from "./operations";

const ORG = "7d2f0c9e-35a4-4c51-9a51-0f0b7c3f2a10";
const RELEASE = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
const RELEASE_ORIGIN = "android:apk-key-hash:FG3pg8VzBlDY7rmVLzT8ZBagg0LmHb6oigSWsj_PROU";

const iosApp: AppRegistrationFieldsFragment & { __typename: "AppRegistration" } = {
  __typename: "AppRegistration",
  id: "a1",
  platform: "IOS",
  appId: "A1B2C3D4E5.com.acme.employees",
  teamId: "A1B2C3D4E5",
  bundleId: "com.acme.employees",
  packageName: null,
  certificateFingerprints: [],
  origins: [],
  associationFile: "/.well-known/apple-app-site-association",
  associationEntry: '"A1B2C3D4E5.com.acme.employees"',
  createdAt: "2026-03-02T09:00:00.000Z",
};
const androidApp: typeof iosApp = {
  ...iosApp,
  id: "a2",
  platform: "ANDROID",
  appId: "com.acme.employees",
  teamId: null,
  bundleId: null,
  packageName: "com.acme.employees",
  certificateFingerprints: [RELEASE],
  origins: [RELEASE_ORIGIN],
  associationFile: "/.well-known/assetlinks.json",
  associationEntry: JSON.stringify(
    {
      relation: ["delegate_permission/common.get_login_creds"],
      target: { namespace: "android_app", package_name: "com.acme.employees", sha256_cert_fingerprints: [RELEASE] },
    },
    null,
    2,
  ),
};

const appsResult = (apps: (typeof iosApp)[]): MockLink.MockedResponse => ({
  request: { query: OrganisationAppsQuery, variables: { id: ORG } },
  result: { data: { organisation: { __typename: "Organisation", id: ORG, apps } } },
});

function renderPanel(mocks: MockLink.MockedResponse[]) {
  renderWithMantine(
    <MockedProvider mocks={mocks}>
      <AppsPanel organisationId={ORG} />
    </MockedProvider>,
  );
  return userEvent.setup();
}

describe("the no-app warning", () => {
  it("warns when passkeys are on and no app is registered", () => {
    renderWithMantine(
      <NoAppsWarning organisationName="Acme Retail" passkeysActivated requirement="OPTIONAL" appCount={0} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Passkeys are on for Acme Retail, but none of its apps is registered: employees cannot create or use passkeys in its iOS and Android apps.",
    );
  });

  it("asks for the apps before the admins turn passkeys on, once support has activated them", () => {
    renderWithMantine(
      <NoAppsWarning organisationName="Acme Retail" passkeysActivated requirement="OFF" appCount={0} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("register its iOS and Android apps before its admins turn");
  });

  it("says nothing when an app is registered, or passkeys are not activated", () => {
    renderWithMantine(
      <>
        <NoAppsWarning organisationName="A" passkeysActivated requirement="MANDATORY" appCount={1} />
        <NoAppsWarning organisationName="B" passkeysActivated={false} requirement="OFF" appCount={0} />
      </>,
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("the apps panel", () => {
  it("shows each app as its association file names it, with an Android app's origins", async () => {
    renderPanel([appsResult([iosApp, androidApp])]);
    const ios = await screen.findByTestId("app-A1B2C3D4E5.com.acme.employees");
    expect(within(ios).getByLabelText("A1B2C3D4E5.com.acme.employees in apple-app-site-association")).toHaveTextContent(
      '"A1B2C3D4E5.com.acme.employees"',
    );
    expect(within(ios).getByText(/Team ID A1B2C3D4E5 · bundle id com.acme.employees/)).toBeInTheDocument();
    const android = screen.getByTestId("app-com.acme.employees");
    const entry = within(android).getByLabelText("com.acme.employees in assetlinks.json").textContent!;
    expect(JSON.parse(entry).target).toEqual({
      namespace: "android_app",
      package_name: "com.acme.employees",
      sha256_cert_fingerprints: [RELEASE],
    });
    expect(within(android).getByText(RELEASE_ORIGIN)).toBeInTheDocument();
  });

  it("says so when a platform has no app", async () => {
    renderPanel([appsResult([])]);
    expect(await screen.findByText("No iOS app registered.")).toBeInTheDocument();
    expect(screen.getByText("No Android app registered.")).toBeInTheDocument();
  });

  it("registers an Android app with one fingerprint per line", async () => {
    const register: MockLink.MockedResponse = {
      request: {
        query: RegisterAndroidAppMutation,
        variables: {
          input: {
            organisationId: ORG,
            packageName: "com.acme.employees",
            certificateFingerprints: [RELEASE, "ab".repeat(32)],
          },
        },
      },
      result: { data: { registerAndroidApp: androidApp } },
    };
    const user = renderPanel([appsResult([]), register, appsResult([androidApp])]);
    await user.click(await screen.findByRole("button", { name: "Add Android app" }));
    const dialog = await screen.findByRole("dialog", { name: "Add Android app" });
    await user.type(within(dialog).getByLabelText("Package name"), "com.acme.employees");
    await user.click(within(dialog).getByLabelText("SHA-256 certificate fingerprints"));
    await user.paste(`${RELEASE}\n${"ab".repeat(32)}`);
    await user.click(within(dialog).getByRole("button", { name: "Register app" }));
    expect(await screen.findByText("com.acme.employees is in assetlinks.json now.")).toBeInTheDocument();
    expect(await screen.findByTestId("app-com.acme.employees")).toBeInTheDocument();
  }, 20_000);

  it("shows the API's refusal under the field it names", async () => {
    const refused: MockLink.MockedResponse = {
      request: {
        query: RegisterIosAppMutation,
        variables: { input: { organisationId: ORG, teamId: "A1B2", bundleId: "com.acme.employees" } },
      },
      result: {
        errors: [
          new GraphQLError("A Team ID has exactly 10 letters and digits.", {
            extensions: { code: "BAD_USER_INPUT", field: "teamId" },
          }),
        ],
      },
    };
    const user = renderPanel([appsResult([]), refused]);
    await user.click(await screen.findByRole("button", { name: "Add iOS app" }));
    const dialog = await screen.findByRole("dialog", { name: "Add iOS app" });
    await user.type(within(dialog).getByLabelText("Team ID"), "A1B2");
    await user.type(within(dialog).getByLabelText("Bundle id"), "com.acme.employees");
    await user.click(within(dialog).getByRole("button", { name: "Register app" }));
    expect(await within(dialog).findByText("A Team ID has exactly 10 letters and digits.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Team ID")).toHaveAttribute("aria-invalid", "true");
  }, 20_000);

  it("removes an app after asking", async () => {
    const remove: MockLink.MockedResponse = {
      request: { query: RemoveAppMutation, variables: { id: "a1" } },
      result: { data: { removeApp: { __typename: "AppRegistration", id: "a1" } } },
    };
    const user = renderPanel([appsResult([iosApp]), remove, appsResult([])]);
    await user.click(await screen.findByRole("button", { name: "Remove A1B2C3D4E5.com.acme.employees" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove A1B2C3D4E5.com.acme.employees?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove app" }));
    expect(await screen.findByText("No iOS app registered.")).toBeInTheDocument();
  }, 20_000);
});

describe("fingerprints as pasted", () => {
  it("splits on lines, commas and spaces", () => {
    expect(fingerprintsOf(` ${RELEASE}\n\nabcd, ef  01\n`)).toEqual([RELEASE, "abcd", "ef", "01"]);
  });
});
