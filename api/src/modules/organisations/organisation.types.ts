import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../pagination";
import { AuthMethod } from "../enums";
import { Organisation } from "./organisation.entity";

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;
}

@ObjectType()
export class OrganisationEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Organisation)
  node: Organisation;
}

@ObjectType()
export class OrganisationConnection {
  @Field(() => [OrganisationEdge])
  edges: OrganisationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

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
