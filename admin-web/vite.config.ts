import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const api = process.env.API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  // GraphiQL's worker setup imports Monaco's workers with `?worker`, which the
  // dev server's dependency pre-bundling cannot load: serve it untouched.
  optimizeDeps: { exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"] },
  server: {
    // The API's development RP_ORIGINS names this origin: passkey ceremonies here check against it.
    port: 5173,
    strictPort: true,
    proxy: {
      "/graphql": api,
      "/exports": api,
      "/healthz": api,
      "/readyz": api,
      "/.well-known": api,
    },
  },
  build: {
    // The playground (GraphiQL + Monaco) is a lazy chunk of its own and is big by nature.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's "use no memo" directives are for the React compiler, which this build does not run.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
    css: false,
  },
});
