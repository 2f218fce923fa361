import { GraphQLSchema } from "graphql";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker, restrictedSessionGuard } from "./auth/access";
import { DateTimeScalar } from "./scalars";
import { SessionResolver, ViewerResolver } from "./modules/sessions/session.resolver";
import { AuditEventResolver } from "./modules/audit/audit-event.resolver";
import { OrganisationResolver, PasskeyStatsResolver } from "./modules/organisations/organisation.resolver";
import { UserResolver } from "./modules/users/user.resolver";
import { OrganisationPolicyResolver, PolicyResolver } from "./modules/policy/policy.resolver";
import { PasskeyResolver } from "./modules/passkeys/passkey.resolver";
import { AppRegistrationResolver, OrganisationAppsResolver } from "./modules/apps/app-registration.resolver";
import { SignInCodeResolver } from "./modules/sign-in-codes/sign-in-code.resolver";

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
