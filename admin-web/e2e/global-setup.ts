import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { apiMain, axeReport, chromiumPath, consoleDist, missingPrerequisites, repoRoot } from "./env";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the API when its build is missing or older than its sources (scripts/test
 * builds it just before), and the console when it has no build (the e2e script
 * builds it first). In CI a missing prerequisite fails the run instead of skipping.
 */
export default function setup() {
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    const message = `e2e prerequisites missing: ${missing.join("; ")}`;
    if (process.env.CI === "true") throw new Error(message);
    console.warn(`${message}. The journeys are skipped (they fail in CI).`);
    return;
  }
  if (!existsSync(apiMain) || statSync(apiMain).mtimeMs < newestMtime(`${repoRoot}api/src`)) {
    execFileSync("pnpm", ["--filter", "api", "build"], { cwd: repoRoot, stdio: "inherit" });
  }
  if (!existsSync(consoleDist)) {
    execFileSync("pnpm", ["exec", "vite", "build"], { cwd: `${repoRoot}admin-web`, stdio: "inherit" });
  }
  rmSync(axeReport, { force: true });
  console.log(`e2e: Chromium at ${chromiumPath}`);
}
