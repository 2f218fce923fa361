import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { expectAccessible } from "./a11y";
import { artifacts, missingPrerequisites } from "./env";
import { journeySteps } from "./steps";
import {
  type Api,
  createSupportUser,
  type Device,
  gone,
  graphql,
  launchBrowser,
  newDevice,
  shown,
  signInWithPassword,
  startApi,
  withoutAutofill,
} from "./harness";

/**
 * A person's whole life in the organisation, through the console and the real API: a new passkey named at once, a
 * sign-in code that shows as used on the device that made it, a role change (and the last admin kept), deactivation
 * that ends every session and refuses sign-in, and reactivation.
 */

const skip = missingPrerequisites().length > 0 && process.env.CI !== "true";

const support = { email: "support@lifecycle.example", password: "support-password-0002" };
const admin = { name: "Ada Admin", email: "ada@lifecycle.example", password: "admin-password-0002" };
const employee = { name: "Eli Employee", email: "eli@lifecycle.example", password: "employee-password-02" };
const org = { name: "Lifecycle Ltd", slug: "lifecycle-ltd" };

/** Screenshots of this journey, as e2e/artifacts/lifecycle-NAME.png. */
async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `lifecycle-${name}.png`), fullPage: true });
  await expectAccessible(page, `lifecycle: ${name}`);
}

/** On the prompt: creates the passkey, and keeps the suggested name on the naming step that follows. */
async function createPasskeyAndKeepName(page: Page) {
  await shown(page.getByRole("heading", { name: "Create your passkey" }));
  await page.getByRole("button", { name: "Continue" }).click();
  await shown(page.getByRole("heading", { name: "Your passkey is ready" }), 20_000);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await gone(page.getByRole("heading", { name: "Your passkey is ready" }));
}

async function openUser(page: Page, name: string) {
  await page.goto("/users");
  await page.getByRole("link", { name }).click();
  await shown(page.getByRole("heading", { name }));
}

async function confirmIn(page: Page, title: string, button: string) {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.getByRole("button", { name: button }).click();
  await gone(dialog);
}

const step = journeySteps();

