import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

/** scripts/cluster's driver: runs against a running cluster (CLUSTER_URL), never in the normal suites. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/cluster/**/*.cluster.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
