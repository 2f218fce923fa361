import { Field, InputType } from "type-graphql";
import { SessionDelivery } from "../enums";

@InputType()
export class PasswordSignInInput {
  @Field(() => String, { nullable: true, description: "Null for SUPPORT staff, who belong to no organisation." })
  organisationSlug?: string | null;

  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;

  /** Nullable with a default, as the contract says; an explicit null means COOKIE too. */
  @Field(() => SessionDelivery, { nullable: true, defaultValue: SessionDelivery.COOKIE })
  delivery?: SessionDelivery | null;
}
