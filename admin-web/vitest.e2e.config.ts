import { defineConfig } from "vitest/config";

// Browser journeys against the real API: one process, one file at a time,
// long timeouts (the API is built and started, Chromium is launched).
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    globalSetup: ["./e2e/global-setup.ts"],
    reporters: ["verbose"],
    expect: { poll: { timeout: 15_000, interval: 100 } },
    bail: 0,
  },
});
