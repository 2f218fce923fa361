import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/database/data-source";
import { createTestDatabase, TestDatabase } from "./harness";

const API = join(__dirname, "..");
const SCRIPT = join(API, "dist", "scripts", "create-support-user.js");

/** The operator's commands, run as an operator runs them: built, as a process, on a real database. */
describe("create-support-user", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!existsSync(SCRIPT)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: API, stdio: "inherit" });
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database.drop());

  const run = (email: string, password: string) =>
    spawnSync(process.execPath, [SCRIPT, email], {
      input: `${password}\n`,
      env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
      encoding: "utf8",
    });

  it("migrates, creates a SUPPORT user, prints only its id, and refuses the same email twice", () => {
    const first = run("Support@Example.com", "a long enough password");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.stdout).not.toContain("password");

    const again = run("support@example.com", "another long password");
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe("A user with the email support@example.com already exists.");
  });

  it("refuses a short password and a missing email with a clear message", () => {
    const short = run("short@example.com", "too short");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("A password has 12 to 256 characters.");
    const usage = spawnSync(process.execPath, [SCRIPT], {
      input: "",
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: database.url },
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Usage: create-support-user EMAIL");
  });
});

describe("seed", () => {
  const SEED = join(API, "dist", "scripts", "seed.js");
  let database: TestDatabase;
  beforeAll(async () => {
    if (!existsSync(SEED)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: API, stdio: "inherit" });
    database = await createTestDatabase();
  }, 120_000);
  afterAll(() => database.drop());

  it("makes an organisation's users, passkeys and sign-ins in batches, with passkeyCount true to the credentials", async () => {
    const run = spawnSync(process.execPath, [SEED, "--org", "seeded", "--users", "2500", "--events", "3000"], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ organisation: "seeded", users: 2500, credentials: 3750, events: 3000 });

    const dataSource = await createDataSource(database.url);
    await dataSource.initialize();
    try {
      const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);
      expect(await count("SELECT COUNT(*) AS n FROM users")).toBe(2500);
      expect(await count("SELECT COUNT(*) AS n FROM credentials")).toBe(3750);
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM audit_events WHERE type <> 'ORGANISATION_CREATED' AND type <> 'PASSKEYS_ACTIVATED'",
        ),
      ).toBeGreaterThanOrEqual(3000);
      // Every user's passkeyCount is the number of their live credentials.
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM users u WHERE u.passkeyCount <> (SELECT COUNT(*) FROM credentials c WHERE c.userId = u.id AND c.revokedAt IS NULL)",
        ),
      ).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });

  it("refuses a call without --org or --users", () => {
    const run = spawnSync(process.execPath, [SEED, "--users", "10"], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: seed --org SLUG --users N");
  });
});
