import { GraphQLScalarType, Kind } from "graphql";
import { GraphQLJSON } from "graphql-scalars";

function parseDate(value: unknown): Date {
  // Only full ISO-8601 timestamps with a zone: a bare date would be read in the server's zone.
  if (
    typeof value !== "string" ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw new TypeError("DateTime must be an ISO-8601 timestamp with a zone, e.g. 2026-01-31T09:00:00Z");
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`"${value}" is not a valid date`);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "ISO-8601 string in UTC",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    return date.toISOString();
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError("DateTime must be a string");
    return parseDate(ast.value);
  },
});

export const JSONScalar = GraphQLJSON;
