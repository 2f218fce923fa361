import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { buildAppSchema } from "../schema";

/** `pnpm schema`: writes the printed code-first schema, which must stay a superset of the contract. */
async function main() {
  const target = process.argv[2] ?? "schema.graphql";
  writeFileSync(target, printSchema(await buildAppSchema()) + "\n");
  console.log(`Wrote ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
