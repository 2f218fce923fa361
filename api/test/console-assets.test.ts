import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "console-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>console</title>");
  writeFileSync(join(dir, "assets", "app-1a2b.js"), "console.log(1)");
  server = await startTestServer({ env: { CONSOLE_DIR: dir } });
});
afterAll(() => server?.close());

describe("the console's files after a release", () => {
  it("serves a code file that is there, and answers 404 for one that is not, never the app's HTML", async () => {
    const present = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(present.status).toBe(200);
    expect(await present.text()).toBe("console.log(1)");
    const gone = await fetch(`${server.url}/assets/UsersPage-old.js`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("<!doctype html>");
  });

  it("still answers the console's routes with its HTML", async () => {
    const route = await fetch(`${server.url}/users/123`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>console</title>");
  });
});
