import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./a11y";
import { artifacts, missingPrerequisites } from "./env";
import {
  type Api,
  createSupportUser,
  type Device,
  graphql,
  launchBrowser,
  newDevice,
  shown,
  signInWithPassword,
  startApi,
} from "./harness";

/**
 * Support's view and the page for an organisation's IT and Info Security team, in a real browser against the real
 * API: the organisations list sorted by size, an organisation's page as support reads it, the security page printed
 * and copied, and what support did as the organisation's admin reads it.
 */

const skip = missingPrerequisites().length > 0 && process.env.CI !== "true";

const support = { email: "support@example.com", password: "support-password-0001" };
const admin = { name: "Ada Admin", email: "ada@acme.example", password: "admin-password-0001" };

/** Saved as e2e/artifacts/<name>.png (support-*, security-*), for the note. */
async function capture(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}

/** The organisation rows' names, top to bottom. */
const rowNames = (page: Page) =>
  page.getByTestId("organisation-row").evaluateAll((rows) => rows.map((r) => r.querySelector("td")!.textContent));

describe.skipIf(skip).sequential("support's view and the IT and security page", () => {
  let api: Api;
  let browser: Browser;
  let supportDevice: Device;
  let adminDevice: Device;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    await createSupportUser(api, support.email, support.password);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it("support signs in, creates a passkey, and three organisations of different sizes exist", async () => {
    supportDevice = await newDevice(browser, api.url);
    const { page } = supportDevice;
    await signInWithPassword(page, support);
    await page.waitForURL("**/passkey-setup**");
    await page.getByRole("button", { name: "Continue" }).click();
    // The new passkey is named at once; the suggested name is kept.
    await page.getByRole("button", { name: "Save and continue" }).click({ timeout: 20_000 });
    await page.waitForURL("**/support/organisations", { timeout: 20_000 });

    // The data through the API as support (the console's own screens for these are the other journey's).
    const sizes: [string, string, number][] = [
      ["Beta Stores", "beta-stores", 1],
      ["Acme Retail", "acme-retail", 3],
      ["Zed Foods", "zed-foods", 0],
    ];
    for (const [name, slug, users] of sizes) {
      const created = await graphql<{ createOrganisation: { id: string } }>(
        supportDevice,
        "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
        { input: { name, slug } },
      );
      const id = created.data!.createOrganisation.id;
      ids[slug] = id;
      for (let i = 0; i < users; i++) {
        const who = i === 0 && slug === "acme-retail" ? admin : { name: `Person ${i}`, email: `p${i}@${slug}.example` };
        const result = await graphql(
          supportDevice,
          "mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }",
          {
            input: {
              organisationId: id,
              email: who.email,
              displayName: who.name,
              role: who === admin ? "ORG_ADMIN" : "EMPLOYEE",
              password: who === admin ? admin.password : null,
            },
          },
        );
        expect(result.errors).toBeUndefined();
      }
    }
    const activated = await graphql(
      supportDevice,
      "mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }",
      { id: ids["acme-retail"] },
    );
    expect(activated.errors).toBeUndefined();
  });

  it("support sorts the organisations list by users, adoption and activity", async () => {
    const { page } = supportDevice;
    await page.goto("/support/organisations");
    await shown(page.getByRole("link", { name: "Zed Foods" }));
    expect(await rowNames(page)).toEqual(["Beta Stores", "Acme Retail", "Zed Foods"]);
    const acme = page.getByTestId("organisation-row").filter({ hasText: "Acme Retail" });
    await shown(acme.getByText("Activated, off", { exact: true }));
    await shown(acme.getByRole("cell", { name: "3", exact: true }));
    await shown(acme.getByText("0%", { exact: true }));

    await page.getByLabel("Sort by", { exact: true }).first().click();
    await page.getByRole("option", { name: "Most users", exact: true }).click();
    await page.waitForURL("**/support/organisations?sort=users-desc");
    await expect.poll(() => rowNames(page)).toEqual(["Acme Retail", "Beta Stores", "Zed Foods"]);
    await capture(page, "support-organisations-sorted");

    // The order is in the address: a reload keeps it.
    await page.reload();
    await shown(page.getByRole("link", { name: "Zed Foods" }));
    expect(await rowNames(page)).toEqual(["Acme Retail", "Beta Stores", "Zed Foods"]);
  });

  it("support reads an organisation's policy as a summary that speaks to support", async () => {
    const { page } = supportDevice;
    await page.getByRole("link", { name: "Acme Retail" }).click();
    await page.waitForURL(`**/support/organisations/${ids["acme-retail"]}`);
    const summary = page.getByRole("region", { name: "Policy summary" });
    await shown(summary);
    await shown(
      summary.getByText("You have activated passkeys for Acme Retail; its admins have not turned them on yet."),
    );
    expect(await page.getByText(/contact support/i).count()).toBe(0);
    expect(await summary.getByRole("checkbox").count()).toBe(0);
    await capture(page, "support-organisation");

    await page.getByRole("tab", { name: "Activity" }).click();
    await shown(page.getByText(/\(platform support\) activated passkeys for the organisation/).first());
    await capture(page, "support-activity");
  });

  it("support opens the organisation's IT and security page, copies it and prints it", async () => {
    const { page } = supportDevice;
    await page.getByRole("tab", { name: "Policy" }).click();
    await page.getByRole("link", { name: "IT and security page" }).click();
    await page.waitForURL(`**/support/organisations/${ids["acme-retail"]}/security`);
    await shown(page.getByRole("heading", { name: "Passkeys at Acme Retail: answers for IT and Info Security" }));
    const where = page.getByRole("region", { name: "Where passkeys work" });
    await shown(where.getByText("localhost", { exact: true }));
    await shown(where.getByText(api.url, { exact: true }));
    await shown(page.getByRole("region", { name: "What the service stores" }).getByText(/never leaves the device/));
    await capture(page, "security-support");

    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await shown(page.getByRole("button", { name: "Copied" }));
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# Passkeys at Acme Retail: answers for IT and Info Security\n/);
    expect(markdown).toContain("- **Relying party ID:** localhost");
    expect(markdown).toContain("## Passkeys in use");

    // Print: the browser's dialog is replaced, and the page is laid out as it prints, without the console around it.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole("button", { name: "Print" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Copy as Markdown" }).isVisible()).toBe(false);
    await capture(page, "security-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("the organisation's admin finds the same page, and reads what support did as Platform support", async () => {
    adminDevice = await newDevice(browser, api.url);
    const { page } = adminDevice;
    await signInWithPassword(page, admin, "acme-retail");
    await page.waitForURL("**/settings/passkeys");
    await page.getByRole("link", { name: "For IT and security" }).click();
    await page.waitForURL("**/settings/passkeys/security");
    await shown(page.getByRole("heading", { name: "Passkeys at Acme Retail: answers for IT and Info Security" }));
    await shown(page.getByRole("region", { name: "Passkeys in use" }).getByText("0 passkeys"));
    await capture(page, "security-admin");

    await page.getByRole("button", { name: "Copy as text" }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain("SESSIONS AND LIMITS\nIdle session lifetime: Ends after 1 day unused");

    await page.getByRole("link", { name: "Activity" }).click();
    await shown(page.getByText("Platform support activated passkeys for the organisation"));
    expect(await page.getByText(/Someone not signed in activated/).count()).toBe(0);
    // No raw codes anywhere in the feed.
    const feed = await page.getByRole("main").textContent();
    expect(feed).not.toMatch(/APP_EDITOR|ORG_ADMIN|FIRST_PASSKEY|Aaguid|Attestation Format|Kind: /);
    await capture(page, "support-activity-as-admin");
  });
});
