import { Extensions } from "type-graphql";

/*
 * The access markers the modules put on their fields, and nothing else: this file imports
 * only type-graphql, so every module may import it while the checker that reads the marks
 * (auth/access.ts) sits above every module (STYLE "Dependency direction"). It is a top-level
 * file, not one in auth/, because the import graph groups a folder as one module: markers in
 * auth/ would tie the modules and the checker into one cycle.
 */

/**
 * Default deny: every root field carries @Authorized(...) or @Public(); a schema test
 * fails on a field with neither.
 */
export const Public = () => Extensions({ access: "public" });

/** The caller's own record passes an @Authorized(SELF, ...) field whatever their role. */
export const SELF = "SELF";

/**
 * DESIGN "Restricted sessions": the fields a restricted session may reach, as schema
 * coordinates. The guard refuses every other root field, public ones included, and the
 * checker every other guarded field, with PASSKEY_SETUP_REQUIRED. `skipPasskeySetup` is here
 * so that it answers what the contract says: FORBIDDEN, as a skip under MANDATORY is refused,
 * not deferred. The User fields are what `viewer` shows of the caller's own account.
 */
export const OPEN_TO_RESTRICTED_SESSIONS: readonly string[] = [
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
];

/*
 * Tenancy. Every @Authorized field says whose organisation it acts on, and nothing is guessed:
 * a field without a tenant mark is refused at run time and fails the schema test.
 */

/** An organisation id; null when the thing named does not exist or belongs to no organisation (NOT_FOUND). */
export type TenantId = string | null;

/** What the checker can read to find a tenant. Its answers come through the request's loaders. */
export interface TenantLookup {
  organisationById(id: string): Promise<TenantId>;
  /** By the slug as given; the caller normalises it. */
  organisationBySlug(slug: string): Promise<TenantId>;
  /** The user's organisation; null for no such user or a user of no organisation (SUPPORT). */
  organisationOfUser(userId: string): Promise<TenantId>;
}

/** The tenant of a root field, from its arguments. */
export type TenantOfArgs = (args: Record<string, unknown>, lookup: TenantLookup) => Promise<TenantId>;

/** The tenant of an object, for the fields read on it; `userId` when the object is a user (for SELF). */
export interface ParentTenant {
  organisationId: string | null;
  userId?: string;
}

export type Tenancy =
  | { from: "args"; tenant: TenantOfArgs }
  | { from: "parent"; tenant: (parent: any) => ParentTenant }
  | { from: "own" }
  | { from: "any" };

const tenancy = (value: Tenancy) => Extensions({ tenancy: value });

/** The field acts on the organisation its arguments name. */
export const TenantFrom = (tenant: TenantOfArgs) => tenancy({ from: "args", tenant });

/**
 * On an object type (or one of its fields): fields read on an object act on the object's
 * organisation. Field resolvers of the type take it from their parent.
 */
export const TenantOfParent = <T>(tenant: (parent: T) => ParentTenant) => tenancy({ from: "parent", tenant });

/** The field acts only on the caller's own data (their session, their passkeys): no other tenant is named. */
export const OwnTenant = () => tenancy({ from: "own" });

/** Platform-wide: every organisation at once. Only SUPPORT passes it, whatever the roles say. */
export const AnyTenant = () => tenancy({ from: "any" });

/** The value at a dotted argument path, e.g. "input.organisationId". */
function argumentAt(args: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], args);
}

/** The organisation named by the argument at `path` (an id). */
export const tenantOfOrganisationArg =
  (path: string): TenantOfArgs =>
  (args, lookup) => {
    const id = argumentAt(args, path);
    return typeof id === "string" ? lookup.organisationById(id) : Promise.resolve(null);
  };

/** The organisation of the user named by the argument at `path` (a user id). */
export const tenantOfUserArg =
  (path: string): TenantOfArgs =>
  (args, lookup) => {
    const id = argumentAt(args, path);
    return typeof id === "string" ? lookup.organisationOfUser(id) : Promise.resolve(null);
  };
