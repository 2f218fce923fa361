import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../scalars";
import { PasskeyNextStep, PasskeyRequirement, PasskeySetupReason } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { Session } from "./session.entity";

@ObjectType()
export class PasskeySetupState {
  @Field(() => PasskeyNextStep)
  nextStep: PasskeyNextStep;

  @Field(() => PasskeyRequirement, {
    description: "What applies to this user: the organisation's requirement, raised by mandatoryRoles and maxSkips.",
  })
  requirement: PasskeyRequirement;

  @Field(() => Boolean)
  canSkip: boolean;

  @Field(() => PasskeySetupReason, { nullable: true })
  reason: PasskeySetupReason | null;

  @Field(() => Boolean)
  hasPasskey: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  skippedAt: Date | null;

  @Field(() => Int)
  skipCount: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When an optional prompt will be offered again after a skip; null when it will not be.",
  })
  remindAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "How many more times this user may choose 'Do this later' before setup becomes mandatory for them " +
      "(the policy's maxSkips); 0 when it is mandatory; null when there is no limit or passkeys are off.",
  })
  skipsRemaining: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the prompt comes back if the user skips the offer now (or, after a skip, does nothing): the reminder " +
      "(remindAfterDays), the date setup becomes mandatory, or at once when this is the last skip allowed, " +
      "whichever is first. Null when it will not come back, or when setup is required now.",
  })
  nextPromptAt: Date | null;
}

@ObjectType()
export class Viewer {
  @Field(() => Boolean)
  authenticated: boolean;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => Session, { nullable: true })
  session: Session | null;

  @Field(() => PasskeySetupState, { nullable: true, description: "Null when signed out." })
  passkeySetup: PasskeySetupState | null;
}

@ObjectType()
export class SignInPayload {
  @Field(() => String, {
    nullable: true,
    description: "Set only for SessionDelivery.BEARER; cookie sessions never see their token.",
  })
  token: string | null;

  @Field(() => Viewer)
  viewer: Viewer;
}
