import { ApolloServer, ApolloServerPlugin, HeaderMap } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express, { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { BREAK, DocumentNode, GraphQLError, GraphQLFormattedError, visit } from "graphql";
import { buildContext, Context } from "./context";
import { isDatabaseUnavailable } from "./database/data-source";
import { isDeadlock } from "./db/write-conflicts";
import { ErrorCode } from "./errors";
import { AASA_PATH, ASSETLINKS_PATH, AssociationFiles } from "./modules/apps/app-registration.service";
import { accessLoggerOf, requestScope } from "./logger";
import { exportRoutes } from "./exports";
import { Role } from "./modules/enums";
import { buildAppSchema } from "./schema";
import { ceremonyTimings, metricsContentType, metricsText, watchPool } from "./metrics";
import { timingSafeEqual } from "node:crypto";
import { Services } from "./services";

/** Not a contract code: the database is slow or down, and the same request may work in a moment. */
export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
const RETRY_AFTER_SECONDS = 5;
/** /readyz answers within this, whatever the database does. */
const READINESS_DEADLINE_MS = 1_500;
/** GraphQL's own 4xx codes for a malformed request; they become the contract's BAD_USER_INPUT. */
const inputFailureCodes = new Set([
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
]);
/** Apollo's automatic persisted queries: clients retry with the full document on these, so they pass untouched. */
const persistedQueryCodes = new Set(["PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED"]);
const contractCodes = new Set<string>(Object.values(ErrorCode));

const serviceUnavailable = () =>
  new GraphQLError("The service is briefly unavailable. Try again in a few seconds.", {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
    },
  });

/**
 * A write that lost to concurrent writes on every try (deadlocks, Galera certification failures):
 * nothing was kept and the same request may well work at once. Not a 5xx, since nothing is down,
 * but the same code as an outage, which clients already retry.
 */
const WRITE_CONFLICT_MESSAGE = "Too many changes to the same data at once. Try again.";
const CONFLICT_RETRY_AFTER_SECONDS = 1;

const badRequest = (message: string, status = 400) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status } } });

/**
 * Errors GraphQL or Apollo raise about the request itself (a hash that does not match its query,
 * an unsupported APQ version): no code, no path, and nothing of ours underneath.
 */
function isRequestError(formatted: GraphQLFormattedError, error: unknown): boolean {
  // Apollo labels every code-less error INTERNAL_SERVER_ERROR before formatError sees it.
  const code = formatted.extensions?.code;
  if ((code && code !== "INTERNAL_SERVER_ERROR") || formatted.path) return false;
  // By shape, not instanceof: Apollo may load graphql's ESM build while we load its CJS one.
  const graphQLError = (e: unknown) => typeof e === "object" && e !== null && "extensions" in e && "path" in e;
  const original = (error as { originalError?: unknown })?.originalError;
  return graphQLError(error) && (!original || graphQLError(original));
}

/** Error classes, so the logging plugin and formatError agree on what is whose mistake. */
export type ErrorKind = "client" | "unavailable" | "conflict" | "persisted-query" | "bug";

export function errorKind(formatted: GraphQLFormattedError, error: unknown): ErrorKind {
  const code = String(formatted.extensions?.code ?? "");
  if (isDeadlock(error)) return "conflict";
  if (code === SERVICE_UNAVAILABLE || isDatabaseUnavailable(error)) return "unavailable";
  if (persistedQueryCodes.has(code)) return "persisted-query";
  if (contractCodes.has(code) || inputFailureCodes.has(code) || isRequestError(formatted, error)) return "client";
  return "bug";
}

