import { AsyncLocalStorage } from "node:async_hooks";
import pino, { DestinationStream, Logger } from "pino";
import { Config } from "./config";

/** The request a log line belongs to, wherever in the call chain it is written. */
export const requestScope = new AsyncLocalStorage<{ reqId: string }>();

/**
 * Keys whose values are secrets wherever they appear in a logged object: sign-in material, session
 * tokens, WebAuthn challenges and keys, and the SQL and parameters of a failed query (which carry
 * hashes and tokens). Nothing logs request bodies or variables; this is the second line.
 */
const secretKeys = [
  "authorization",
  "cookie",
  "set-cookie",
  "password",
  "passwordHash",
  "code",
  "codeHash",
  "token",
  "tokenHash",
  "challenge",
  "publicKey",
  "credentialPublicKey",
  "privateKey",
  "response",
  "clientDataJSON",
  "attestationObject",
  "authenticatorData",
  "signature",
  "userHandle",
  "body",
  "variables",
  "query",
  "sql",
  "parameters",
];
const redactPaths = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  ...secretKeys
    .flatMap((key) => {
      const step = /^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `["${key}"]`;
      return [step.replace(/^\./, ""), `*${step}`, `*.*${step}`];
    })
    .filter((path) => !path.startsWith("[")),
];

/**
 * Errors keep their type, message, code and stack only: a driver error's other fields (sql,
 * parameters, values) and a body-parser error's body are exactly what must not be logged.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & { code?: unknown; originalError?: unknown };
  return {
    type: e.constructor?.name ?? "Error",
    message: e.message,
    ...(typeof e.code === "string" || typeof e.code === "number" ? { errorCode: e.code } : {}),
    stack: e.stack,
    ...(e.originalError instanceof Error ? { originalError: serializeError(e.originalError) } : {}),
  };
}

export function createLogger(config: Pick<Config, "logLevel" | "nodeEnv">, destination?: DestinationStream) {
  return pino(
    {
      // Tests are silent unless they capture the stream to read it.
      level: config.nodeEnv === "test" && !destination ? "silent" : config.logLevel,
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      mixin: () => requestScope.getStore() ?? {},
    },
    destination,
  );
}

const accessLoggers = new WeakMap<Logger, Logger>();

/**
 * The logger of the one line each request writes (its id, method, path, status and time): the same
 * level and stream as `logger`, without its redaction. That line is built from those fields alone,
 * so there is nothing to redact, and matching every redaction path's wildcards against it was the
 * biggest cost of logging under load (5 % of the API's CPU on `viewer`, docs/performance.md).
 */
export function accessLoggerOf(logger: Logger): Logger {
  let access = accessLoggers.get(logger);
  if (!access) {
    const stream = (logger as unknown as Record<symbol, DestinationStream>)[pino.symbols.streamSym];
    access = pino({ level: logger.level }, stream);
    accessLoggers.set(logger, access);
  }
  return access;
}
