import { GraphQLResolveInfo } from "graphql";
import { AuthChecker, Extensions, MiddlewareFn, ResolverData } from "type-graphql";
import { Context } from "../context";
import { loadUser } from "../loaders";
import { forbidden, notFound, passkeySetupRequired, unauthenticated } from "../errors";
import { Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { PasskeyPolicy } from "../modules/policy/passkey-policy.entity";
import { User } from "../modules/users/user.entity";

/**
 * Default deny: every root field carries @Authorized(...) or @Public(); a schema test
 * fails on a field with neither.
 */
export const Public = () => Extensions({ access: "public" });

/** Open to a restricted session (DESIGN: viewer, the registration ceremony, sign-out). */
export const AllowRestricted = () => Extensions({ allowRestricted: true });

/**
 * Names the organisation a field acts on, for the tenant check, when neither the parent
 * object nor the arguments say it (e.g. `organisation(slug:)`). Returns null when the thing
 * does not exist; the checker then answers NOT_FOUND.
 */
export type TenantResolver = (args: Record<string, any>, context: Context) => Promise<string | null | undefined>;
export const TenantFrom = (resolve: TenantResolver) => Extensions({ tenantFrom: resolve });

/** The caller's own record passes an @Authorized(SELF, ...) field whatever their role. */
export const SELF = "SELF";
export type AccessRule = Role | typeof SELF;

function fieldExtensions(info: GraphQLResolveInfo): Record<string, any> {
  return info.parentType.getFields()[info.fieldName]?.extensions ?? {};
}

async function targetOrganisation({
  root,
  args,
  context,
  info,
}: ResolverData<Context>): Promise<string | null | undefined> {
  const tenantFrom = fieldExtensions(info).tenantFrom as TenantResolver | undefined;
  if (tenantFrom) return tenantFrom(args, context);
  if (root instanceof Organisation) return root.id;
  if (root instanceof User) return root.organisationId ?? null;
  if (root instanceof PasskeyPolicy) return root.organisationId;
  const organisationId = args.organisationId ?? args.input?.organisationId;
  if (typeof organisationId === "string") {
    return (await context.services.organisations.exists(organisationId)) ? organisationId : null;
  }
  if (typeof args.userId === "string") {
    const user = await loadUser(context.loaders, args.userId);
    return user ? (user.organisationId ?? null) : null;
  }
  return undefined;
}

/**
 * The one place roles and tenants are checked. Throws the contract's codes itself:
 * type-graphql's own failure would say UNAUTHORIZED, which the contract does not know.
 * Wrong role: FORBIDDEN. Another tenant's thing: NOT_FOUND ("not visible to the caller").
 */
export const authChecker: AuthChecker<Context, AccessRule> = async (data, rules) => {
  const { context, info, root } = data;
  const auth = context.auth;
  if (!auth) throw unauthenticated();
  if (auth.restricted && !fieldExtensions(info).allowRestricted) throw passkeySetupRequired();

  const self = rules.includes(SELF) && root instanceof User && root.id === auth.user.id;
  const roles = rules.filter((r): r is Role => r !== SELF);
  if (!self && rules.length > 0 && !roles.includes(auth.user.role)) throw forbidden();

  const target = await targetOrganisation(data);
  if (target === undefined || auth.user.role === Role.SUPPORT || self) return true;
  if (target === null || target !== auth.user.organisationId) throw notFound();
  return true;
};

/**
 * Restricted sessions are refused at every root field but the setup operations, including
 * the public ones. Field middleware, not an Apollo plugin: an error thrown while Apollo
 * resolves the operation would turn the whole response into a 500.
 */
export const restrictedSessionGuard: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const isRootField = info.path.prev === undefined;
  if (isRootField && context.auth?.restricted && !fieldExtensions(info).allowRestricted) {
    throw passkeySetupRequired();
  }
  return next();
};
