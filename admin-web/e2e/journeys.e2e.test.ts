import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { expectAccessible, expectFitsPhone } from "./a11y";
import { missingPrerequisites } from "./env";
import { journeySteps } from "./steps";
import {
  type Api,
  createSupportUser,
  type Device,
  gone,
  graphql,
  launchBrowser,
  newDevice,
  screenshot,
  shown,
  signInWithPassword,
  signOut,
  startApi,
  withoutAutofill,
} from "./harness";

const skip = missingPrerequisites().length > 0 && process.env.CI !== "true";

const support = {
  email: "support@example.com",
  password: "support-password-0001",
};
const admin = {
  name: "Ada Admin",
  email: "ada@acme.example",
  password: "admin-password-0001",
};
const employee = {
  name: "Eli Employee",
  email: "eli@acme.example",
  password: "employee-password-01",
};
const org = { name: "Acme Retail", slug: "acme-retail" };

type Locator = ReturnType<Page["locator"]>;

/** Presses a key (Tab, Shift+Tab) and checks where focus landed. */
async function pressTo(page: Page, key: string, target: Locator, what: string) {
  await page.keyboard.press(key);
  await expect
    .poll(() => target.evaluate((element) => element === document.activeElement), {
      message: `${key} should move focus to ${what}`,
    })
    .toBe(true);
}

/** The sign-in form with the keyboard alone: Tab order, the password's visibility button, Enter to submit. */
async function signInWithKeyboard(page: Page, who: { email: string; password: string }, organisation = "") {
  await page.goto("/sign-in");
  await shown(page.getByRole("heading", { name: "Sign in" }));
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const toggle = page.getByRole("button", { name: "Show or hide the password" });
  const submit = page.getByRole("button", { name: "Sign in", exact: true });
  await pressTo(page, "Tab", field("Organisation"), "Organisation");
  await page.keyboard.press("ControlOrMeta+A");
  if (organisation) await page.keyboard.type(organisation);
  else await page.keyboard.press("Delete");
  await pressTo(page, "Tab", field("Email"), "Email");
  await page.keyboard.type(who.email);
  await pressTo(page, "Tab", field("Password"), "Password");
  await page.keyboard.type(who.password);
  await pressTo(page, "Tab", toggle, "the password's visibility button");
  await page.keyboard.press("Space");
  await expect.poll(() => field("Password").getAttribute("type")).toBe("text");
  await page.keyboard.press("Space");
  await expect.poll(() => field("Password").getAttribute("type")).toBe("password");
  await pressTo(page, "Tab", submit, "Sign in");
  await pressTo(page, "Tab", page.getByRole("button", { name: "Sign in with a passkey" }), "Sign in with a passkey");
  await pressTo(page, "Shift+Tab", submit, "Sign in (back)");
  await pressTo(page, "Shift+Tab", toggle, "the visibility button (back)");
  await pressTo(page, "Tab", submit, "Sign in");
  await page.keyboard.press("Enter");
}

async function chooseOption(page: Page, scope: ReturnType<Page["locator"]>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).first().click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function addUser(page: Page, who: { name: string; email: string; password: string }, role: string) {
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Name", { exact: true }).fill(who.name);
  await dialog.getByLabel("Email", { exact: true }).fill(who.email);
  await chooseOption(page, dialog, "Role", role);
  await dialog.getByLabel("Initial password", { exact: true }).fill(who.password);
  await dialog.getByRole("button", { name: "Add user" }).click();
  await gone(dialog);
  await shown(page.getByRole("link", { name: who.name }));
}

