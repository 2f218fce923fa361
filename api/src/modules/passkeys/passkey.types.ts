import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar, JSONScalar } from "../../scalars";
import { SessionDelivery } from "../enums";
import { Viewer } from "../sessions/viewer.types";
import { Credential } from "./credential.entity";

@ObjectType()
export class PasskeyChallenge {
  @Field(() => ID)
  challengeId: string;

  @Field(() => JSONScalar, {
    description: "PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON.",
  })
  options: object;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
}

@ObjectType()
export class PasskeyRegistrationPayload {
  @Field(() => Credential)
  credential: Credential;

  @Field(() => String, {
    nullable: true,
    description:
      "A restricted session is upgraded and its token rotated; the new bearer token is here for BEARER sessions.",
  })
  token: string | null;

  @Field(() => Viewer)
  viewer: Viewer;
}

@ObjectType({ description: "An authenticator model known by its AAGUID, from the bundled community list." })
export class AuthenticatorInfo {
  @Field(() => String)
  aaguid: string;

  @Field(() => String)
  name: string;
}

@InputType()
export class StartPasskeySignInInput {
  @Field(() => String, {
    nullable: true,
    description: "Optional: limit the ceremony to this organisation's credentials.",
  })
  organisationSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Optional: fills allowCredentials; without it the ceremony is usernameless (discoverable credentials).",
  })
  email?: string | null;
}

@InputType()
export class FinishPasskeySignInInput {
  @Field(() => ID)
  challengeId: string;

  @Field(() => JSONScalar, { description: "AuthenticationResponseJSON from navigator.credentials.get." })
  response: unknown;

  /** Nullable with a default, as the contract says; an explicit null means COOKIE too. */
  @Field(() => SessionDelivery, { nullable: true, defaultValue: SessionDelivery.COOKIE })
  delivery?: SessionDelivery | null;
}

@InputType()
export class FinishPasskeyRegistrationInput {
  @Field(() => ID)
  challengeId: string;

  @Field(() => JSONScalar, { description: "RegistrationResponseJSON from navigator.credentials.create." })
  response: unknown;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
