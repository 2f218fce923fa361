import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fromCommunityList } from "../modules/passkeys/aaguid";

/**
 * Rewrites src/modules/passkeys/aaguids.json from a downloaded copy of the community passkey
 * AAGUID list (github.com/passkeydeveloper/passkey-authenticator-aaguids, combined_aaguid.json
 * or aaguid.json). The API never fetches it itself: the copy is reviewed and committed.
 *
 *   node dist/scripts/refresh-aaguids.js FILE [SOURCE]
 */
function main(argv: string[]) {
  const [file, source] = argv;
  if (!file) {
    process.stderr.write("usage: refresh-aaguids FILE [SOURCE]\n");
    process.exit(2);
  }
  const today = new Date().toISOString().slice(0, 10);
  const list = fromCommunityList(
    JSON.parse(readFileSync(file, "utf8")),
    source ?? `community passkey AAGUID list (${basename(file)})`,
    today,
  );
  // Written into the source tree (not dist/), from either src/scripts or dist/scripts.
  const target = join(__dirname, "..", "..", "src", "modules", "passkeys", "aaguids.json");
  writeFileSync(target, `${JSON.stringify(list, null, 2)}\n`);
  process.stdout.write(`${Object.keys(list.authenticators).length} authenticators written to ${target}\n`);
}

main(process.argv.slice(2));