async function createPasskeyOnPrompt(
  page: Page,
  device: Device,
  { canSkip, keyboard = false }: { canSkip: boolean; keyboard?: boolean },
) {
  const heading = page.getByRole("heading", { name: "Create your passkey" });
  const create = page.getByRole("button", { name: "Continue" });
  await shown(heading);
  if (canSkip) await shown(page.getByRole("button", { name: "Do this later" }));
  else await expect.poll(() => page.getByRole("button", { name: "Do this later" }).count()).toBe(0);
  const before = new Set((await device.credentials()).map((c) => c.credentialId));
  if (keyboard) {
    // Focus starts on the heading; Tab reaches "Continue", then "Sign out"; Shift+Tab comes back; Enter creates.
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await pressTo(page, "Tab", create, "Continue");
    await pressTo(page, "Tab", page.getByRole("button", { name: "Sign out" }), "Sign out");
    await pressTo(page, "Shift+Tab", create, "Continue (back)");
    await page.keyboard.press("Enter");
  } else await create.click();
  await gone(page.getByRole("heading", { name: "Create your passkey" }), 20_000);
  // The new passkey is named at once; the suggested name (device and browser) is kept here.
  await shown(page.getByRole("heading", { name: "Your passkey is ready" }));
  await page.getByRole("button", { name: "Save and continue" }).click();
  // A new credential on this device (one for the same user may replace an older one).
  const after = (await device.credentials()).map((c) => c.credentialId);
  expect(after.some((id) => !before.has(id))).toBe(true);
}

let openBrowser: Browser | undefined;

async function screenshotEveryPage(prefix: string) {
  for (const context of openBrowser?.contexts() ?? []) {
    for (const page of context.pages())
      await screenshot(page, `${prefix}-${new URL(page.url()).pathname.slice(1).replaceAll("/", "_") || "root"}`);
  }
}
const step = journeySteps(() => screenshotEveryPage("failure"));

