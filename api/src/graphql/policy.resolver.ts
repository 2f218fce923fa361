import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Public, TenantFrom, tenantOfOrganisationArg } from "../auth-markers";
import { Context } from "../context";
import { notFound } from "../errors";
import { PasskeyRequirement, Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { PasskeyPolicy } from "../modules/policy/passkey-policy.entity";
import { PasskeyPolicyImpact, SignInOptions, UpdatePasskeyPolicyInput } from "../modules/policy/policy.types";
import { visibleOnRecord } from "../modules/users/user-visibility";

@Resolver(() => PasskeyPolicy)
export class PolicyResolver {
  @Public()
  @Query(() => SignInOptions, {
    nullable: true,
    description: "Public facts a sign-in screen needs. Null when no organisation has that slug.",
  })
  async signInOptions(
    @Arg("organisationSlug", () => String) slug: string,
    @Ctx() context: Context,
  ): Promise<SignInOptions | null> {
    const organisation = await context.services.organisations.findBySlug(slug);
    if (!organisation) return null;
    const policy = await context.services.policies.findFor(organisation.id);
    const requirement = context.services.policies.requirementOf(organisation, policy, context.now);
    return {
      organisationName: organisation.name,
      // Whether the sign-in screen should offer "Sign in with a passkey": only when credentials are accepted.
      passkeysAvailable: requirement !== PasskeyRequirement.OFF,
      requirement,
    };
  }

  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("input.organisationId"))
  @Mutation(() => PasskeyPolicy, { description: "ORG_ADMIN of that organisation, or SUPPORT." })
  updatePasskeyPolicy(
    @Arg("input", () => UpdatePasskeyPolicyInput) input: UpdatePasskeyPolicyInput,
    @Ctx() context: Context,
  ) {
    return context.services.policies.update(input, { id: context.auth!.user.id, ip: context.ip });
  }

  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("input.organisationId"))
  @Query(() => PasskeyPolicyImpact, {
    description:
      "Who saving this input would affect, before it is saved: the same input and checks as updatePasskeyPolicy.",
  })
  passkeyPolicyImpact(
    @Arg("input", () => UpdatePasskeyPolicyInput) input: UpdatePasskeyPolicyInput,
    @Ctx() context: Context,
  ): Promise<PasskeyPolicyImpact> {
    const { user, hasPasskey } = context.auth!;
    const viewer =
      user.organisationId === input.organisationId ? { role: user.role, hasPasskey, skipCount: user.skipCount } : null;
    return context.services.policies.impact(input, viewer);
  }

  @FieldResolver(() => PasskeyRequirement, { description: "Derived: what applies now." })
  async requirement(@Root() policy: PasskeyPolicy, @Ctx() context: Context): Promise<PasskeyRequirement> {
    const organisation = await context.loaders.organisationById.load(policy.organisationId);
    return organisation
      ? context.services.policies.requirementOf(organisation, policy, context.now)
      : PasskeyRequirement.OFF;
  }

  /** Null when SUPPORT staff made the last change and the viewer is not SUPPORT, as in the audit trail. */
  @FieldResolver(() => User, { nullable: true })
  async updatedBy(@Root() policy: PasskeyPolicy, @Ctx() context: Context): Promise<User | null> {
    if (!policy.updatedById || !context.auth) return null;
    const user = await context.loaders.userById.load(policy.updatedById);
    return visibleOnRecord(user, policy.organisationId, context.auth.user);
  }
}

@Resolver(() => Organisation)
export class OrganisationPolicyResolver {
  /** Members read their own organisation's policy (the client apps need it); the checker keeps other tenants out. */
  @Authorized()
  @FieldResolver(() => PasskeyPolicy)
  async passkeyPolicy(@Root() organisation: Organisation, @Ctx() context: Context): Promise<PasskeyPolicy> {
    const policy = await context.services.policies.findFor(organisation.id);
    if (!policy) throw notFound("The passkey policy");
    return policy;
  }
}
