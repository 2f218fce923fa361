import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execute, GraphQLObjectType, GraphQLSchema, parse, printSchema } from "graphql";
import { Authorized, buildSchema, getMetadataStorage, Query, Resolver } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { authChecker, tenancyOf } from "./auth/access";
import { OPEN_TO_RESTRICTED_SESSIONS, OwnTenant, TenantFrom, tenantOfOrganisationArg } from "./auth-markers";
import { Role } from "./modules/enums";
import { buildAppSchema, resolvers } from "./schema";

/** Every root field of `type`, with whether it carries @Authorized or @Public(). */
function accessMarkers(
  schema: GraphQLSchema,
  type: GraphQLObjectType | null | undefined,
  kind: "queries" | "mutations",
) {
  const storage = getMetadataStorage();
  const handlers = storage[kind].filter((handler) => resolvers.includes(handler.target as Function));
  return Object.values(type?.getFields() ?? {}).map((field) => {
    const handler = handlers.find((h) => h.schemaName === field.name);
    const authorized = handler
      ? storage.authorizedFields.some((a) => a.target === handler.target && a.fieldName === handler.methodName)
      : false;
    const isPublic = field.extensions?.access === "public";
    return { field: `${type!.name}.${field.name}`, authorized, isPublic };
  });
}

/**
 * Every field of `schema` that carries @Authorized, with its roles: the root fields of
 * `resolverClasses`, and the fields of object types (declared on the type or by a field
 * resolver of another module).
 */
function guardedFields(schema: GraphQLSchema, resolverClasses: readonly Function[]) {
  const storage = getMetadataStorage();
  const fromResolvers = (kind: "queries" | "mutations", type: GraphQLObjectType | null | undefined) =>
    storage[kind]
      .filter(
        (handler) => resolverClasses.includes(handler.target) && handler.roles && type?.getFields()[handler.schemaName],
      )
      .map((handler) => ({ type: type!, fieldName: handler.schemaName, roles: handler.roles as string[] }));
  const objectFields = storage.objectTypes.flatMap((objectType) => {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) return [];
    return (objectType.fields ?? [])
      .filter((field) => field.roles && type.getFields()[field.schemaName])
      .map((field) => ({ type, fieldName: field.schemaName, roles: field.roles as string[] }));
  });
  return [
    ...fromResolvers("queries", schema.getQueryType()),
    ...fromResolvers("mutations", schema.getMutationType()),
    ...objectFields,
  ].map(({ type, fieldName, roles }) => ({
    field: `${type.name}.${fieldName}`,
    isRoot: type === schema.getQueryType() || type === schema.getMutationType(),
    roles,
    tenancy: tenancyOf({ parentType: type, fieldName }),
  }));
}

/** The guarded fields that do not say whose organisation they act on, or say it in a way that cannot hold. */
function tenancyFaults(schema: GraphQLSchema, resolverClasses: readonly Function[]): string[] {
  return guardedFields(schema, resolverClasses).flatMap(({ field, isRoot, roles, tenancy }) => {
    if (!tenancy) return [`${field}: no tenant mark`];
    // A root field has no parent object to take its tenant from.
    if (isRoot && tenancy.from === "parent") return [`${field}: TenantOfParent on a root field`];
    if (tenancy.from === "any" && (roles.length !== 1 || roles[0] !== Role.SUPPORT)) {
      return [`${field}: AnyTenant on a field open to more than SUPPORT`];
    }
    return [];
  });
}

// A resolver the schema test must catch: one guarded field says its tenant, one does not.
@Resolver()
class TenancyFixtureResolver {
  @Authorized(Role.ORG_ADMIN)
  @TenantFrom(tenantOfOrganisationArg("organisationId"))
  @Query(() => Boolean)
  marked(): boolean {
    return true;
  }

  @Authorized(Role.ORG_ADMIN)
  @Query(() => Boolean)
  unmarked(): boolean {
    return true;
  }

  @Authorized()
  @OwnTenant()
  @Query(() => Boolean)
  own(): boolean {
    return true;
  }
}

describe("schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it("marks every Query and Mutation field @Authorized or @Public() (default deny)", () => {
    const fields = [
      ...accessMarkers(schema, schema.getQueryType(), "queries"),
      ...accessMarkers(schema, schema.getMutationType(), "mutations"),
    ];
    expect(fields.length).toBeGreaterThan(0);
    const unmarked = fields.filter((f) => !f.authorized && !f.isPublic).map((f) => f.field);
    expect(unmarked, "root fields with neither @Authorized(...) nor @Public()").toEqual([]);
    const both = fields.filter((f) => f.authorized && f.isPublic).map((f) => f.field);
    expect(both, "root fields marked both @Authorized and @Public(): say which one you mean").toEqual([]);
  });

  it("the committed schema.graphql is the printed schema (run pnpm schema)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "schema.graphql"), "utf8");
    const printed = printSchema(schema) + "\n";
    expect(committed === printed, "schema.graphql is stale: run `pnpm schema` from the repository root").toBe(true);
  });

  it("every @Authorized field says whose organisation it acts on (default deny, nothing guessed)", () => {
    const guarded = guardedFields(schema, resolvers);
    // The check sees the root fields, and the object fields other modules add (Organisation.users, User.passkeys).
    expect(guarded.map((f) => f.field)).toEqual(
      expect.arrayContaining(["Query.organisation", "Mutation.createUser", "Organisation.users", "User.passkeys"]),
    );
    expect(tenancyFaults(schema, resolvers), "add @TenantFrom, @OwnTenant or @AnyTenant (auth-markers.ts)").toEqual([]);
  });

  it("the tenancy check names a guarded root field without a tenant mark", async () => {
    const fixture = await buildSchema({ resolvers: [TenancyFixtureResolver], authChecker, authMode: "error" });
    expect(tenancyFaults(fixture, [TenancyFixtureResolver])).toEqual(["Query.unmarked: no tenant mark"]);
    // And the checker refuses it at run time, whoever calls: the field may not pass unmarked.
    const auth = { restricted: false, user: { id: "u", role: Role.ORG_ADMIN, organisationId: "org" } };
    const run = (query: string) => execute({ schema: fixture, document: parse(query), contextValue: { auth } });
    expect((await run("{ unmarked }")).errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    expect((await run("{ own }")).data).toEqual({ own: true });
  });

  it("lists the operations open to restricted sessions in one place, each a field of the schema", () => {
    expect(OPEN_TO_RESTRICTED_SESSIONS).toEqual([
      "Query.viewer",
      "Mutation.startPasskeyRegistration",
      "Mutation.finishPasskeyRegistration",
      "Mutation.skipPasskeySetup",
      "Mutation.signOut",
      "User.passkeyStatus",
      "User.passkeys",
      "User.hasPassword",
      "User.organisation",
      "User.lastSignInAt",
    ]);
    const missing = OPEN_TO_RESTRICTED_SESSIONS.filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split(".");
      const type = schema.getType(typeName);
      return !(type instanceof GraphQLObjectType && type.getFields()[fieldName]);
    });
    expect(missing).toEqual([]);
  });
});
