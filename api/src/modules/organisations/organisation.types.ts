import { Field, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../pagination";
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
