import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../scalars";
import { SessionDelivery } from "../enums";

export enum SignInCodeStatus {
  ACTIVE = "ACTIVE",
  USED = "USED",
  EXPIRED = "EXPIRED",
}
registerEnumType(SignInCodeStatus, {
  name: "SignInCodeStatus",
  description:
    "ACTIVE: can still be used; USED: signed someone in; EXPIRED: past its time, replaced by a newer code, or out of tries.",
});

/** The GraphQL SignInCode: the code itself, shown once. (The stored row is the SignInCode entity.) */
@ObjectType("SignInCode")
export class IssuedSignInCode {
  @Field(() => ID, { description: "For signInCodeState: the device that made the code sees when it is used." })
  id: string;

  @Field(() => String, { description: "Shown once, e.g. 'K7QX-2M9D'. Single use." })
  code: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
}

/** What became of a code, for the screen that shows it (the code itself is never stored). */
@ObjectType()
export class SignInCodeState {
  @Field(() => ID)
  id: string;

  @Field(() => SignInCodeStatus)
  status: SignInCodeStatus;

  @Field(() => DateTimeScalar)
  expiresAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  usedAt: Date | null;
}

@InputType()
export class CodeSignInInput {
  @Field(() => String, { nullable: true, description: "Null for SUPPORT staff." })
  organisationSlug?: string | null;

  @Field(() => String)
  email: string;

  @Field(() => String)
  code: string;

  /** Nullable with a default, as the contract says; an explicit null means COOKIE too. */
  @Field(() => SessionDelivery, { nullable: true, defaultValue: SessionDelivery.COOKIE })
  delivery?: SessionDelivery | null;
}
