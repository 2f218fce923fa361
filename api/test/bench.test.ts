import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TestDatabase, testDatabaseKind } from "./harness";

const API = join(__dirname, "..");
const BENCH = join(API, "dist", "scripts", "bench.js");

function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const bench = spawn(process.execPath, [BENCH, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    bench.stdout.on("data", (chunk) => (out += chunk));
    bench.stderr.on("data", (chunk) => (out += chunk));
    bench.on("exit", (status) => resolve({ status, out }));
  });
}

/**
 * scripts/bench at a tiny size, as a process: it seeds, starts the built API, loads it from its own
 * client process and prints the one table with every row and no errors. Keeps the bench from rotting
 * while the API changes under it; the numbers themselves are docs/performance.md's business.
 */
describe("scripts/bench", () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    if (!existsSync(BENCH)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: API, stdio: "inherit" });
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), "bench-test-"));
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const tiny = ["--users", "60", "--events", "200", "--passkey-users", "4", "--password-users", "2"];
  const short = ["--seconds", "0.5", "--ceiling-seconds", "0.3", "--clients", "2", "--housekeeping-rows", "50"];
  const env = (): Record<string, string> =>
    testDatabaseKind() === "mysql"
      ? { DATABASE_URL: database.url, WORKERS: "2", LOG_LEVEL: "warn", BENCH_LOG_LEVEL: "warn" }
      : { BENCH_SQLITE: join(dir, "bench.sqlite"), BENCH_LOG_LEVEL: "warn" };
  const flags = () => (testDatabaseKind() === "mysql" ? ["--workers", "2"] : ["--sqlite"]);

  it("prints one table: the ceiling, whole passkey sign-ins, password, viewer, the admin's pages and housekeeping, without errors", async () => {
    const { status, out } = await run([...flags(), ...tiny, ...short], env());
    expect(out).not.toContain("first error");
    expect(status).toBe(0);
    for (const row of [
      "ceiling, 1 in flight",
      "ceiling, 8 in flight",
      "passkey sign-in (whole)",
      "password sign-in",
      "viewer (bearer)",
      "users page (50, HAS_PASSKEY, passkeys)",
      "passkeyStats (adoption panel)",
      "activity page (50)",
      "housekeeping (50 sessions + 50 challenges, rows)",
      "viewer during housekeeping",
    ]) {
      expect(out).toMatch(new RegExp(`\\| ${row.replace(/[()+]/g, "\\$&")} +\\| \\d+ +\\| \\d+ `));
    }
    expect(out).toMatch(/passkey sign-ins over HTTP: \d+\/s = \d+ % of the in-process ceiling/);
  }, 120_000);

  it("soaks on the same data, reused: PASS with zero errors and the API's RSS at start and end", async () => {
    const { status, out } = await run(
      [
        ...flags(),
        ...tiny,
        "--soak",
        "--soak-clients",
        "4",
        "--soak-seconds",
        "2",
        "--warmup-seconds",
        "1",
        "--rss-bound",
        "200",
      ],
      env(),
    );
    expect(out).toContain("(reused)");
    expect(out).toMatch(
      /SOAK PASS: 4 clients, 2 s, \d+ operations, 0 errors; API RSS \d+ MiB after warm-up, \d+ MiB at the end/,
    );
    expect(status).toBe(0);
  }, 120_000);
});
