import { GraphQLSchema } from "graphql";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker, restrictedSessionGuard } from "./auth/access";
import { DateTimeScalar } from "./scalars";
import { SessionResolver, ViewerResolver } from "./graphql/sessions.resolver";
import { AuditEventResolver } from "./graphql/activity.resolver";
import { OrganisationResolver, PasskeyStatsResolver } from "./graphql/organisations.resolver";
import { UserResolver } from "./graphql/users.resolver";
import { OrganisationPolicyResolver, PolicyResolver } from "./graphql/policy.resolver";
import { PasskeyResolver } from "./graphql/passkeys.resolver";
import { SignInCodeResolver } from "./graphql/sign-in-codes.resolver";
import { AppRegistrationResolver, OrganisationAppsResolver } from "./graphql/apps.resolver";

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
];

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    globalMiddlewares: [restrictedSessionGuard],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Inputs are checked by the services, which answer BAD_USER_INPUT with a message per field.
    validate: false,
  });
}
