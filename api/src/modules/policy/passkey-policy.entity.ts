import { Field, Int, ObjectType } from "type-graphql";
import { Entity, PrimaryColumn } from "typeorm";
import { TenantOfParent } from "../../auth-markers";
import { BoolColumn, DateTimeColumn, IntColumn, JsonColumn, RefColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar } from "../../scalars";
import { Role, UserVerificationRequirement } from "../enums";

@ObjectType({ description: "Org Settings > Passkeys." })
@TenantOfParent((policy: PasskeyPolicy) => ({ organisationId: policy.organisationId }))
@Entity("passkey_policies")
export class PasskeyPolicy {
  /** One policy per organisation, keyed by it. */
  @PrimaryColumn({ type: "varchar", length: 36 })
  organisationId: string;

  @Field(() => Boolean)
  @BoolColumn(false)
  enabled: boolean;

  @Field(() => Boolean, {
    description: "Mandatory when true ('Force Passkey Setup'); optional with a skip when false.",
  })
  @BoolColumn(false)
  forcePasskeySetup: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Scheduled switch-on; null: from the moment enabled is true.",
  })
  @DateTimeColumn({ nullable: true })
  enabledFrom: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Scheduled move from optional to mandatory; null: never by date.",
  })
  @DateTimeColumn({ nullable: true })
  forceSetupFrom: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "After a skip, offer the prompt again this many days later; null: never again (settings only).",
  })
  @IntColumn({ nullable: true })
  remindAfterDays: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Skips a user may make before setup becomes mandatory for them; null: no limit.",
  })
  @IntColumn({ nullable: true })
  maxSkips: number | null;

  @Field(() => [Role], {
    description: "Roles for whom setup is mandatory while the policy is otherwise optional (e.g. CMS admins).",
  })
  @JsonColumn()
  mandatoryRoles: Role[];

  @Field(() => UserVerificationRequirement)
  @StringColumn(16, { default: UserVerificationRequirement.REQUIRED })
  userVerification: UserVerificationRequirement;

  @Field(() => [String], { description: "AAGUIDs allowed to register; empty: any authenticator." })
  @JsonColumn()
  allowedAuthenticators: string[];

  @Field(() => Boolean, {
    description:
      "Registration accepts only attestation that chains to a trust root the service is configured with; " +
      "without it, allowedAuthenticators rests on the AAGUID each authenticator declares about itself.",
  })
  @BoolColumn(false)
  requireAttestation: boolean;

  @Field(() => Boolean, {
    description: "When false, a user who has a passkey can no longer sign in with a password alone.",
  })
  @BoolColumn(false)
  allowPasswordAfterPasskey: boolean;

  @Field(() => Int)
  @IntColumn({ default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  updatedAt: Date;

  @RefColumn({ nullable: true })
  updatedById: string | null;
}
