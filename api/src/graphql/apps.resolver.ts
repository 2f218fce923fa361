import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { AnyTenant, TenantFrom, tenantOfOrganisationArg } from "../auth-markers";
import { Context } from "../context";
import { AppPlatform, Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { AppRegistration } from "../modules/apps/app-registration.entity";
import { AASA_PATH, ASSETLINKS_PATH, associationEntry, originsOf } from "../modules/apps/app-registration.service";
import { RegisterAndroidAppInput, RegisterIosAppInput } from "../modules/apps/app-registration.types";

const actorOf = (context: Context) => ({ id: context.auth!.user.id, ip: context.ip });

/** Apps are SUPPORT's to manage; an organisation's admins read theirs (the checker decides the tenant). */
@Resolver(() => AppRegistration)
export class AppRegistrationResolver {
  @Authorized(Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("input.organisationId"))
  @Mutation(() => AppRegistration, {
    description: "SUPPORT only: names the iOS app in apple-app-site-association at once, on every API process.",
  })
  registerIosApp(
    @Arg("input", () => RegisterIosAppInput) input: RegisterIosAppInput,
    @Ctx() context: Context,
  ): Promise<AppRegistration> {
    return context.services.apps.registerIos(input, actorOf(context));
  }

  @Authorized(Role.SUPPORT)
  @TenantFrom(tenantOfOrganisationArg("input.organisationId"))
  @Mutation(() => AppRegistration, {
    description:
      "SUPPORT only: names the Android app in assetlinks.json and accepts its android:apk-key-hash origins in the organisation's ceremonies.",
  })
  registerAndroidApp(
    @Arg("input", () => RegisterAndroidAppInput) input: RegisterAndroidAppInput,
    @Ctx() context: Context,
  ): Promise<AppRegistration> {
    return context.services.apps.registerAndroid(input, actorOf(context));
  }

  // SUPPORT only, across organisations: the app's own id names its organisation, and support reaches every one.
  @Authorized(Role.SUPPORT)
  @AnyTenant()
  @Mutation(() => AppRegistration, { description: "SUPPORT only: replaces an Android app's fingerprints." })
  updateAndroidAppFingerprints(
    @Arg("id", () => ID) id: string,
    @Arg("certificateFingerprints", () => [String]) certificateFingerprints: string[],
    @Ctx() context: Context,
  ): Promise<AppRegistration> {
    return context.services.apps.updateAndroidFingerprints(id, certificateFingerprints, actorOf(context));
  }

  @Authorized(Role.SUPPORT)
  @AnyTenant()
  @Mutation(() => AppRegistration, {
    description: "SUPPORT only: takes the app out of its association file and its origins out of the ceremonies.",
  })
  removeApp(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<AppRegistration> {
    return context.services.apps.remove(id, actorOf(context));
  }

  @FieldResolver(() => String, { description: "The path of the file that names this app." })
  associationFile(@Root() app: AppRegistration): string {
    return app.platform === AppPlatform.IOS ? AASA_PATH : ASSETLINKS_PATH;
  }

  @FieldResolver(() => String, {
    description:
      "The app's entry exactly as its association file holds it (JSON): the webcredentials.apps string for iOS, the statement for Android.",
  })
  associationEntry(@Root() app: AppRegistration): string {
    return associationEntry(app);
  }

  @FieldResolver(() => [String], {
    description:
      "The origins ceremonies made in this app carry: android:apk-key-hash:… per fingerprint; none for iOS, whose apps send the RP's web origin.",
  })
  origins(@Root() app: AppRegistration): string[] {
    return originsOf(app);
  }
}

@Resolver(() => Organisation)
export class OrganisationAppsResolver {
  @Authorized(Role.ORG_ADMIN, Role.SUPPORT)
  @FieldResolver(() => [AppRegistration], {
    description: "ORG_ADMIN (read) and SUPPORT: the organisation's native apps, oldest first.",
  })
  apps(@Root() organisation: Organisation, @Ctx() context: Context): Promise<AppRegistration[]> {
    return context.services.apps.listFor(organisation.id);
  }
}
