import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { createTestDatabase, TestDatabase } from "./harness";

const API = join(__dirname, "..");
const MAIN = join(API, "dist", "main.js");
const CREATE_SUPPORT_USER = join(API, "dist", "scripts", "create-support-user.js");

export interface BuiltApi {
  api: ChildProcess;
  port: number;
  database: TestDatabase;
  /** Every JSON line the processes wrote, in order. */
  log: any[];
  /** Kills what is left and drops the database. */
  close(): Promise<void>;
}

/**
 * The built API as an operator runs it (`node dist/main.js`, production), on a fresh database with a
 * SUPPORT user (`email`, `password`), once `listening` processes have said they listen.
 */
export async function startBuiltApi(options: {
  email: string;
  password: string;
  env?: Record<string, string>;
  listening?: number;
  /** Another built API's database (its SUPPORT user included): a second process on it, which leaves it in place. */
  database?: TestDatabase;
}): Promise<BuiltApi> {
  if (!existsSync(MAIN)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: API, stdio: "inherit" });
  const database = options.database ?? (await createTestDatabase());
  if (!options.database) {
    const created = spawnSync(process.execPath, [CREATE_SUPPORT_USER, options.email], {
      input: `${options.password}\n`,
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    if (created.status !== 0) throw new Error(`create-support-user failed: ${created.stderr}`);
  }
  const port = await freePort();
  const api = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      CONSOLE_DIR: "/nonexistent",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const log: any[] = [];
  let buffer = "";
  api.stdout!.on("data", (chunk) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines.filter(Boolean)) log.push(JSON.parse(line));
  });
  const deadline = Date.now() + 60_000;
  while (log.filter((l) => l.msg === "passkeys API listening").length < (options.listening ?? 1)) {
    if (Date.now() > deadline || api.exitCode !== null) throw new Error("the API did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    api,
    port,
    database,
    log,
    async close() {
      if (api.exitCode === null && api.signalCode === null) {
        api.kill("SIGKILL");
        await new Promise((r) => api.once("exit", r));
      }
      if (!options.database) await database.drop();
    },
  };
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
