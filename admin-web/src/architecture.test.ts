import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The console's module graph, from the import lines (type-only imports too), as api/src/architecture.test.ts
 * computes the API's. A module is features/<name>, or a top-level file or folder of src.
 *
 * Layers, highest first: app (router, layout, auth gate) → features → ui (shared components) → lib (errors,
 * viewer, session, WebAuthn helpers) → graphql (generated). A module imports only from its own layer or below; a
 * feature may use another feature (the support screens show the users table), as long as no two features need
 * each other.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;
const layers = ["graphql", "lib", "ui", "features", "app", "main"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "test" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const parts = relative(SRC, file).split("/");
  if (parts[0] === "features" && parts.length > 2) return `features/${parts[1]}`;
  return parts[0].replace(/\.tsx?$/, "");
}

const layerOf = (module: string) => layers.indexOf(module.split("/")[0]);

function resolveImport(from: string, spec: string): string {
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return base;
}

const graph = new Map<string, Set<string>>();
for (const file of sourceFiles(SRC)) {
  const from = moduleOf(file);
  const edges = graph.get(from) ?? new Set<string>();
  graph.set(from, edges);
  for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const to = moduleOf(resolveImport(file, match[1] ?? match[2]));
    if (to !== from) edges.add(to);
  }
}

/** Every import loop, as the path that closes it ("features/a → features/b → features/a"). */
function cycles(): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (module: string, path: string[]) => {
    if (path.includes(module)) {
      found.push([...path.slice(path.indexOf(module)), module].join(" → "));
      return;
    }
    if (done.has(module)) return;
    for (const next of graph.get(module) ?? []) visit(next, [...path, module]);
    done.add(module);
  };
  for (const module of graph.keys()) visit(module, []);
  return found;
}

describe("the console's module graph", () => {
  it("knows every top-level module's layer", () => {
    expect([...graph.keys()].filter((module) => layerOf(module) < 0)).toEqual([]);
  });

  it("imports only downwards: app → features → ui → lib → graphql", () => {
    const upwards = [...graph].flatMap(([from, edges]) =>
      [...edges].filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} → ${to}`),
    );
    expect(upwards).toEqual([]);
  });

  it("has no import cycle, between features either", () => {
    expect(cycles()).toEqual([]);
  });
});
