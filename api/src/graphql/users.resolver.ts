import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { SELF, tenantOfOrganisationArg, TenantFrom, tenantOfUserArg } from "../auth-markers";
import { Context } from "../context";
import { PasskeyStatus, Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { Credential } from "../modules/passkeys/credential.entity";
import { User } from "../modules/users/user.entity";
import { passkeyStatusOf } from "../modules/users/user.service";
import { CreateUserInput } from "../modules/users/user.types";
import { DateTimeScalar } from "../scalars";

/** Who may read a user's account facts: the user, their organisation's CMS admins and editors, support. */
export const USER_READERS = [SELF, Role.ORG_ADMIN, Role.APP_EDITOR, Role.SUPPORT];

/*
 * The account facts below are open to restricted sessions (auth-markers'
 * OPEN_TO_RESTRICTED_SESSIONS): a restricted session may read `viewer` (DESIGN), its own user
 * included, and reaches no other user (every other path to a User starts at a field a
 * restricted session is refused). Their tenant is the user's (User's TenantOfParent).
 */

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("input.organisationId"))
  @Mutation(() => User, {
    description: "ORG_ADMIN of that organisation, or SUPPORT (who alone may create SUPPORT users).",
  })
  createUser(@Arg("input", () => CreateUserInput) input: CreateUserInput, @Ctx() context: Context): Promise<User> {
    return context.services.users.createFor(context.auth!.user, input, context.ip);
  }

  /** The checker has matched the user's organisation to an ORG_ADMIN's; SUPPORT reaches any user. */
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfUserArg("userId"))
  @Mutation(() => User, {
    description:
      "ORG_ADMIN of the user's organisation, or SUPPORT: give a user another role (not SUPPORT). The organisation's last active ORG_ADMIN cannot be demoted (BAD_USER_INPUT, field role).",
  })
  changeUserRole(
    @Arg("userId", () => ID) userId: string,
    @Arg("role", () => Role) role: Role,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.changeRole(context.auth!.user, userId, role, context.ip);
  }

  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfUserArg("userId"))
  @Mutation(() => User, {
    description:
      "ORG_ADMIN of the user's organisation, or SUPPORT: end every session of the user and refuse their sign-ins until reactivated. Not oneself (FORBIDDEN), nor the last active ORG_ADMIN (BAD_USER_INPUT).",
  })
  deactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.accountActivation.deactivate(userId, { user: context.auth!.user, ip: context.ip });
  }

  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @TenantFrom(tenantOfUserArg("userId"))
  @Mutation(() => User, {
    description: "ORG_ADMIN of the user's organisation, or SUPPORT: let a deactivated user sign in again.",
  })
  reactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.accountActivation.reactivate(userId, { user: context.auth!.user, ip: context.ip });
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => Boolean, { description: "False once deactivated: every sign-in is refused." })
  active(@Root() user: User): boolean {
    return user.disabledAt === null;
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: "When the user was deactivated; null while active.",
  })
  deactivatedAt(@Root() user: User): Date | null {
    return user.disabledAt;
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the user's passkeys were revoked, leaving none: they must create a new passkey. Null while they have one, or when none was ever revoked.",
  })
  passkeysRevokedAt(@Root() user: User): Date | null {
    return user.passkeyCount > 0 ? null : user.passkeysRevokedAt;
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => PasskeyStatus)
  passkeyStatus(@Root() user: User): PasskeyStatus {
    return passkeyStatusOf(user);
  }

  // Batched like passkeyStatus: one credentials query per page of users.
  @Authorized(...USER_READERS)
  @FieldResolver(() => [Credential])
  passkeys(@Root() user: User, @Ctx() context: Context): Promise<Credential[]> {
    return context.loaders.passkeysByUser.load(user.id);
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => Int, { description: "How many times the user chose to create a passkey later." })
  passkeySkipCount(@Root() user: User): number {
    return user.skipCount;
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => Boolean)
  hasPassword(@Root() user: User): boolean {
    return user.passwordHash !== null;
  }

  @Authorized(...USER_READERS)
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() context: Context): Promise<Organisation | null> | null {
    return user.organisationId ? context.loaders.organisationById.load(user.organisationId) : null;
  }
}
