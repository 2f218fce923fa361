import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../pagination";
import { Role } from "../enums";
import { User } from "./user.entity";

@InputType()
export class CreateUserInput {
  @Field(() => ID, { description: 'The organisation. For a SUPPORT user, who belongs to none, the empty string "".' })
  organisationId: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: "Optional initial password (at least 12 characters)." })
  password?: string | null;
}

@ObjectType()
export class UserEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => User)
  node: User;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge])
  edges: UserEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
