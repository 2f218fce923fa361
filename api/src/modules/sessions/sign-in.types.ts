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

  @Field(() => SessionDelivery, { defaultValue: SessionDelivery.COOKIE })
  delivery: SessionDelivery;
}
