// Fails when src/graphql/ is not what `pnpm codegen` would write now from
// ../schema.graphql and the operations in src/ (the apollo-server codegen check).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const committed = "src/graphql";
const fresh = mkdtempSync(join(tmpdir(), "admin-web-codegen-"));

const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });

function check() {
  try {
    run("pnpm", ["exec", "graphql-codegen", "--config", "codegen.ts", "--errors-only"], { CODEGEN_OUT: `${fresh}/` });
  } catch {
    return "The operations in src/ do not validate against the schema (see above).";
  }
  const files = new Set([...readdirSync(committed), ...readdirSync(fresh)]);
  const stale = [...files].filter((name) => {
    const a = join(committed, name);
    const b = join(fresh, name);
    return !existsSync(a) || !existsSync(b) || readFileSync(a, "utf8") !== readFileSync(b, "utf8");
  });
  return stale.length > 0
    ? `Generated GraphQL files are stale: ${stale.join(", ")}. Run \`pnpm --filter admin-web codegen\`.`
    : null;
}

try {
  const problem = check();
  if (problem) {
    console.error(problem);
    process.exitCode = 1;
  } else {
    console.log("Generated GraphQL files are up to date.");
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
