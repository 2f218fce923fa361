import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../scalars";
import { PasskeyRequirement, Role, UserVerificationRequirement } from "../enums";

@InputType()
export class UpdatePasskeyPolicyInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Int, { description: "The version read; a stale one gets VERSION_CONFLICT." })
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  forcePasskeySetup?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true })
  enabledFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  forceSetupFrom?: Date | null;

  @Field(() => Int, { nullable: true })
  remindAfterDays?: number | null;

  @Field(() => Int, { nullable: true })
  maxSkips?: number | null;

  @Field(() => [Role], { nullable: true })
  mandatoryRoles?: Role[] | null;

  @Field(() => UserVerificationRequirement, { nullable: true })
  userVerification?: UserVerificationRequirement | null;

  @Field(() => [String], { nullable: true })
  allowedAuthenticators?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  requireAttestation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  allowPasswordAfterPasskey?: boolean | null;
}

@ObjectType()
export class SignInOptions {
  @Field(() => String)
  organisationName: string;

  @Field(() => Boolean)
  passkeysAvailable: boolean;

  @Field(() => PasskeyRequirement)
  requirement: PasskeyRequirement;
}
