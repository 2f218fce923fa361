import { Field, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../scalars";
import { SessionDelivery } from "../enums";

/** The GraphQL SignInCode: the code itself, shown once. (The stored row is the SignInCode entity.) */
@ObjectType("SignInCode")
export class IssuedSignInCode {
  @Field(() => String, { description: "Shown once, e.g. 'K7QX-2M9D'. Single use." })
  code: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
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
