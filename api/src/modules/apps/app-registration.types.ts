import { Field, ID, InputType } from "type-graphql";

@InputType()
export class RegisterIosAppInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => String, { description: "The 10-character Apple Team ID (the App ID prefix)." })
  teamId: string;

  @Field(() => String, { description: "The app's bundle id, e.g. com.example.app." })
  bundleId: string;
}

@InputType()
export class RegisterAndroidAppInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => String, { description: "The app's package name, e.g. com.example.app." })
  packageName: string;

  @Field(() => [String], {
    description:
      "SHA-256 fingerprints of the certificates the app is signed with (release, Play App Signing, debug): 64 hex digits, plain or AA:BB:…; 1 to 10.",
  })
  certificateFingerprints: string[];
}
