import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

/** The fuzz suite (`pnpm fuzz`): its own run in scripts/test, once per database. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/fuzz/**/*.fuzz.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
