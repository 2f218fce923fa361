import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../scalars";
import { PasskeyRequirement, UserVerificationRequirement } from "../enums";

@ObjectType({ description: "The sign-in limits in force for every organisation (configuration, not policy)." })
export class SignInRateLimits {
  @Field(() => Int, { description: "Failed password or code sign-ins per account before a short lock." })
  accountAttempts: number;

  @Field(() => Int)
  accountWindowMinutes: number;

  @Field(() => Int, { description: "How long an account is refused once its failures are used up." })
  accountBlockMinutes: number;

  @Field(() => Int, { description: "Failed sign-ins per client IP address in its window." })
  ipAttempts: number;

  @Field(() => Int)
  ipWindowMinutes: number;
}

@ObjectType({ description: "An authenticator model on the organisation's allowlist." })
export class AllowedAuthenticator {
  @Field(() => String)
  aaguid: string;

  @Field(() => String, { nullable: true, description: "From the bundled AAGUID list; null when it is not listed." })
  name: string | null;
}

@ObjectType({ description: "The organisation's passkeys in use, by whether they can be synced (the BE flag)." })
export class PasskeyKinds {
  @Field(() => Int)
  total: number;

  @Field(() => Int, {
    description: "Backup eligible: a synced passkey (iCloud Keychain, Google Password Manager) that follows its owner.",
  })
  synced: number;

  @Field(() => Int, { description: "Not backup eligible: bound to one device or security key." })
  deviceBound: number;
}

@ObjectType({
  description:
    "What an organisation's IT and Info Security team asks about its passkeys, from the live policy and the " +
    "service's configuration. Configuration values only: never a key, secret or token.",
})
export class PasskeySecurityProfile {
  @Field(() => ID)
  organisationId: string;

  @Field(() => String)
  organisationName: string;

  @Field(() => String, { description: "The WebAuthn relying-party ID passkeys are bound to." })
  rpId: string;

  @Field(() => String)
  rpName: string;

  @Field(() => [String], { description: "Web origins accepted in ceremonies." })
  webOrigins: string[];

  @Field(() => [String], {
    description:
      "Android app origins (android:apk-key-hash:…) accepted for this organisation: the platform's and its own.",
  })
  androidAppOrigins: string[];

  @Field(() => [String], {
    description: "iOS apps (TEAMID.bundle.id) allowed to use the RP ID: the platform's and its own.",
  })
  iosAppIds: string[];

  @Field(() => PasskeyRequirement)
  requirement: PasskeyRequirement;

  @Field(() => UserVerificationRequirement)
  userVerification: UserVerificationRequirement;

  @Field(() => Boolean)
  requireAttestation: boolean;

  @Field(() => Boolean, { description: "Whether the service is configured with attestation trust roots at all." })
  attestationTrustRootsConfigured: boolean;

  @Field(() => [AllowedAuthenticator], { description: "Empty: any authenticator may register." })
  allowedAuthenticators: AllowedAuthenticator[];

  @Field(() => Boolean)
  allowPasswordAfterPasskey: boolean;

  @Field(() => Int)
  sessionIdleMinutes: number;

  @Field(() => Int)
  sessionAbsoluteHours: number;

  @Field(() => SignInRateLimits)
  rateLimits: SignInRateLimits;

  @Field(() => Int, { description: "How long a WebAuthn challenge may be answered." })
  challengeMinutes: number;

  @Field(() => Int, { description: "How long a single-use sign-in code is valid." })
  signInCodeMinutes: number;

  @Field(() => Int, { description: "Wrong tries after which a sign-in code is dead." })
  signInCodeTries: number;

  @Field(() => Int)
  auditRetentionDays: number;

  @Field(() => PasskeyKinds)
  passkeys: PasskeyKinds;

  @Field(() => DateTimeScalar)
  generatedAt: Date;
}