/** What a client sees: the contract's codes with short messages; nothing internal in production. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const debug = production || !stacktrace ? {} : { stacktrace };
    switch (errorKind(formatted, error)) {
      case "unavailable":
        return {
          message: serviceUnavailable().message,
          path: formatted.path,
          extensions: { code: SERVICE_UNAVAILABLE, ...debug },
        };
      case "conflict":
        return {
          message: WRITE_CONFLICT_MESSAGE,
          path: formatted.path,
          extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: CONFLICT_RETRY_AFTER_SECONDS, ...debug },
        };
      case "persisted-query":
        return formatted;
      case "client":
        if (contractCodes.has(code)) return { ...formatted, extensions: { ...extensions, ...debug } };
        return {
          message: formatted.message,
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        };
      case "bug":
        return {
          message: production ? "Something went wrong on our side." : formatted.message,
          path: formatted.path,
          extensions: { code: "INTERNAL_SERVER_ERROR", ...debug },
        };
    }
  };
}

/** Apollo hands the same parsed document back for a query it has seen: walk each one once. */
const introspection = new WeakMap<DocumentNode, boolean>();

function introspects(document: DocumentNode): boolean {
  let found = introspection.get(document);
  if (found === undefined) {
    found = findsIntrospection(document);
    introspection.set(document, found);
  }
  return found;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  // The whole document: fragments (spread or inline) reach __schema and __type as well as the operation does.
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Request rules Apollo leaves to execution, where they would surface as 500s or 200s: an
 * operation name that names nothing, a subscription over HTTP, and introspection, which is for
 * SUPPORT staff (and anyone in development): DESIGN security rules.
 */
function requestRules(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) {
            throw badRequest(
              request.operationName
                ? `The document has no operation named "${request.operationName}".`
                : "The document has several operations: name the one to run in operationName.",
            );
          }
          if (operation.operation === "subscription") {
            throw badRequest("Subscriptions are not available over HTTP.");
          }
          if (production && contextValue.auth?.user.role !== Role.SUPPORT && introspects(document)) {
            // An http status here keeps Apollo from answering 500 for an error thrown in this hook.
            throw new GraphQLError("Introspection is available to support staff only.", {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}

/**
 * Logs each GraphQL error once, by whose it is: a client's mistake at debug with its code only
 * (messages echo the variables, secrets included), a database outage as a warning, and anything
 * else as our bug. A database outage also turns the response into a 503 with Retry-After.
 */
function errorLog(log: Services["logger"]): ApolloServerPlugin<Context> {
  const record = (errors: readonly GraphQLError[]): ErrorKind[] =>
    errors.map((error) => {
      const kind = errorKind(error.toJSON(), error);
      if (kind === "bug") log.error({ err: error.originalError ?? error, path: error.path }, "bug: unexpected error");
      else if (kind === "unavailable") log.warn({ err: error.originalError ?? error }, "database unavailable");
      else if (kind === "conflict") log.warn({ err: error.originalError ?? error }, "write conflict after retries");
      else log.debug({ code: error.extensions?.code, path: error.path }, "request refused");
      return kind;
    });
  // By shape, not instanceof: Apollo may load graphql's ESM build while we load its CJS one.
  const asGraphQLError = (error: Error): GraphQLError =>
    "extensions" in error && "toJSON" in error
      ? (error as GraphQLError)
      : new GraphQLError(error.message, { originalError: error });
  return {
    async contextCreationDidFail({ error }) {
      record([asGraphQLError(error)]);
    },
    async invalidRequestWasReceived({ error }) {
      record([asGraphQLError(error)]);
    },
    async unexpectedErrorProcessingRequest({ error }) {
      log.error({ err: error }, "bug: unexpected error processing a request");
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          const kinds = record(errors);
          if (kinds.includes("unavailable")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          } else if (kinds.includes("conflict")) {
            response.http.status = 409;
            response.http.headers.set("retry-after", String(CONFLICT_RETRY_AFTER_SECONDS));
          } else if (kinds.includes("bug")) {
            // A resolver's bug would otherwise ride on a 200; monitoring and the fuzz suite count 5xx.
            response.http.status = 500;
          }
        },
      };
    },
  };
}

/** The web origins to publish when some of them are outside the RP ID's domain; null when none is. */
export function webauthnRelatedOrigins(rpId: string, origins: string[]): string[] | null {
  const web = origins.filter((o) => !o.startsWith("android:apk-key-hash:"));
  const host = (o: string) => new URL(o).hostname;
  const foreign = web.some((o) => host(o) !== rpId && !host(o).endsWith(`.${rpId}`));
  return foreign ? web : null;
}

/** With a token: the request bears it (compared in constant time). Without: the client is on loopback. */
function metricsAllowed(req: Request, token: string | null): boolean {
  if (token) {
    const given = Buffer.from(req.get("authorization") ?? "");
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const ip = req.ip ?? "";
  return ip === "::1" || ip.startsWith("127.") || ip.startsWith("::ffff:127.");
}

/** Requests in flight, and whether the process has stopped taking new ones (SIGTERM). */
export class Lifecycle {
  draining = false;
  inFlight = 0;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** A proxy's request id when it is a plain token, else a new one; every log line of the request carries it. */
function requestIds(lifecycle: Lifecycle, logger: Services["logger"]) {
  const log = accessLoggerOf(logger);
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.get("x-request-id");
    const reqId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.reqId = reqId;
    res.setHeader("X-Request-Id", reqId);
    const start = process.hrtime.bigint();
    lifecycle.inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      lifecycle.inFlight--;
      // The path only: a GET's query string carries the document and variables.
      const line = {
        reqId,
        method: req.method,
        path: req.originalUrl.split("?")[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - start) / 1_000_000n),
        aborted: !res.writableFinished,
      };
      if (res.statusCode >= 500) log.error(line, "request failed on our side");
      else log.info(line, "request");
    };
    res.on("finish", finish);
    res.on("close", finish);
    requestScope.run({ reqId }, next);
  };
}

