import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The module graph, computed from the import lines (type-only imports too: they tie the design
 * as much as any). A module is modules/<name>, or a top-level file or folder of src; migrations
 * stand apart. File-level cycle linters miss what matters here: a cycle that runs through
 * different files of two modules.
 */
const SRC = __dirname;
const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const parts = relative(SRC, file).split("/");
  if (parts[0] === "modules" && parts.length > 2) return `modules/${parts[1]}`;
  if (parts[0] === "db" && parts.includes("migrations")) return "db/migrations";
  return parts[0].replace(/\.ts$/, "");
}

function resolveImport(from: string, spec: string): string {
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return base;
}

const files = sourceFiles(SRC);
const graph = new Map<string, Set<string>>();
for (const file of files) {
  const from = moduleOf(file);
  const edges = graph.get(from) ?? new Set<string>();
  graph.set(from, edges);
  for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const to = moduleOf(resolveImport(file, match[1] ?? match[2]));
    if (to !== from) edges.add(to);
  }
}

/** Tarjan's strongly connected components: every group of two or more modules is a cycle. */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** Each table's entity and the one module allowed to write it. */
const WRITERS: Record<string, string> = {
  Organisation: "modules/organisations",
  PasskeyPolicy: "modules/policy",
  User: "modules/users",
  Session: "modules/sessions",
  Credential: "modules/passkeys",
  Challenge: "modules/passkeys",
  SignInCode: "modules/sign-in-codes",
  AuditEvent: "modules/audit",
  AppRegistration: "modules/apps",
  AppAssociationVersion: "modules/apps",
  HousekeepingLease: "modules/housekeeping",
  StatsDay: "modules/stats",
};
const WRITE =
  /\.(?:insert|update|increment|decrement|delete|softDelete|save|upsert)\(\s*(\w+)\b|getRepository\((\w+)\)\s*\.\s*(?:insert|update|increment|decrement|delete|save|upsert)\(|\.update\((\w+)\)\s*\.set\(/g;

describe("architecture", () => {
  it("has no import cycle between modules: they depend one way", () => {
    expect(cycles()).toEqual([]);
  });

  it("keeps the domain modules below the GraphQL layer: no module imports graphql, context, services or auth", () => {
    const upward = [...graph]
      .filter(([from]) => from.startsWith("modules/") || from === "modules")
      .flatMap(([from, to]) =>
        [...to]
          .filter((m) => ["graphql", "context", "services", "auth", "schema", "server"].includes(m))
          .map((m) => `${from} -> ${m}`),
      );
    expect(upward).toEqual([]);
  });

  it("writes each table from one module only", () => {
    const strays: string[] = [];
    for (const file of files) {
      const module = moduleOf(file);
      if (module === "scripts" || module === "db/migrations") continue;
      for (const match of readFileSync(file, "utf8").matchAll(WRITE)) {
        const entity = match[1] ?? match[2] ?? match[3];
        const owner = WRITERS[entity];
        if (owner && owner !== module) strays.push(`${relative(SRC, file)} writes ${entity}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
