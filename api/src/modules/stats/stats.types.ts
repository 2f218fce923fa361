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

@ObjectType({ description: "One day of adoption: who had a passkey at the end of that day (UTC)." })
export class AdoptionDay {
  @Field(() => Date, { description: "The start of the day, UTC." })
  day: Date;

  @Field(() => Int, { description: "Enabled users of the organisation at the end of the day." })
  users: number;

  @Field(() => Int, { description: "Of those, users with at least one passkey that was not revoked by then." })
  usersWithPasskey: number;

  @Field(() => Float, { description: "usersWithPasskey / users, 0 when there were no users." })
  adoptionRate: number;
}