/** GraphQL answers carry sessions, tokens and people's details: no cache anywhere keeps them. */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader("Cache-Control", "no-store");
  next();
}

/** Body parsers lose the async context across stream events: enter the request's scope again. */
const reenterScope = (req: Request, res: Response, next: NextFunction) =>
  requestScope.run({ reqId: String(res.locals.reqId) }, next);

/**
 * POST /graphql takes JSON in UTF-8 only. body-parser alone would decode any charset starting
 * with "utf-" (utf-7 smuggles markup past filters) and leave other types unparsed, which
 * Apollo's integration answers with a 500.
 */
function jsonOnly(req: Request, _res: Response, next: NextFunction) {
  if (req.method !== "POST") return next();
  const header = req.get("content-type") ?? "";
  const [type, ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") {
    return next(clientMistake(415, "Send the request as Content-Type: application/json."));
  }
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    return next(clientMistake(415, "Send the request body in UTF-8."));
  }
  return next();
}

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

function clientMistake(status: number, message: string): HttpError {
  return Object.assign(new Error(message), { status, expose: true, type: "request.refused" });
}

/** body-parser's failures, as short messages that never quote the body. */
const bodyMessages: Record<string, string> = {
  "entity.parse.failed": "The request body is not valid JSON (an object is expected).",
  "entity.too.large": "The request body is too large.",
  "encoding.unsupported": "The request body's Content-Encoding is not supported.",
  "charset.unsupported": "Send the request body in UTF-8.",
  "request.aborted": "The request was aborted.",
  "request.size.invalid": "The request body is not as long as its Content-Length says.",
};

/**
 * The last word on any error Express sees. A 4xx is the client's mistake, answered with the
 * contract's BAD_USER_INPUT (GraphQL-shaped on /graphql); anything else is our bug, logged as one.
 * Neither the body nor the error's own fields (body-parser keeps the raw body on it) are logged.
 */
