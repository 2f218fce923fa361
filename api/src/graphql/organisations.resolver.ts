import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AnyTenant, TenantFrom, TenantOfArgs, tenantOfOrganisationArg } from "../auth-markers";
import { Context } from "../context";
import { badInput } from "../errors";
import { AuditEventConnection } from "../modules/activity/activity.types";
import { AuditEventType, PasskeyStatus, Role } from "../modules/enums";
import { User } from "../modules/users/user.entity";
import { UserConnection } from "../modules/users/user.types";
import { Organisation } from "../modules/organisations/organisation.entity";
import { isId } from "../input-checks";
import { CreateOrganisationInput, OrganisationConnection } from "../modules/organisations/organisation.types";
import { AdoptionDay, PasskeyStats, SignInCount } from "../modules/stats/stats.types";
import {
  OrganisationSort,
  OrganisationSummary,
  SortDirection,
  sortedOrganisationPage,
} from "../modules/stats/organisation-summary";

/** Who reads an organisation's people, adoption and activity: its CMS admins and editors, and support. */
const ORGANISATION_READERS = [Role.ORG_ADMIN, Role.APP_EDITOR, Role.SUPPORT];

/**
 * `organisation(id:, slug:)` names its organisation by either argument; exactly one must be
 * given. A malformed id or an overlong slug names nothing: NOT_FOUND, like any id the caller
 * cannot see. Null when it names nothing.
 */
function organisationNamedBy(args: Record<string, unknown>): { id: string } | { slug: string } | null {
  const { id, slug } = args as { id?: string | null; slug?: string | null };
  if ((id == null) === (slug == null)) throw badInput("Give either id or slug.", id == null ? "id" : "slug");
  if (id != null) return isId(id) ? { id } : null;
  const normalised = slug!.trim().toLowerCase();
  return normalised.length <= 64 ? { slug: normalised } : null;
}