describe.skipIf(skip).sequential("passkey journeys through the console and the real API", () => {
  let api: Api;
  let browser: Browser;
  let supportDevice: Device;
  let adminDevice: Device;
  let employeeDevice: Device;
  let laptop: Device;

  beforeAll(async () => {
    api = await startApi();
    await createSupportUser(api, support.email, support.password);
    browser = await launchBrowser();
    openBrowser = browser;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  step("support signs in with a password and is made to create a passkey, with the keyboard alone", async () => {
    supportDevice = await newDevice(browser, api.url);
    const { page } = supportDevice;
    await page.goto("/");
    await page.waitForURL("**/sign-in");
    await screenshot(page, "sign-in");
    await expectAccessible(page, "sign-in");
    await signInWithKeyboard(page, support);
    await page.waitForURL("**/passkey-setup**");
    await shown(page.getByRole("heading", { name: "Create your passkey" }));
    await screenshot(page, "passkey-prompt-required");
    await expectAccessible(page, "passkey prompt (mandatory)");
    await createPasskeyOnPrompt(page, supportDevice, { canSkip: false, keyboard: true });
    await page.waitForURL("**/support/organisations");
    await shown(page.getByRole("heading", { name: "Organisations" }));
    await expectAccessible(page, "support: organisations (empty)");
  });

  step("support creates an organisation and activates passkeys for it", async () => {
    const { page } = supportDevice;
    await page.getByRole("button", { name: "New organisation" }).click();
    const dialog = page.getByRole("dialog", { name: "New organisation" });
    await shown(dialog);
    await expectAccessible(page, "support: new organisation dialog");
    await dialog.getByLabel("Name", { exact: true }).fill(org.name);
    await expect.poll(() => dialog.getByLabel("Slug", { exact: true }).inputValue()).toBe(org.slug);
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL("**/support/organisations/*");
    await shown(page.getByRole("heading", { name: org.name }));
    await shown(page.getByText("Not activated", { exact: true }));

    await page.getByRole("button", { name: "Activate passkeys" }).click();
    await shown(page.getByRole("dialog"));
    await expectAccessible(page, "support: confirm activation dialog");
    await page.getByRole("dialog").getByRole("button", { name: "Activate passkeys" }).click();
    await shown(page.getByText("Activated, off", { exact: true }));
    await shown(page.getByRole("button", { name: "Deactivate passkeys" }));
    await screenshot(page, "support-organisation");
    await expectAccessible(page, "support: organisation (policy)");

    await page.goto("/support/organisations");
    await shown(page.getByRole("link", { name: org.name }));
    await screenshot(page, "support-organisations");
    await expectAccessible(page, "support: organisations");
  });

  step(
    "support is warned that the organisation has no app, registers its apps, and finds them in the two files",
    async () => {
      const { page } = supportDevice;
      const release = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
      const debug = "b0a5c91c0b3f7d1e3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2";
      const file = async (path: string) => (await fetch(`${api.url}/.well-known/${path}`)).json();
      await page.getByRole("link", { name: org.name }).click();
      const warning = page.getByRole("alert").filter({ hasText: "No app registered" });
      await shown(warning);
      await page.getByRole("tab", { name: "Apps" }).click();
      await shown(page.getByRole("button", { name: "Add iOS app" }));
      await expectAccessible(page, "support: organisation (apps, none)");

      const addApp = async (button: string, fields: Record<string, string>) => {
        await page.getByRole("button", { name: button }).click();
        const dialog = page.getByRole("dialog", { name: button });
        await shown(dialog);
        await expectAccessible(page, `support: ${button} dialog`);
        for (const [label, value] of Object.entries(fields))
          await dialog.getByLabel(label, { exact: true }).fill(value);
        await dialog.getByRole("button", { name: "Register app" }).click();
        await gone(dialog);
      };
      await addApp("Add iOS app", { "Team ID": "A1B2C3D4E5", "Bundle id": "com.acme.retail" });
      await shown(page.getByTestId("app-A1B2C3D4E5.com.acme.retail"));
      await gone(warning);
      await addApp("Add Android app", {
        "Package name": "com.acme.retail",
        "SHA-256 certificate fingerprints": `${release}\n${debug}`,
      });
      await addApp("Add Android app", {
        "Package name": "com.acme.retail.beta",
        "SHA-256 certificate fingerprints": debug,
      });
      const android = page.getByTestId("app-com.acme.retail");
      await shown(android.getByText("android:apk-key-hash:FG3pg8VzBlDY7rmVLzT8ZBagg0LmHb6oigSWsj_PROU"));
      await screenshot(page, "support-organisation-apps");
      await expectAccessible(page, "support: organisation (apps)");

      // What the console shows is what the files say.
      const entry = await android.getByLabel("com.acme.retail in assetlinks.json").textContent();
      const links = await file("assetlinks.json");
      expect(links).toContainEqual(JSON.parse(entry!));
      expect(links.map((s: { target: { package_name: string } }) => s.target.package_name)).toEqual([
        "com.acme.retail",
        "com.acme.retail.beta",
      ]);
      expect(await file("apple-app-site-association")).toEqual({
        webcredentials: { apps: ["A1B2C3D4E5.com.acme.retail"] },
      });

      await page.getByRole("button", { name: "Remove com.acme.retail.beta" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Remove app" }).click();
      await gone(page.getByTestId("app-com.acme.retail.beta"));
      expect(
        (await file("assetlinks.json")).map((s: { target: { package_name: string } }) => s.target.package_name),
      ).toEqual(["com.acme.retail"]);
      await page.goto("/support/organisations");
      await shown(page.getByRole("link", { name: org.name }));
    },
  );

  step("support adds the organisation's admin and an employee", async () => {
    const { page } = supportDevice;
    await page.getByRole("link", { name: org.name }).click();
    await page.getByRole("tab", { name: "Users" }).click();
    await shown(page.getByText("No users yet"));
    await expectAccessible(page, "support: organisation (users, none)");
    await page.getByRole("button", { name: "Add user" }).click();
    await shown(page.getByRole("dialog", { name: "Add user" }));
    await expectAccessible(page, "support: add user dialog");
    await page.keyboard.press("Escape");
    await gone(page.getByRole("dialog", { name: "Add user" }));
    await addUser(page, admin, "Organisation admin");
    await addUser(page, employee, "Employee");
    await screenshot(page, "support-organisation-users");
    await expectAccessible(page, "support: organisation (users)");
    for (const tab of ["Adoption", "Activity"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect.poll(() => page.getByRole("tab", { name: tab }).getAttribute("aria-selected")).toBe("true");
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, `support: organisation (${tab.toLowerCase()})`);
    }
    await page.getByRole("tab", { name: "Users" }).click();
    await page.getByRole("link", { name: employee.name }).click();
    await shown(page.getByRole("heading", { name: employee.name }));
    await expectAccessible(page, "support: user");
  });

  step("the admin signs in, enables passkeys (optional), and skips the offered prompt with the keyboard", async () => {
    adminDevice = await newDevice(browser, api.url);
    const { page } = adminDevice;
    await signInWithPassword(page, admin, org.slug);
    await page.waitForURL("**/settings/passkeys");
    await expect
      .poll(() => page.getByTestId("requirement-sentence").textContent())
      .toBe("Passkeys are off: employees sign in with their password.");
    await expectAccessible(page, "settings (off)");
    await page.getByRole("switch", { name: "Enable passkeys" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Apply changes" }).click();
    await expect
      .poll(() => page.getByTestId("requirement-sentence").textContent())
      .toBe(
        "Passkeys are optional: employees are asked to create one and can choose “Do this later”. After a skip they are not asked again.",
      );
    await screenshot(page, "passkey-settings-optional");
    await expectAccessible(page, "settings (optional)");

    // A fresh sign-in asks the viewer's next step: an offer, which can be skipped, here with the keyboard alone.
    await signOut(page);
    await signInWithKeyboard(page, admin, org.slug);
    await page.waitForURL("**/passkey-setup**");
    const heading = page.getByRole("heading", { name: "Create your passkey" });
    await shown(heading);
    await screenshot(page, "passkey-prompt-optional");
    await expectAccessible(page, "passkey prompt (optional)");
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const later = page.getByRole("button", { name: "Do this later" });
    await pressTo(page, "Tab", page.getByRole("button", { name: "Continue" }), "Continue");
    await pressTo(page, "Tab", later, "Do this later");
    await pressTo(page, "Shift+Tab", page.getByRole("button", { name: "Continue" }), "Continue (back)");
    await pressTo(page, "Tab", later, "Do this later");
    await page.keyboard.press("Space");
    await page.waitForURL("**/settings/passkeys");
  });

  step("the admin sets Force Passkey Setup, and is then held at the prompt until they create a passkey", async () => {
    const { page } = adminDevice;
    await page.getByRole("checkbox", { name: "Force Passkey Setup" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await shown(page.getByText(/will be held at the prompt until they create one, you included/));
    await page.getByRole("button", { name: "Apply changes" }).click();
    // The admin has no passkey yet: the save restricts their own session, and the console goes to the prompt at once.
    await page.waitForURL("**/passkey-setup**");
    await createPasskeyOnPrompt(page, adminDevice, { canSkip: false });
    await page.goto("/settings/passkeys");
    await expect
      .poll(() => page.getByTestId("requirement-sentence").textContent())
      .toBe("Passkeys are mandatory: employees must create a passkey before they can continue.");
    await shown(page.getByRole("heading", { name: "Adoption" }));
    await screenshot(page, "passkey-settings-mandatory");
    await expectAccessible(page, "settings (mandatory, with adoption)");

    // The "Allowed authenticators" picker lists the models the API knows (its passkeyAuthenticators query).
    const picker = page.getByRole("combobox", { name: "Allowed authenticators" });
    await picker.click();
    await picker.fill("Google Pass");
    await shown(page.getByRole("option", { name: "Google Password Manager", exact: true }));
    await screenshot(page, "allowed-authenticators-picker");
    await expectAccessible(page, "settings: allowed authenticators picker");
    await picker.fill("");
    await page.keyboard.press("Escape");
  });

  step("an employee is forced through the prompt", async () => {
    employeeDevice = await newDevice(browser, api.url);
    const { page } = employeeDevice;
    await signInWithPassword(page, employee, org.slug);
    await page.waitForURL("**/passkey-setup**");
    await page.goto("/account/security");
    await page.waitForURL("**/passkey-setup**");
    await createPasskeyOnPrompt(page, employeeDevice, { canSkip: false });
    await page.waitForURL("**/account/security");
    await shown(page.getByRole("heading", { name: "Your passkeys" }));
    await expect.poll(() => page.getByRole("row").count()).toBe(2);
    await screenshot(page, "account-security-employee");
    await expectAccessible(page, "account: security");
  });

  step("the admin signs out and back in with the passkey button", async () => {
    const { page } = adminDevice;
    // As in a browser without passkey autofill, so only the button can answer.
    await withoutAutofill(page, true);
    await page.reload();
    await signOut(page);
    await expect.poll(() => page.getByLabel("Organisation", { exact: true }).inputValue()).toBe(org.slug);
    expect(await page.getByLabel("Email", { exact: true }).getAttribute("autocomplete")).toBe("username webauthn");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.waitForURL("**/settings/passkeys", { timeout: 20_000 });
  });

  step("the admin signs in with passkey autofill on the Email field", async () => {
    const { page } = adminDevice;
    await withoutAutofill(page, false);
    await page.reload();
    await signOut(page);
    // The sign-in screen starts a conditional request; Chrome's virtual
    // authenticator answers it as if the passkey were picked from the Email
    // field's suggestions. Where the browser waits for a pick, choose the first.
    const landed = await page.waitForURL("**/settings/passkeys", { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!landed) {
      const email = page.getByLabel("Email", { exact: true });
      await email.focus();
      await email.press("ArrowDown");
      await email.press("Enter");
      await page.waitForURL("**/settings/passkeys", { timeout: 20_000 });
    }
  });

  step("the admin makes a sign-in code; a second device signs in with it and creates its own passkey", async () => {
    const { page } = adminDevice;
    await page.goto("/account/security");
    await page.getByRole("button", { name: "Sign in on another device" }).click();
    const codeText = (await page.getByTestId("sign-in-code").textContent())!.trim();
    expect(codeText).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect.poll(() => page.getByTestId("code-countdown").textContent()).toMatch(/^(10|9):\d\d$/);
    await screenshot(page, "account-security-code");
    await expectAccessible(page, "account: security with a sign-in code");

    laptop = await newDevice(browser, api.url);
    const lp = laptop.page;
    await lp.goto("/sign-in");
    await lp.getByRole("button", { name: "Use a code from your app" }).click();
    await lp.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await lp.getByLabel("Email", { exact: true }).fill(admin.email);
    await lp.getByLabel("Code", { exact: true }).fill(codeText);
    await screenshot(lp, "sign-in-with-code");
    await expectAccessible(lp, "sign-in with a code");
    await lp.getByRole("button", { name: "Sign in with code" }).click();
    await lp.waitForURL("**/passkey-setup**");
    await shown(lp.getByText("This device needs its own passkey"));
    await screenshot(lp, "passkey-prompt-new-device");
    await expectAccessible(lp, "passkey prompt (new device)");
    await createPasskeyOnPrompt(lp, laptop, { canSkip: false });
    await lp.waitForURL("**/settings/passkeys");

    await lp.goto("/account/security");
    await expect.poll(() => lp.getByRole("row").count()).toBe(3);

    // Name this device's passkey so the list tells the two apart.
    const before = await lp.getByRole("row").allTextContents();
    const fresh = (await laptop.credentials())[0]!;
    expect(fresh).toBeDefined();
    await lp
      .getByRole("button", { name: /^Rename / })
      .last()
      .click();
    const rename = lp.getByRole("dialog", { name: "Rename passkey" });
    await shown(rename);
    await expectAccessible(lp, "account: rename passkey dialog");
    await rename.getByLabel("Name", { exact: true }).fill("Work laptop");
    await rename.getByRole("button", { name: "Save name" }).click();
    await gone(rename);
    await shown(lp.getByRole("cell", { name: "Work laptop", exact: true }));
    expect(before.join()).not.toContain("Work laptop");

    // The code worked once.
    const again = await graphql(
      laptop,
      `
        mutation ($input: CodeSignInInput!) {
          signInWithCode(input: $input) {
            viewer {
              authenticated
            }
          }
        }
      `,
      {
        input: {
          organisationSlug: org.slug,
          email: admin.email,
          code: codeText,
        },
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
  });

  step("the admin revokes the employee's passkey, which then no longer signs in", async () => {
    const { page } = adminDevice;
    await page.goto("/users");
    await page.getByRole("link", { name: employee.name }).click();
    await shown(page.getByRole("heading", { name: employee.name }));
    await screenshot(page, "user-page");
    await expectAccessible(page, "user");
    await page.getByRole("button", { name: /^Revoke (?!all)/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
    // The employee's only passkey is gone: they must create a new one (not "has not created one yet").
    await shown(page.getByText("Revoked: must create a new passkey").first());

    const ep = employeeDevice.page;
    await signOut(ep);
    await ep.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await ep.getByRole("button", { name: "Sign in with a passkey" }).click();
    await shown(ep.getByRole("alert").filter({ hasText: /Sign-in failed|passkey/ }), 20_000);
    expect(new URL(ep.url()).pathname).toBe("/sign-in");
    await screenshot(ep, "sign-in-revoked-passkey");
    await expectAccessible(ep, "sign-in with an error");
  });

  step("the admin issues a recovery code; the employee signs in with it and creates a new passkey", async () => {
    const { page } = adminDevice;
    await page.goto("/users");
    await page.getByRole("link", { name: employee.name }).click();
    await page.getByRole("button", { name: "Issue recovery code" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Issue recovery code" }).click();
    const dialog = page.getByRole("dialog", { name: "Recovery code" });
    const code = (await dialog.getByTestId("sign-in-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await screenshot(page, "recovery-code");
    await expectAccessible(page, "user: recovery code dialog");
    await dialog.getByRole("button", { name: "Done" }).click();

    const ep = employeeDevice.page;
    await ep.goto("/sign-in");
    await ep.getByRole("button", { name: "Use a code from your app" }).click();
    await ep.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await ep.getByLabel("Email", { exact: true }).fill(employee.email);
    await ep.getByLabel("Code", { exact: true }).fill(code);
    await ep.getByRole("button", { name: "Sign in with code" }).click();
    await ep.waitForURL("**/passkey-setup**");
    await shown(ep.getByText("This device needs its own passkey"));
    await createPasskeyOnPrompt(ep, employeeDevice, { canSkip: false });
    await ep.waitForURL("**/account/security");
    await expect.poll(() => ep.getByRole("row").count()).toBe(2);
  });

  step("a stale policy edit in a second window is caught and shown, not saved over", async () => {
    const first = adminDevice.page;
    const second = laptop.page;
    await first.goto("/settings/passkeys");
    await second.goto("/settings/passkeys");
    await shown(first.getByRole("textbox", { name: "Maximum skips" }));
    await shown(second.getByRole("textbox", { name: "Maximum skips" }));

    await first.getByRole("textbox", { name: "Maximum skips" }).fill("3");
    await first.getByRole("button", { name: "Save" }).click();
    await first.getByRole("button", { name: "Apply changes" }).click();
    await shown(first.getByText("Settings saved"));

    await second.getByRole("textbox", { name: "Remind after (days)" }).fill("14");
    await second.getByRole("button", { name: "Save" }).click();
    const conflict = second.getByRole("alert").filter({ hasText: "Someone else changed these settings" });
    await shown(conflict);
    await expect.poll(() => conflict.textContent()).toContain("Maximum skips: no limit → 3");
    await screenshot(second, "policy-version-conflict");
    await expectAccessible(second, "settings: version conflict");
    await conflict.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => second.getByRole("textbox", { name: "Maximum skips" }).inputValue()).toBe("3");
  });

  step("the admin's other screens render: users, activity, and the settings at phone width", async () => {
    const { page } = adminDevice;
    await page.goto("/users");
    await shown(page.getByRole("table"));
    await screenshot(page, "users");
    await expectAccessible(page, "users");
    await page.goto("/activity");
    const revoked = new RegExp(`^${admin.name} revoked ${employee.name}'s passkey`);
    await shown(page.getByText(revoked).first());
    await screenshot(page, "activity");
    await expectAccessible(page, "activity");

    // Filters by type, person and dates live in the address; the CSV export takes the same filters.
    const field = (name: string) =>
      page.getByRole("combobox", { name }).or(page.getByRole("textbox", { name })).first();
    await field("Event types").click();
    await page.getByRole("option", { name: "Passkey revoked" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("types")).toBe("PASSKEY_REVOKED");
    await page.keyboard.press("Escape");
    await field("Person").fill(employee.name);
    await page.getByRole("option", { name: new RegExp(employee.name) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("types")).toBe("PASSKEY_REVOKED");
    await expect.poll(() => new URL(page.url()).searchParams.get("person")).toMatch(/^[0-9a-f-]{36}$/);
    await shown(page.getByText(revoked).first());
    await expect.poll(() => page.getByText(/signed in with/).count()).toBe(0);
    await screenshot(page, "activity-filtered");
    await expectAccessible(page, "activity (filtered)");
    await page.reload();
    await shown(page.getByText(revoked).first());
    const link = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const csv = await page.request.get(link!);
    expect(csv.status()).toBe(200);
    const rows = (await csv.text()).trim().split("\n");
    expect(rows[0]).toBe("time,event,by,by_email,about,about_email,details");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => row.includes(",PASSKEY_REVOKED,"))).toBe(true);

    // Adoption over time, and who still needs to set up (a person just added, never asked yet), with a CSV.
    await page.goto("/users");
    await page.getByRole("button", { name: "Add user" }).click();
    const adding = page.getByRole("dialog", { name: "Add user" });
    await adding.getByLabel("Name", { exact: true }).fill("Nia New");
    await adding.getByLabel("Email", { exact: true }).fill("nia@acme.example");
    await adding.getByRole("button", { name: "Add user" }).click();
    await gone(adding);
    await page.goto("/settings/passkeys");
    await shown(page.getByRole("heading", { name: "Users with a passkey, last 30 days" }));
    const setup = page.getByRole("region", { name: "Who still needs to set up" });
    await setup.getByText("Not asked yet").click();
    await shown(setup.getByRole("cell", { name: "Nia New" }));
    await setup.scrollIntoViewIfNeeded();
    await screenshot(page, "adoption");
    await expectAccessible(page, "settings: who still needs to set up");
    const pending = await page.request.get(
      (await setup.getByRole("link", { name: "Export CSV" }).getAttribute("href"))!,
    );
    expect(pending.status()).toBe(200);
    expect(await pending.text()).toContain("Nia New,nia@acme.example,EMPLOYEE,not asked yet,0,");
    await page.goto("/nowhere");
    await shown(page.getByRole("heading", { name: "Page not found" }));
    await expectAccessible(page, "status: page not found");

    // After a release: a missing code file is a 404, and a screen whose file is gone offers a reload.
    expect((await page.request.get("/assets/UsersPage-from-last-release.js")).status()).toBe(404);
    const tab = await page.context().newPage();
    await tab.goto("/account/security");
    await shown(tab.getByRole("heading", { name: "Security" }));
    await tab.route(/\/assets\/UsersPage-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await tab.getByRole("link", { name: "Users" }).click();
    await shown(tab.getByRole("heading", { name: "A new version is available" }));
    await shown(tab.getByRole("button", { name: "Reload" }));
    await screenshot(tab, "new-version-available");
    await expectAccessible(tab, "status: a new version is available");
    await tab.close();
    await page.goto("/support/organisations");
    await shown(
      page.getByRole("heading", {
        name: "You do not have access to this page",
      }),
    );
    await expectAccessible(page, "status: no access");

    const phone = await newDevice(browser, api.url, {
      width: 390,
      height: 844,
    });
    await phone.context.addCookies(await adminDevice.context.cookies());
    await phone.page.goto("/settings/passkeys");
    await shown(phone.page.getByRole("button", { name: "Open the menu" }));
    await screenshot(phone.page, "passkey-settings-phone");
    await phone.page.getByRole("button", { name: "Open the menu" }).click();
    await shown(phone.page.getByRole("link", { name: "Activity" }));
    await screenshot(phone.page, "navigation-phone");
    await expectAccessible(phone.page, "navigation menu (phone)");
    await phone.close();
  });

  step(
    "at phone width (390 px) lists are cards with their actions, badges wrap, and nothing scrolls sideways",
    async () => {
      const width = 390;
      const phoneOf = async (device: Device) => {
        const phone = await newDevice(browser, api.url, { width, height: 844 });
        await phone.context.addCookies(await device.context.cookies());
        return phone;
      };
      const visibleButtons = async (page: Page, name: RegExp, count: number) => {
        const buttons = page.getByRole("button", { name });
        await expect.poll(() => buttons.count()).toBe(count);
        for (const button of await buttons.all()) {
          await shown(button);
          const box = (await button.boundingBox())!;
          expect(box.x >= 0 && box.x + box.width <= width, `${await button.textContent()} is off screen`).toBe(true);
        }
      };

      const signedOut = await newDevice(browser, api.url, { width, height: 844 });
      await signedOut.page.goto("/sign-in");
      await shown(signedOut.page.getByRole("button", { name: "Sign in", exact: true }));
      await expectFitsPhone(signedOut.page, "sign-in");
      await signedOut.close();

      const phone = await phoneOf(adminDevice);
      const { page } = phone;
      await page.goto("/users");
      await shown(page.getByRole("heading", { name: "Users" }));
      // The organisation stays named in the header.
      await shown(page.getByRole("banner").getByText(org.name, { exact: true }));
      const people = page.getByRole("list", { name: /users$/ });
      await shown(people);
      expect(await page.getByRole("table").count()).toBe(0);
      const card = people.getByRole("listitem").filter({ hasText: employee.name });
      await shown(card.getByText("Has a passkey", { exact: true }));
      await shown(people.getByRole("listitem").filter({ hasText: "Nia New" }).getByText("Pending", { exact: true }));
      await expectFitsPhone(page, "users");

      await card.getByRole("link", { name: employee.name }).click();
      await shown(page.getByRole("heading", { name: employee.name }));
      await shown(page.getByRole("list", { name: "1 passkey" }));
      await visibleButtons(page, /^Revoke (?!all)/, 1);
      await expectFitsPhone(page, "user");

      await page.goto("/account/security");
      await shown(page.getByRole("heading", { name: "Your passkeys" }));
      await shown(page.getByRole("list", { name: "2 passkeys" }));
      await visibleButtons(page, /^Rename /, 2);
      await visibleButtons(page, /^Remove /, 2);
      await expectFitsPhone(page, "account-security");

      await page.goto("/settings/passkeys");
      await shown(page.getByRole("heading", { name: "Adoption" }));
      await expectFitsPhone(page, "passkey-settings");
      await page.goto("/activity");
      await shown(page.getByText(new RegExp(`^${admin.name} revoked`)).first());
      await expectFitsPhone(page, "activity");
      await phone.close();

      const supportPhone = await phoneOf(supportDevice);
      await supportPhone.page.goto("/support/organisations");
      await shown(supportPhone.page.getByRole("link", { name: org.name }));
      await expectFitsPhone(supportPhone.page, "support-organisations");
      await supportPhone.page.getByRole("link", { name: org.name }).click();
      await shown(supportPhone.page.getByRole("heading", { name: org.name }));
      await expectFitsPhone(supportPhone.page, "support-organisation");
      await supportPhone.page.getByRole("tab", { name: "Users" }).click();
      await shown(
        supportPhone.page
          .getByRole("list", { name: /users$/ })
          .getByRole("listitem")
          .first(),
      );
      await expectFitsPhone(supportPhone.page, "support-organisation-users");
      await supportPhone.close();
    },
  );

  step("support opens the playground with its session", async () => {
    const { page } = supportDevice;
    // The API's CSP admits our own origin only: GraphiQL, Monaco and its workers must load under it.
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/playground");
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await shown(page.locator(".graphiql-container"), 30_000);
    // GraphiQL runs nothing until its Monaco editors are mounted; the response editor comes last.
    await shown(page.locator(".graphiql-response .monaco-editor"), 30_000);
    await page.getByRole("button", { name: /Execute query/i }).click();
    await expect
      .poll(() => page.locator(".graphiql-response").textContent(), {
        timeout: 20_000,
      })
      // Monaco lays out spaces as no-break spaces, which \s matches.
      .toMatch(/"authenticated":\s+true/);
    expect(violations).toEqual([]);
    await screenshot(page, "playground");
    // GraphiQL's own markup is left out: its logo and Monaco's line numbers are under 4.5:1 and its tabs hold
    // their close buttons (nested-interactive). The console around it is checked.
    await expectAccessible(page, "playground", {
      exclude: [".graphiql-logo", ".monaco-editor", ".graphiql-tab"],
    });
  });
});