function errorHandler(log: Services["logger"]) {
  return (error: HttpError, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    const clientSide = status >= 400 && status < 500;
    const reqId = String(res.locals.reqId ?? "");
    if (clientSide) log.info({ reqId, status, reason: error.type ?? error.name }, "request refused");
    else log.error({ reqId, err: error }, "bug: unexpected error");
    if (res.headersSent) return res.end();
    const message = clientSide
      ? (bodyMessages[error.type ?? ""] ?? (error.expose ? error.message : "The request is not valid."))
      : "Something went wrong on our side.";
    const code = clientSide ? ErrorCode.BAD_USER_INPUT : "INTERNAL_SERVER_ERROR";
    res.status(clientSide ? status : 500);
    if (req.path.startsWith("/graphql")) res.json({ errors: [{ message, extensions: { code } }] });
    else res.json({ error: message, code });
  };
}

/**
 * Security headers from helmet. The CSP admits only our own origin: the console and the
 * playground (GraphiQL, Monaco and its workers) are bundles served from here. Mantine and
 * Monaco set inline styles, hence 'unsafe-inline' for styles only; Monaco's workers may start
 * from blob: URLs. HSTS is sent in production over https only (behind a proxy, X-Forwarded-Proto
 * from a trusted proxy counts), so http on localhost is never pinned.
 */
function securityHeaders(production: boolean) {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        frameSrc: ["'none'"],
        imgSrc: ["'self'", "data:", "blob:"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", "blob:"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 86_400, includeSubDomains: true });
  return [
    headers,
    (req: Request, res: Response, next: NextFunction) => (production && req.secure ? hsts(req, res, next) : next()),
  ];
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: "ETIMEDOUT" })), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export interface App {
  app: express.Express;
  lifecycle: Lifecycle;
  stop(): Promise<void>;
}