const tenantOfOrganisationNamed: TenantOfArgs = async (args, lookup) => {
  const named = organisationNamedBy(args);
  if (!named) return null;
  return "id" in named ? lookup.organisationById(named.id) : lookup.organisationBySlug(named.slug);
};

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized(...ORGANISATION_READERS)
  @TenantFrom(tenantOfOrganisationNamed)
  @Query(() => Organisation, {
    nullable: true,
    description: "ORG_ADMIN and APP_EDITOR: their own organisation. SUPPORT: any. Others: FORBIDDEN.",
  })
  organisation(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("slug", () => String, { nullable: true }) slug: string | null,
    @Ctx() context: Context,
  ): Promise<Organisation | null> {
    const named = organisationNamedBy({ id, slug });
    if (!named) return Promise.resolve(null);
    return "id" in named
      ? context.loaders.organisationById.load(named.id)
      : context.loaders.organisationBySlug.load(named.slug);
  }

  @Authorized(Role.SUPPORT)
  @AnyTenant()
  @Query(() => OrganisationConnection, { description: "SUPPORT only." })
  async organisations(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("sort", () => OrganisationSort, {
      nullable: true,
      description: "Null: oldest first, paged by keyset. Otherwise the order asked, paged by offset.",
    })
    sort: OrganisationSort | null,
    @Arg("direction", () => SortDirection, { nullable: true, defaultValue: SortDirection.ASC })
    direction: SortDirection | null,
    @Ctx() context: Context,
  ): Promise<OrganisationConnection> {
    if (!sort) return context.services.organisations.page({ first, after, search });
    const page = await sortedOrganisationPage(context.services.dataSource, {
      first,
      after,
      search,
      sort,
      direction: direction ?? SortDirection.ASC,
    });
    // The page's query already counted each row's users and activity: the rows' summary fields read them.
    for (const summary of page.summaries) {
      context.loaders.organisationSummaryById.prime(summary.organisationId, summary);
    }
    return page;
  }

  @Authorized(Role.SUPPORT)
  @AnyTenant()
  @Mutation(() => Organisation, { description: "SUPPORT only." })
  createOrganisation(
    @Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() context: Context,
  ): Promise<Organisation> {
    return context.services.organisations.create(input, { id: context.auth!.user.id, ip: context.ip });
  }

  @Authorized(Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("organisationId"))
  @Mutation(() => Organisation, {
    description: "SUPPORT only: the one-time switch that lets the organisation's admins turn passkeys on.",
  })
  setPasskeysActivated(
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("activated", () => Boolean) activated: boolean,
    @Ctx() context: Context,
  ): Promise<Organisation> {
    return context.services.organisations.setPasskeysActivated(organisationId, activated, {
      id: context.auth!.user.id,
      ip: context.ip,
    });
  }

  @Authorized(...ORGANISATION_READERS)
  @FieldResolver(() => OrganisationSummary, {
    description: "Users, adoption and last activity; batched across a page of organisations.",
  })
  async summary(@Root() organisation: Organisation, @Ctx() context: Context): Promise<OrganisationSummary> {
    return (
      (await context.loaders.organisationSummaryById.load(organisation.id)) ?? {
        organisationId: organisation.id,
        users: 0,
        usersWithPasskey: 0,
        adoptionRate: 0,
        lastActivityAt: null,
      }
    );
  }

  @Authorized(...ORGANISATION_READERS)
  @FieldResolver(() => PasskeyStats, { description: "ORG_ADMIN, APP_EDITOR (read), SUPPORT." })
  passkeyStats(@Root() organisation: Organisation, @Ctx() context: Context): Promise<PasskeyStats> {
    return context.services.stats.passkeyStats(organisation.id);
  }

  @Authorized(...ORGANISATION_READERS)
  @FieldResolver(() => UserConnection)
  users(
    @Root() organisation: Organisation,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("passkeyStatus", () => PasskeyStatus, { nullable: true }) passkeyStatus: PasskeyStatus | null,
    @Arg("role", () => Role, { nullable: true }) role: Role | null,
    @Ctx() context: Context,
  ): Promise<UserConnection> {
    return context.services.users.page(organisation.id, { first, after, search, passkeyStatus, role });
  }

  @Authorized(...ORGANISATION_READERS)
  @FieldResolver(() => User, {
    nullable: true,
    description: "One of the organisation's users by id; null when the organisation has no such user.",
  })
  async user(
    @Root() organisation: Organisation,
    @Arg("id", () => ID) id: string,
    @Ctx() context: Context,
  ): Promise<User | null> {
    const user = isId(id) ? await context.loaders.userById.load(id) : null;
    return user?.organisationId === organisation.id ? user : null;
  }

  @Authorized(...ORGANISATION_READERS)
  @FieldResolver(() => AuditEventConnection)
  auditEvents(
    @Root() organisation: Organisation,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("types", () => [AuditEventType], { nullable: true }) types: AuditEventType[] | null,
    @Arg("userId", () => ID, { nullable: true, description: "Only events this user did or that were about them." })
    userId: string | null,
    @Arg("from", () => Date, { nullable: true, description: "Only events at or after this instant." })
    from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "Only events before this instant." })
    to: Date | null,
    @Ctx() context: Context,
  ): Promise<AuditEventConnection> {
    return context.services.auditEvents.page(organisation.id, { first, after, types, userId, from, to });
  }
}

/** PasskeyStats is reached only through Organisation.passkeyStats, which checks role and tenant. */
@Resolver(() => PasskeyStats)
export class PasskeyStatsResolver {
  @FieldResolver(() => [SignInCount])
  signInsByMethod(
    @Root() stats: PasskeyStats,
    @Arg("days", () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
    @Ctx() context: Context,
  ): Promise<SignInCount[]> {
    return context.services.stats.signInsByMethod(stats.organisationId, days ?? 30, context.now);
  }

  @FieldResolver(() => [AdoptionDay], {
    description: "The share of users with a passkey at the end of each of the last `days` days (UTC), oldest first.",
  })
  adoptionByDay(
    @Root() stats: PasskeyStats,
    @Arg("days", () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
    @Ctx() context: Context,
  ): Promise<AdoptionDay[]> {
    return context.services.stats.adoptionByDay(stats.organisationId, days ?? 30, context.now);
  }
}
