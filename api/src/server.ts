import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { GraphQLError, GraphQLFormattedError, Kind, OperationDefinitionNode } from "graphql";
import { buildContext, Context } from "./context";
import { ErrorCode } from "./errors";
import { exportRoutes } from "./exports";
import { Role } from "./modules/enums";
import { buildAppSchema } from "./schema";
import { Services } from "./services";

/** Codes the contract knows pass through; GraphQL's own input failures become BAD_USER_INPUT. */
const inputFailureCodes = new Set([
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "BAD_USER_INPUT",
]);
const contractCodes = new Set<string>(Object.values(ErrorCode));

export function formatError(production: boolean, log: Services["logger"]) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    if (contractCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? extensions : formatted.extensions };
    }
    if (inputFailureCodes.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    log.error({ err: (error as GraphQLError)?.originalError ?? error, path: formatted.path }, "unexpected error");
    return {
      message: production ? "Something went wrong on our side." : formatted.message,
      path: formatted.path,
      extensions: production ? { code: "INTERNAL_SERVER_ERROR" } : formatted.extensions,
    };
  };
}

/** Introspection is for SUPPORT staff (and anyone in development): DESIGN security rules. */
function introspectionGate(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!production || contextValue.auth?.user.role === Role.SUPPORT) return;
          const operations = document.definitions.filter(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
          );
          const introspects = operations.some((op) =>
            op.selectionSet.selections.some(
              (s) => s.kind === Kind.FIELD && (s.name.value === "__schema" || s.name.value === "__type"),
            ),
          );
          if (introspects) {
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

/** The web origins to publish when some of them are outside the RP ID's domain; null when none is. */
export function webauthnRelatedOrigins(rpId: string, origins: string[]): string[] | null {
  const web = origins.filter((o) => !o.startsWith("android:apk-key-hash:"));
  const host = (o: string) => new URL(o).hostname;
  const foreign = web.some((o) => host(o) !== rpId && !host(o).endsWith(`.${rpId}`));
  return foreign ? web : null;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

export async function createApp(services: Services): Promise<App> {
  const { config, logger } = services;
  const schema = await buildAppSchema();
  // graphql-armor: depth, alias, directive, token and cost limits, tuned for the console's deepest query.
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 4000 },
    costLimit: { maxCost: 10000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    plugins: [...protection.plugins, introspectionGate(config.production), ApolloServerPluginLandingPageDisabled()],
    validationRules: [...protection.validationRules],
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatError(config.production, logger),
    logger,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await services.dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "up" });
    } catch (error) {
      logger.warn({ err: error }, "database not reachable");
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  });

  // WebAuthn related origins: web origins outside the RP ID's domain may use its passkeys only
  // when the RP ID's host lists them here (browsers fetch https://<rpId>/.well-known/webauthn).
  const relatedOrigins = webauthnRelatedOrigins(config.rpId, config.rpOrigins);
  app.get("/.well-known/webauthn", (_req, res) => {
    if (!relatedOrigins) res.status(404).json({ error: "not found" });
    else res.type("application/json").send(JSON.stringify({ origins: relatedOrigins }));
  });

  app.use(
    "/graphql",
    express.json({ limit: "200kb" }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(services, req, res) }),
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

  return { app, stop: () => apollo.stop() };
}
