import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const adminWeb = `${repoRoot}admin-web`;
export const consoleDist = `${adminWeb}/dist`;
export const apiMain = `${repoRoot}api/dist/main.js`;
export const createSupportUserScript = `${repoRoot}api/dist/scripts/create-support-user.js`;
export const artifacts = `${adminWeb}/e2e/artifacts`;
/** axe-core's figures per screen, appended by expectAccessible and started afresh by each run. */
export const axeReport = `${artifacts}/axe-report.json`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push(`no Chromium at ${chromiumPath}`);
  if (!existsSync(`${repoRoot}api/package.json`)) missing.push("no api/ package");
  return missing;
}
