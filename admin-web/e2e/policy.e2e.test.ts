import { join } from "node:path";
import dayjs from "dayjs";
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
  signOut,
  startApi,
  withoutAutofill,
} from "./harness";

/**
 * Issue 10 item 7 in a real browser: a policy change goes through the review step, which says
 * who it affects before it applies; the optional prompt says when it asks again and how many
 * skips are left; a future switch-on date on a live organisation is a confirmed pause; and a
 * passkey sign-in while paused says so, while the password still works.
 */

const skip = missingPrerequisites().length > 0 && process.env.CI !== "true";

const support = { email: "support@example.com", password: "support-password-0001" };
const admin = { email: "pat@policy.example", password: "admin-password-0001" };
const org = { name: "Policy Works", slug: "policy-works" };

/** Named policy-*.png, beside the other journeys' screenshots; every screen shot is also checked with axe. */
async function snap(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `policy-${name}.png`), fullPage: true });
  await expectAccessible(page, `policy: ${name}`);
}

/** Picks a day in a Mantine date picker, moving to the next month when the day is there. */
async function pickDay(page: Page, label: string, day: dayjs.Dayjs) {
  await page.getByRole("button", { name: label, exact: true }).click();
  const button = page.getByRole("button", { name: day.format("D MMMM YYYY"), exact: true });
  // Count the days only once the calendar is open, or a slow machine turns to the next month for nothing.
  await shown(page.locator('[data-direction="next"]').first());
  if ((await button.count()) === 0) await page.locator('[data-direction="next"]').first().click();
  await button.click();
}

let openBrowser: Browser | undefined;
const step = journeySteps(async () => {
  const pages = (openBrowser?.contexts() ?? []).flatMap((context) => context.pages());
  for (const [i, page] of pages.entries()) await snap(page, `failure-${i}`).catch(() => {});
});

describe.skipIf(skip).sequential("policy changes that cannot lock people out by surprise", () => {
  let api: Api;
  let browser: Browser;
  let supportDevice: Device;
  let adminDevice: Device;

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

  step("support sets up an organisation with passkeys activated, an admin and two employees", async () => {
    supportDevice = await newDevice(browser, api.url);
    const { page } = supportDevice;
    await signInWithPassword(page, support);
    await page.waitForURL("**/passkey-setup**");
    await page.getByRole("button", { name: "Continue" }).click();
    // The new passkey is named at once; the suggested name is kept.
    await page.getByRole("button", { name: "Save and continue" }).click({ timeout: 20_000 });
    await page.waitForURL("**/support/organisations");

    const created = await graphql<{ createOrganisation: { id: string } }>(
      supportDevice,
      "mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }",
      { i: org },
    );
    const organisationId = created.data!.createOrganisation.id;
    const activated = await graphql(
      supportDevice,
      "mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }",
      { id: organisationId },
    );
    expect(activated.errors).toBeUndefined();
    const people = [
      { email: admin.email, displayName: "Pat Admin", role: "ORG_ADMIN", password: admin.password },
      { email: "rae@policy.example", displayName: "Rae Employee", role: "EMPLOYEE", password: "employee-password-1" },
      { email: "sam@policy.example", displayName: "Sam Employee", role: "EMPLOYEE", password: "employee-password-2" },
    ];
    for (const person of people) {
      const result = await graphql(supportDevice, "mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }", {
        i: { organisationId, ...person },
      });
      expect(result.errors).toBeUndefined();
    }
  });

  step("the admin's first save goes through the review step, which says who will be asked", async () => {
    adminDevice = await newDevice(browser, api.url);
    const { page } = adminDevice;
    await signInWithPassword(page, admin, org.slug);
    await page.waitForURL("**/settings/passkeys");

    const force = page.getByRole("checkbox", { name: "Force Passkey Setup" });
    await expect.poll(() => force.isDisabled()).toBe(true);
    await page.getByRole("switch", { name: "Enable passkeys" }).check();
    await expect.poll(() => force.isDisabled()).toBe(false);
    await page.getByRole("textbox", { name: "Remind after (days)" }).fill("7");
    await page.getByRole("textbox", { name: "Maximum skips" }).fill("3");
    await page.getByRole("button", { name: "Save" }).click();

    const review = page.getByRole("region", { name: "Review before you apply" });
    await shown(review);
    await shown(
      review.getByText("3 people without a passkey will be asked to create one, and can choose “Do this later”."),
    );
    await snap(page, "review");
    await review.getByRole("button", { name: "Apply changes" }).click();
    await gone(review);
    await expect
      .poll(() => page.getByTestId("requirement-sentence").textContent())
      .toBe(
        "Passkeys are optional: employees are asked to create one and can choose “Do this later”. After a skip they are asked again 7 days later. After 3 skips, a passkey becomes mandatory for them.",
      );
    await snap(page, "settings-optional");
  });

  step("the optional prompt says when it will ask again and how many skips remain", async () => {
    const { page } = adminDevice;
    await signOut(page);
    await signInWithPassword(page, admin, org.slug);
    await page.waitForURL("**/passkey-setup**");
    const inAWeek = dayjs().add(7, "day").format("D MMMM YYYY");
    await shown(
      page.getByText(`we will ask again on ${inAWeek} (in 7 days). You can skip 3 more times`, { exact: false }),
    );
    await snap(page, "prompt-optional");
    // The admin creates a passkey here: the pause below is about people who have one.
    await page.getByRole("button", { name: "Continue" }).click();
    // The new passkey is named at once; the suggested name is kept.
    await page.getByRole("button", { name: "Save and continue" }).click({ timeout: 20_000 });
    await page.waitForURL("**/settings/passkeys", { timeout: 20_000 });
  });

  step("a future switch-on date on the live organisation is explained and confirmed as a pause", async () => {
    const { page } = adminDevice;
    await shown(page.getByRole("button", { name: "Switch-on date", exact: true }));
    await pickDay(page, "Switch-on date", dayjs().add(3, "day"));
    await shown(page.getByText(/A switch-on date still to come pauses them until that day/));
    await page.getByRole("button", { name: "Save" }).click();

    const review = page.getByRole("region", { name: "Pause passkeys?" });
    await shown(review);
    await shown(
      review.getByText(/This pauses passkeys until .*1 person with a passkey will sign in with their password/),
    );
    await snap(page, "pause-review");
    await review.getByRole("button", { name: "Pause passkeys" }).click();
    await expect
      .poll(() => page.getByTestId("requirement-sentence").textContent())
      .toBe("Passkeys are off: employees sign in with their password.");
  });

  step("a passkey sign-in while paused says so, and the password still works", async () => {
    const { page } = adminDevice;
    await signOut(page);
    await withoutAutofill(page, true);
    await page.reload();
    await page.getByLabel("Organisation", { exact: true }).fill(org.slug);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    const paused = page.getByRole("alert").filter({ hasText: "Passkeys are paused" });
    await shown(paused);
    await expect
      .poll(() => paused.textContent())
      .toContain(
        "Passkeys are paused for your organisation at the moment. Sign in with your password: it still works.",
      );
    await snap(page, "paused-sign-in");

    await signInWithPassword(page, admin, org.slug);
    await page.waitForURL("**/settings/passkeys");
  });
});
