import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphQLObjectType, GraphQLSchema, printSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
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
});
