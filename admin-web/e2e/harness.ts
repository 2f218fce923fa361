import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { apiMain, artifacts, chromiumPath, consoleDist, createSupportUserScript } from "./env";

export interface Api {
  url: string;
  env: NodeJS.ProcessEnv;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForHealthy(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with code ${child.exitCode}; see e2e/artifacts/api.log`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** The real API on a fresh SQLite database, serving the built console. */
export async function startApi(): Promise<Api> {
  mkdirSync(artifacts, { recursive: true });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "passkeys-e2e-"));
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite:${dir}/e2e.sqlite`,
    RP_ID: "localhost",
    RP_ORIGINS: url,
    NODE_ENV: "production",
    CONSOLE_DIR: consoleDist,
    LOG_LEVEL: "info",
  };
  const log = createWriteStream(join(artifacts, "api.log"));
  const child = spawn(process.execPath, [apiMain], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  await waitForHealthy(url, child);
  return {
    url,
    env,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      log.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `echo "$PASSWORD" | node api/dist/scripts/create-support-user.js EMAIL`; returns the printed id. */
export function createSupportUser(api: Api, email: string, password: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [createSupportUserScript, email], {
      env: api.env,
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) =>
      code === 0 ? resolve(out.trim().split("\n").pop()!) : reject(new Error(`create-support-user: ${code} ${err}`)),
    );
    child.stdin.end(`${password}\n`);
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-gpu",
      "--no-first-run",
    ],
  });
}

/** A browser profile standing for one device: its own cookies and its own platform authenticator. */
export interface Device {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  authenticatorId: string;
  credentials: () => Promise<
    {
      credentialId: string;
      isResidentCredential: boolean;
      userHandle?: string;
    }[]
  >;
  close: () => Promise<void>;
}

export async function newDevice(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 860 },
): Promise<Device> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  // A device can be told to behave like a browser without passkey autofill
  // (conditional mediation), so the button ceremony is tested on its own: the
  // virtual authenticator would otherwise answer the autofill request at once.
  await context.addInitScript(() => {
    if (sessionStorage.getItem("e2e:no-conditional-ui") && "PublicKeyCredential" in window) {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    context,
    page,
    cdp,
    authenticatorId,
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
    close: () => context.close(),
  };
}

/** Turns passkey autofill off (true) or back on (false) for the device's next page loads. */
export async function withoutAutofill(page: Page, off: boolean) {
  await page.evaluate((value) => {
    if (value) sessionStorage.setItem("e2e:no-conditional-ui", "1");
    else sessionStorage.removeItem("e2e:no-conditional-ui");
  }, off);
}

let shot = 0;
/** Full-page screenshot into e2e/artifacts/, numbered in journey order. */
export async function screenshot(page: Page, name: string) {
  shot += 1;
  const path = join(artifacts, `${String(shot).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A GraphQL call with the device's session cookie, as the console makes it. */
export async function graphql<T = unknown>(device: Device, query: string, variables: Record<string, unknown> = {}) {
  const response = await device.context.request.post("/graphql", {
    headers: { "content-type": "application/json" },
    data: { query, variables },
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

type Locator = ReturnType<Page["locator"]>;

/** Waits for an element to be shown (Playwright's auto-waiting, without @playwright/test). */
export const shown = (locator: Locator, timeout = 15_000) => locator.waitFor({ state: "visible", timeout });
/** Waits for an element to be gone or hidden. */
export const gone = (locator: Locator, timeout = 15_000) => locator.waitFor({ state: "hidden", timeout });

/** Fills the sign-in form with a password and submits it; `organisation` empty for support staff. */
export async function signInWithPassword(page: Page, who: { email: string; password: string }, organisation = "") {
  await page.goto("/sign-in");
  await page.getByLabel("Organisation", { exact: true }).fill(organisation);
  await page.getByLabel("Email", { exact: true }).fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs out through the account menu. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in");
}
