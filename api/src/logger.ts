import pino from "pino";
import { Config } from "./config";

export function createLogger(config: Pick<Config, "logLevel" | "nodeEnv">) {
  return pino({
    level: config.nodeEnv === "test" ? "silent" : config.logLevel,
    redact: ["req.headers.authorization", "req.headers.cookie", "password", "token", "code"],
  });
}
