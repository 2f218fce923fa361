// The peer for scripts/bench --peer: Better Auth with its passkey plugin, as its documentation sets it up, on its
// own MariaDB/MySQL database, one process, plain node:http. scripts/bench installs the pinned packages into a
// folder of its own (never this project's dependencies), copies this file there and starts it.
// Environment: PEER_DATABASE_URL, PEER_PORT, PEER_ORIGIN (the origin the load client's authenticator reports).
import { createServer } from "node:http";
import { createPool } from "mysql2/promise";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { toNodeHandler } from "better-auth/node";
import { passkey } from "@better-auth/passkey";

const origin = process.env.PEER_ORIGIN;
const pool = createPool({ uri: process.env.PEER_DATABASE_URL, connectionLimit: 10, timezone: "Z" });
const options = {
  database: pool,
  baseURL: origin,
  secret: "passkeys-bench-peer-secret-not-a-secret-0123456789",
  trustedOrigins: [origin],
  emailAndPassword: { enabled: false },
  logger: { level: "error" },
  telemetry: { enabled: false },
  // Its limiter counts every request (100 per 10 s per address by default); ours counts failures only. Off, so
  // that the comparison is of sign-ins, not of limiters.
  rateLimit: { enabled: false },
  plugins: [passkey({ rpID: "localhost", rpName: "bench", origin })],
};
const auth = betterAuth(options);
const { runMigrations } = await getMigrations(auth.options);
await runMigrations();
createServer(toNodeHandler(auth)).listen(Number(process.env.PEER_PORT), "127.0.0.1", () => {
  process.send?.("ready");
  console.log("ready");
});
