import { GraphQLResolveInfo } from "graphql";
import { AuthChecker } from "type-graphql";
import { OPEN_TO_RESTRICTED_SESSIONS, SELF, Tenancy, TenantId, TenantLookup } from "../auth-markers";
import { Context } from "../context";
import { loadUser } from "../loaders";
import { forbidden, notFound, passkeySetupRequired, unauthenticated } from "../errors";
import { Role } from "../modules/enums";
import { isId } from "../input-checks";

export type AccessRule = Role | typeof SELF;

const openToRestricted = new Set(OPEN_TO_RESTRICTED_SESSIONS);

const coordinate = (info: GraphQLResolveInfo) => `${info.parentType.name}.${info.fieldName}`;

const isOpenToRestrictedSessions = (info: GraphQLResolveInfo) => openToRestricted.has(coordinate(info));

/**
 * Whose organisation the field acts on: the field's own mark, else its object type's. Root
 * fields (Query, Mutation) have no object type to fall back on; they always say it themselves.
 */
export function tenancyOf(info: Pick<GraphQLResolveInfo, "parentType" | "fieldName">): Tenancy | undefined {
  const field = info.parentType.getFields()[info.fieldName];
  return (field?.extensions?.tenancy ?? info.parentType.extensions?.tenancy) as Tenancy | undefined;
}

/** Tenant lookups through the request's loaders, so the resolver then reads the same rows without another query. */
function tenantLookup(context: Context): TenantLookup {
  const { loaders } = context;
  return {
    organisationById: async (id: string): Promise<TenantId> =>
      isId(id) ? ((await loaders.organisationById.load(id))?.id ?? null) : null,
    organisationBySlug: async (slug: string): Promise<TenantId> =>
      (await loaders.organisationBySlug.load(slug))?.id ?? null,
    organisationOfUser: async (userId: string): Promise<TenantId> =>
      (await loadUser(loaders, userId))?.organisationId ?? null,
  };
}

/**
 * The one place roles and tenants are checked. Throws the contract's codes itself:
 * type-graphql's own failure would say UNAUTHORIZED, which the contract does not know.
 * Not signed in: UNAUTHENTICATED. Wrong role: FORBIDDEN. Another tenant's thing, or one that
 * does not exist: NOT_FOUND ("not visible to the caller"). A field that does not say whose
 * data it acts on is refused (default deny; the schema test names it first).
 */
export const authChecker: AuthChecker<Context, AccessRule> = async ({ context, info, root, args }, rules) => {
  const auth = context.auth;
  if (!auth) throw unauthenticated();
  if (auth.restricted && !isOpenToRestrictedSessions(info)) throw passkeySetupRequired();

  const tenancy = tenancyOf(info);
  if (!tenancy) throw forbidden();
  const parent = tenancy.from === "parent" ? tenancy.tenant(root) : undefined;

  const self = rules.includes(SELF) && parent?.userId === auth.user.id;
  const roles = rules.filter((r): r is Role => r !== SELF);
  if (!self && rules.length > 0 && !roles.includes(auth.user.role)) throw forbidden();
  if (self || auth.user.role === Role.SUPPORT) return true;

  let target: TenantId;
  switch (tenancy.from) {
    case "own":
      return true;
    case "any":
      throw forbidden();
    case "parent":
      target = parent!.organisationId;
      break;
    case "args":
      target = await tenancy.tenant(args, tenantLookup(context));
      break;
  }
  if (target === null || target !== auth.user.organisationId) throw notFound();
  return true;
};

/**
 * Restricted sessions are refused at every root field but the setup operations, including the
 * public ones. In each root field's resolver (see guardRootFields), not an Apollo plugin: an error
 * thrown while Apollo resolves the operation would turn the whole response into a 500.
 */
export function refuseRestrictedSession(context: Context, info: GraphQLResolveInfo): void {
  if (context.auth?.restricted && !isOpenToRestrictedSessions(info)) throw passkeySetupRequired();
}