export async function createApp(services: Services): Promise<App> {
  const { config, logger } = services;
  const schema = await buildAppSchema();
  // graphql-armor: depth, alias, directive and cost limits, tuned for the console's deepest query.
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // The token limit is graphql-js's own parse option below: armor's runs in an Apollo hook,
    // where its syntax errors became 500s.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 10000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    parseOptions: { maxTokens: 4000 },
    plugins: [
      ...protection.plugins,
      requestRules(config.production),
      errorLog(logger),
      ceremonyTimings(),
      ApolloServerPluginLandingPageDisabled(),
      // No response of ours is cacheable (the /graphql route says no-store itself), and the
      // plugin's per-field hook made Apollo wrap every resolver of the schema.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    validationRules: [...protection.validationRules],
    introspection: true,
    csrfPrevention: true,
    // main.ts drains the HTTP server on SIGTERM and stops Apollo last; Apollo's own handler would
    // fail the requests still in flight.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatError(config.production),
    logger,
  });
  await apollo.start();

  const lifecycle = new Lifecycle();
  const app = express();
  app.disable("x-powered-by");
  // No ETag on GraphQL answers (POSTs, never revalidated): it was a SHA-1 of every response body.
  // The association files set their own; static files have serve-static's.
  app.set("etag", false);
  app.set("trust proxy", config.trustProxy);
  app.use(requestIds(lifecycle, logger));
  app.use(...securityHeaders(config.production));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  // Prometheus metrics (see metrics.ts), summed over all workers; only for config.metricsToken's bearer or loopback.
  const unwatchPool = watchPool(services.dataSource);
  app.get("/metrics", async (req, res) => {
    if (!metricsAllowed(req, config.metricsToken)) {
      res.status(config.metricsToken ? 401 : 403).json({ error: "Not allowed to read the metrics." });
      return;
    }
    try {
      const text = await metricsText();
      res.set("Cache-Control", "no-store").type(metricsContentType).send(text);
    } catch (error) {
      logger.warn({ err: error }, "metrics not available");
      res.status(503).json({ error: "Metrics are briefly unavailable." });
    }
  });

  // Ready means: not shutting down, and the database takes a write within the deadline. A bare
  // SELECT 1 answers while every table is locked, and SQLite in WAL mode reads past a writer's
  // lock; this write changes nothing but waits for the same locks every sign-in needs.
  app.get("/readyz", async (_req, res) => {
    if (lifecycle.draining) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    try {
      await withDeadline(
        services.transactions.run((manager) => manager.query("UPDATE organisations SET id = id WHERE 1 = 0")),
        READINESS_DEADLINE_MS,
      );
      res.json({ status: "ok", database: "up" });
    } catch (error) {
      logger.warn({ err: error }, "database not ready");
      res.status(503).set("Retry-After", String(RETRY_AFTER_SECONDS)).json({ status: "unavailable", database: "down" });
    }
  });

  // After SIGTERM the listener is closed, so no new connection comes in; a request already on
  // an open connection is still served, and that connection then closes.
  app.use((_req, res, next) => {
    if (lifecycle.draining) res.set("Connection", "close");
    next();
  });

  // WebAuthn related origins: web origins outside the RP ID's domain may use its passkeys only
  // when the RP ID's host lists them here (browsers fetch https://<rpId>/.well-known/webauthn).
  const relatedOrigins = webauthnRelatedOrigins(config.rpId, config.rpOrigins);
  app.get("/.well-known/webauthn", (_req, res) => {
    if (!relatedOrigins) res.status(404).json({ error: "not found" });
    else res.type("application/json").send(JSON.stringify({ origins: relatedOrigins }));
  });

  // Native apps: iOS and Android let an app use the RP ID's passkeys only when these files on the
  // RP ID's host name it. Served as-is (no redirect: neither platform follows one), as JSON, built
  // from every organisation's registrations and cached per version (see AppRegistrationService).
  // Apple's CDN and Google's verifier cache them further on their own schedules; five minutes
  // here keeps any cache in front of us from holding a removed app much longer.
  const associationFile =
    (pick: (files: AssociationFiles) => AssociationFiles["assetLinks"]): express.RequestHandler =>
    async (req, res) => {
      let files: AssociationFiles;
      try {
        files = await services.apps.associationFiles();
      } catch (error) {
        logger.warn({ err: error }, "association files not available");
        res.status(503).set("Retry-After", "30").json({ error: "unavailable" });
        return;
      }
      const file = pick(files);
      res.set({ "Cache-Control": "public, max-age=300", ETag: file.etag });
      if (req.fresh) res.status(304).end();
      else res.type("application/json").send(file.body);
    };
  app.get(
    AASA_PATH,
    associationFile((files) => files.appleAppSiteAssociation),
  );
  app.get(
    ASSETLINKS_PATH,
    associationFile((files) => files.assetLinks),
  );

  app.use(
    "/graphql",
    noStore,
    jsonOnly,
    express.json({ limit: "200kb", type: "application/json", strict: true }),
    reenterScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await buildContext(services, req, res);
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw serviceUnavailable();
          throw error;
        }
      },
    }),
  );

  // CSV downloads, with the same session and the same role and tenant rules as /graphql.
  app.use("/exports", exportRoutes(services));

  const consoleDir = resolve(config.consoleDir ?? join(__dirname, "..", "..", "admin-web", "dist"));
  if (existsSync(join(consoleDir, "index.html"))) {
    app.use(express.static(consoleDir, { index: false, maxAge: "1h" }));
    // A code file that is not there (an open tab asking for the previous release's chunk) is a 404, not the app's
    // HTML: the console then offers a reload instead of failing on HTML parsed as JavaScript.
    app.use("/assets", (_req, res) => {
      res.status(404).type("text/plain").send("Not found");
    });
    // The console is a single-page app: every other GET is one of its routes.
    app.get(/^\/(?!graphql|healthz|readyz|\.well-known).*/, (_req, res) => {
      res.sendFile(join(consoleDir, "index.html"), { headers: { "Cache-Control": "no-cache" } });
    });
  }
  app.use((_req, res) => {
    res.status(404).json({ error: "Not found." });
  });
  app.use(errorHandler(logger));

  return {
    app,
    lifecycle,
    stop: () => {
      unwatchPool();
      return apollo.stop();
    },
  };
}
