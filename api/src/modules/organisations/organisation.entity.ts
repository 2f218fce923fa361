import { Field, ID, ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import { TenantOfParent } from "../../auth-markers";
import { BoolColumn, DateTimeColumn, IdColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar } from "../../scalars";

@ObjectType()
@TenantOfParent((organisation: Organisation) => ({ organisationId: organisation.id }))
@Entity("organisations")
export class Organisation {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => String)
  @StringColumn(200)
  name: string;

  @Field(() => String)
  @Index("uq_organisations_slug", { unique: true })
  @StringColumn(64)
  slug: string;

  @Field(() => Boolean, { description: "Set by SUPPORT only. Until then the policy cannot be enabled." })
  @BoolColumn(false)
  passkeysActivated: boolean;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;
}
