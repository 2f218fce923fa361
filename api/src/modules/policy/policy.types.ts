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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True to confirm a pause: while passkeys are on, a switch-on date still to come turns them off until " +
      "that day. Without it such a change is refused (BAD_USER_INPUT, field enabledFrom).",
  })
  confirmPause?: boolean | null;
}

@ObjectType({ description: "Who a proposed policy change affects, computed before it is saved (the review step)." })
export class PasskeyPolicyImpact {
  @Field(() => PasskeyRequirement, { description: "The organisation's requirement now." })
  requirementNow: PasskeyRequirement;

  @Field(() => PasskeyRequirement, { description: "The organisation's requirement once the change takes effect." })
  requirementAfter: PasskeyRequirement;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the change takes effect for users: null, at once; else the scheduled switch-on date.",
  })
  takesEffectAt: Date | null;

  @Field(() => Boolean, { description: "Passkeys are accepted now and would not be after the save." })
  pausesPasskeys: boolean;

  @Field(() => Boolean, {
    description: "The pause comes from a switch-on date still to come: saving needs confirmPause: true.",
  })
  pauseNeedsConfirmation: boolean;

  @Field(() => Boolean, { description: "The mandatory date has passed, so setup becomes mandatory on saving." })
  mandatoryDatePassed: boolean;

  @Field(() => Int, { description: "Active users of the organisation." })
  totalUsers: number;

  @Field(() => Int, { description: "Users with a passkey: the ones who sign in with their password while paused." })
  usersWithPasskey: number;

  @Field(() => Int, {
    description:
      "Users without a passkey for whom the change makes setup mandatory: held at the prompt until they create one.",
  })
  usersHeldAtPrompt: number;

  @Field(() => Int, {
    description: "Users without a passkey who will be offered one (with a skip) for the first time.",
  })
  usersOffered: number;

  @Field(() => Boolean, { description: "The caller is one of usersHeldAtPrompt." })
  viewerHeldAtPrompt: boolean;
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