describe.skipIf(skip).sequential("a person's life in the organisation, in the console", () => {
  let api: Api;
  let browser: Browser;
  let supportDevice: Device;
  let adminDevice: Device;
  let phone: Device;
  let laptop: Device;

  beforeAll(async () => {
    api = await startApi();
    await createSupportUser(api, support.email, support.password);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  step("a new passkey is named at once: the suggestion (device and browser) is focused and selected", async () => {
    supportDevice = await newDevice(browser, api.url);
    const { page } = supportDevice;
    await signInWithPassword(page, support);
    await page.waitForURL("**/passkey-setup**");
    await page.getByRole("button", { name: "Continue" }).click();
    await shown(page.getByRole("heading", { name: "Your passkey is ready" }), 20_000);
    const name = page.getByLabel("Passkey name", { exact: true });
    // No known AAGUID (Chrome's virtual authenticator): the API named it after the browser that made it.
    expect(await name.inputValue()).toMatch(/^Chrome on (Linux|Mac|Windows)$/);
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, "name-at-once");
    // The text is selected, so typing replaces it.
    await page.keyboard.type("Support laptop");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/support/organisations");
    const own = await graphql<{ viewer: { user: { passkeys: { name: string }[] } } }>(
      supportDevice,
      "{ viewer { user { passkeys { name } } } }",
    );
    expect(own.data?.viewer.user.passkeys.map((p) => p.name)).toEqual(["Support laptop"]);
  });

  step("support sets up an organisation with an admin and an employee", async () => {
    const call = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await graphql<T>(supportDevice, query, variables);
      expect(result.errors, query).toBeUndefined();
      return result.data!;
    };
    const { createOrganisation } = await call<{ createOrganisation: { id: string } }>(
      "mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }",
      { i: org },
    );
    const organisationId = createOrganisation.id;
    await call("mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }", {
      id: organisationId,
    });
    const { organisation } = await call<{ organisation: { passkeyPolicy: { version: number } } }>(
      "query ($id: ID!) { organisation(id: $id) { passkeyPolicy { version } } }",
      { id: organisationId },
    );
    await call("mutation ($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) { version } }", {
      i: { organisationId, expectedVersion: organisation.passkeyPolicy.version, enabled: true },
    });
    for (const [who, role] of [
      [admin, "ORG_ADMIN"],
      [employee, "EMPLOYEE"],
    ] as const) {
      await call("mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }", {
        i: { organisationId, email: who.email, displayName: who.name, role, password: who.password },
      });
    }
  });

  step("the employee adds a passkey on the security page and names it in the same breath", async () => {
    phone = await newDevice(browser, api.url);
    const { page } = phone;
    await page.goto("/sign-in");
    await withoutAutofill(page, true);
    await signInWithPassword(page, employee, org.slug);
    await page.waitForURL("**/passkey-setup**");
    await page.getByRole("button", { name: "Do this later" }).click();
    await page.goto("/account/security");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    const dialog = page.getByRole("dialog", { name: "Name your new passkey" });
    await shown(dialog, 20_000);
    const name = dialog.getByLabel("Name", { exact: true });
    expect(await name.inputValue()).toMatch(/^Chrome on /);
    await expect.poll(() => name.evaluate((input) => input === document.activeElement)).toBe(true);
    await screenshot(page, "rename-at-once");
    await page.keyboard.type("Eli's phone");
    expect(await name.inputValue()).toBe("Eli's phone");
    await dialog.getByRole("button", { name: "Save name" }).click();
    await gone(dialog);
    await shown(page.getByRole("cell", { name: "Eli's phone", exact: true }));
  });

  step("a code made on the phone shows as used there once the laptop signs in with it", async () => {
    const { page } = phone;
    await page.getByRole("button", { name: "Sign in on another device" }).click();
    const code = (await page.getByTestId("sign-in-code").textContent())!.trim();
    await shown(page.getByTestId("code-countdown"));

    laptop = await newDevice(browser, api.url);
    const lp = laptop.page;
    await lp.goto("/sign-in");
    await lp.getByRole("button", { name: "Use a code from your app" }).click();
    await lp.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await lp.getByLabel("Email", { exact: true }).fill(employee.email);
    await lp.getByLabel("Code", { exact: true }).fill(code);
    await lp.getByRole("button", { name: "Sign in with code" }).click();
    await lp.waitForURL("**/passkey-setup**");

    // The phone asks every two seconds: it says "used" and stops counting down.
    await shown(page.getByText("This code was used to sign in", { exact: false }), 10_000);
    await gone(page.getByTestId("code-countdown"));
    await shown(page.getByRole("button", { name: "Make a new code" }));
    await screenshot(page, "code-used");
  });

  step("the admin changes the employee's role, and cannot demote themselves as the only admin", async () => {
    adminDevice = await newDevice(browser, api.url);
    const { page } = adminDevice;
    await signInWithPassword(page, admin, org.slug);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    if (new URL(page.url()).pathname === "/passkey-setup") {
      const skippable = await page.getByRole("button", { name: "Do this later" }).count();
      if (skippable) await page.getByRole("button", { name: "Do this later" }).click();
      else await createPasskeyAndKeepName(page);
    }

    await openUser(page, employee.name);
    await page.getByRole("button", { name: "Change role" }).click();
    const dialog = page.getByRole("dialog", { name: `Change ${employee.name}'s role` });
    await dialog.getByLabel("Role", { exact: true }).first().click();
    await page.getByRole("option", { name: "App editor", exact: true }).click();
    await dialog.getByRole("button", { name: "Change role" }).click();
    await gone(dialog);
    await shown(page.getByText("App editor", { exact: true }));
    await screenshot(page, "role-changed");

    await openUser(page, admin.name);
    await page.getByRole("button", { name: "Change role" }).click();
    const own = page.getByRole("dialog", { name: `Change ${admin.name}'s role` });
    await own.getByLabel("Role", { exact: true }).first().click();
    await page.getByRole("option", { name: "Employee", exact: true }).click();
    await own.getByRole("button", { name: "Change role" }).click();
    await shown(own.getByText("You are the organisation's only active admin. Make someone else an admin first."));
    await screenshot(page, "last-admin");
    await own.getByRole("button", { name: "Cancel" }).click();
    await gone(own);
    // Nor is there a way to deactivate oneself.
    expect(await page.getByRole("button", { name: "Deactivate" }).count()).toBe(0);
  });

  step("deactivated, the employee is signed out on every device and cannot sign in", async () => {
    const { page } = adminDevice;
    await openUser(page, employee.name);
    await page.getByRole("button", { name: "Deactivate" }).click();
    await confirmIn(page, `Deactivate ${employee.name}?`, "Deactivate");
    await shown(page.getByRole("button", { name: "Reactivate" }));
    await shown(page.getByText(/was deactivated on .* and cannot sign in/));
    await screenshot(page, "deactivated");

    const viewer = "{ viewer { authenticated } }";
    for (const device of [phone, laptop]) {
      const result = await graphql<{ viewer: { authenticated: boolean } }>(device, viewer);
      expect(result.data?.viewer.authenticated).toBe(false);
    }
    const ep = phone.page;
    await ep.goto("/account/security");
    await ep.waitForURL("**/sign-in**");
    await ep.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await ep.getByRole("button", { name: "Sign in with a passkey" }).click();
    await shown(ep.getByRole("alert"), 20_000);
    expect(new URL(ep.url()).pathname).toBe("/sign-in");
    await screenshot(ep, "deactivated-sign-in");
  });

  step("reactivated, the employee signs in with their passkey again", async () => {
    const { page } = adminDevice;
    await page.getByRole("button", { name: "Reactivate" }).click();
    await confirmIn(page, `Reactivate ${employee.name}?`, "Reactivate");
    await shown(page.getByRole("button", { name: "Deactivate" }));

    const ep = phone.page;
    await ep.goto("/sign-in");
    await ep.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await ep.getByRole("button", { name: "Sign in with a passkey" }).click();
    await ep.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
    await screenshot(ep, "reactivated");

    // The activity feed tells the story in words.
    await page.goto("/activity");
    await shown(page.getByText(`${admin.name} reactivated ${employee.name}`).first());
    await shown(page.getByText(`${admin.name} deactivated ${employee.name}`, { exact: false }).first());
    await shown(page.getByText(`${admin.name} made ${employee.name} an app editor`).first());
    await screenshot(page, "activity");
  });
});
