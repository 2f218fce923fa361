import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { SELF, tenantOfOrganisationArg, TenantFrom } from "../auth-markers";
import { Context } from "../context";
import { PasskeyStatus, Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { Credential } from "../modules/passkeys/credential.entity";
import { User } from "../modules/users/user.entity";
import { passkeyStatusOf } from "../modules/users/user.service";
import { CreateUserInput } from "../modules/users/user.types";

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
