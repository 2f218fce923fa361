import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { TenantFrom, tenantOfOrganisationArg } from "../auth-markers";
import { Context } from "../context";
import { Role } from "../modules/enums";
import { PasskeySecurityProfile } from "../modules/security-profile/security-profile.types";

@Resolver(() => PasskeySecurityProfile)
export class SecurityProfileResolver {
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("organisationId"))
  @Query(() => PasskeySecurityProfile, {
    description:
      "ORG_ADMIN of that organisation, or SUPPORT: the passkey facts for its IT and Info Security team, from the " +
      "live policy and configuration.",
  })
  passkeySecurityProfile(
    @Arg("organisationId", () => ID) organisationId: string,
    @Ctx() context: Context,
  ): Promise<PasskeySecurityProfile> {
    return context.services.securityProfiles.profile(organisationId, context.now);
  }
}
