import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const id = "virtual:aaguids";
const resolved = `\0${id}`;
// The API bundles the community AAGUID list; the console takes the names from
// the same file at build time (icons dropped: they would weigh megabytes).
const apiList = fileURLToPath(new URL("../api/src/modules/passkeys/aaguids.json", import.meta.url));
const fallback = fileURLToPath(new URL("src/features/passkey-settings/aaguids.fallback.json", import.meta.url));

export function aaguidNames(): Plugin {
  return {
    name: "aaguid-names",
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadId) {
      if (loadId !== resolved) return undefined;
      const file = existsSync(apiList) ? apiList : fallback;
      this.addWatchFile(file);
      type Entries = Record<string, string | { name?: string }>;
      const parsed = JSON.parse(readFileSync(file, "utf8")) as Entries | { authenticators: Entries };
      // The API's copy wraps the list with its source; a plain { aaguid: { name } } map works too.
      const entries =
        "authenticators" in parsed && typeof parsed.authenticators === "object" ? parsed.authenticators : parsed;
      const names: Record<string, string> = {};
      for (const [aaguid, entry] of Object.entries(entries as Entries)) {
        if (!/^[0-9a-f-]{36}$/i.test(aaguid)) continue;
        const name = typeof entry === "string" ? entry : entry?.name;
        if (name) names[aaguid.toLowerCase()] = name;
      }
      return `export default ${JSON.stringify(names)};`;
    },
  };
}
