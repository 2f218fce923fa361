import { defaultFieldResolver, GraphQLEnumType, GraphQLSchema } from "graphql";
import { ErrorCode } from "./errors";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker, refuseRestrictedSession } from "./auth/access";
import { Context } from "./context";
import { DateTimeScalar } from "./scalars";
import { SessionResolver, ViewerResolver } from "./graphql/sessions.resolver";
import { AuditEventResolver } from "./graphql/activity.resolver";
import { OrganisationResolver, PasskeyStatsResolver } from "./graphql/organisations.resolver";
import { UserResolver } from "./graphql/users.resolver";
import { OrganisationPolicyResolver, PolicyResolver } from "./graphql/policy.resolver";
import { PasskeyResolver } from "./graphql/passkeys.resolver";
import { SignInCodeResolver } from "./graphql/sign-in-codes.resolver";
import { AppRegistrationResolver, OrganisationAppsResolver } from "./graphql/apps.resolver";
import { SecurityProfileResolver } from "./graphql/security-profile.resolver";

// Every module's resolvers; the schema test checks each root field's access marker.
export const resolvers: NonEmptyArray<Function> = [
  ViewerResolver,
  SessionResolver,
  OrganisationResolver,
  PasskeyStatsResolver,
  UserResolver,
  AuditEventResolver,
  PolicyResolver,
  OrganisationPolicyResolver,
  PasskeyResolver,
  SignInCodeResolver,
  AppRegistrationResolver,
  OrganisationAppsResolver,
  SecurityProfileResolver,
];

/**
 * The codes in errors' `extensions.code`. No field returns it; it is printed so that clients generate the list from
 * the schema instead of copying it by hand.
 */
const ErrorCodeEnum = new GraphQLEnumType({
  name: "ErrorCode",
  description:
    "The code in an error's extensions.code (BAD_USER_INPUT errors also name the input in extensions.field).",
  values: Object.fromEntries(Object.values(ErrorCode).map((code) => [code, { value: code }])),
});

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Inputs are checked by the services, which answer BAD_USER_INPUT with a message per field.
    validate: false,
  });
  const config = schema.toConfig();
  return guardRootFields(new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeEnum] }));
}

/**
 * The restricted-session rule on every root field (queries and mutations), and on nothing
 * else. As a type-graphql global middleware it also ran on every field of every object, each
 * through a promise of its own: 800 extra steps for one 50-row activity page.
 */
function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        refuseRestrictedSession(context, info);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
