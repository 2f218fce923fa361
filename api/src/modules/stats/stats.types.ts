import { Field, Float, Int, ObjectType } from "type-graphql";
import { AuthMethod } from "../enums";

@ObjectType()
export class SignInCount {
  @Field(() => AuthMethod)
  method: AuthMethod;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PasskeyStats {
  /** Not in the schema: which organisation signInsByMethod counts for. */
  organisationId: string;

  @Field(() => Int)
  totalUsers: number;

  @Field(() => Int)
  usersWithPasskey: number;

  @Field(() => Int)
  usersSkipped: number;

  @Field(() => Int)
  usersPending: number;

  @Field(() => Float, { description: "usersWithPasskey / totalUsers, 0 when there are no users." })
  adoptionRate: number;
}
