import { registerEnumType } from "type-graphql";

export enum Role {
  EMPLOYEE = "EMPLOYEE",
  APP_EDITOR = "APP_EDITOR",
  ORG_ADMIN = "ORG_ADMIN",
  SUPPORT = "SUPPORT",
}
export enum PasskeyRequirement {
  OFF = "OFF",
  OPTIONAL = "OPTIONAL",
  MANDATORY = "MANDATORY",
}
export enum PasskeyNextStep {
  NONE = "NONE",
  OFFER_SETUP = "OFFER_SETUP",
  REQUIRE_SETUP = "REQUIRE_SETUP",
}
export enum PasskeySetupReason {
  FIRST_PASSKEY = "FIRST_PASSKEY",
  NEW_DEVICE = "NEW_DEVICE",
}
export enum AuthMethod {
  PASSWORD = "PASSWORD",
  PASSKEY = "PASSKEY",
  SIGN_IN_CODE = "SIGN_IN_CODE",
}
export enum SessionDelivery {
  COOKIE = "COOKIE",
  BEARER = "BEARER",
}
export enum UserVerificationRequirement {
  REQUIRED = "REQUIRED",
  PREFERRED = "PREFERRED",
}
export enum PasskeyStatus {
  HAS_PASSKEY = "HAS_PASSKEY",
  SKIPPED = "SKIPPED",
  PENDING = "PENDING",
}
export enum AuditEventType {
  ORGANISATION_CREATED = "ORGANISATION_CREATED",
  PASSKEYS_ACTIVATED = "PASSKEYS_ACTIVATED",
  PASSKEYS_DEACTIVATED = "PASSKEYS_DEACTIVATED",
  POLICY_UPDATED = "POLICY_UPDATED",
  USER_CREATED = "USER_CREATED",
  SIGN_IN_SUCCEEDED = "SIGN_IN_SUCCEEDED",
  SIGN_IN_FAILED = "SIGN_IN_FAILED",
  SIGNED_OUT = "SIGNED_OUT",
  PASSKEY_REGISTERED = "PASSKEY_REGISTERED",
  PASSKEY_RENAMED = "PASSKEY_RENAMED",
  PASSKEY_REVOKED = "PASSKEY_REVOKED",
  PASSKEY_SETUP_SKIPPED = "PASSKEY_SETUP_SKIPPED",
  SIGN_IN_CODE_CREATED = "SIGN_IN_CODE_CREATED",
  SIGN_IN_CODE_USED = "SIGN_IN_CODE_USED",
  RECOVERY_CODE_ISSUED = "RECOVERY_CODE_ISSUED",
  SIGN_COUNT_REGRESSION = "SIGN_COUNT_REGRESSION",
  APP_REGISTERED = "APP_REGISTERED",
  APP_UPDATED = "APP_UPDATED",
  APP_REMOVED = "APP_REMOVED",
  USER_ROLE_CHANGED = "USER_ROLE_CHANGED",
  USER_DEACTIVATED = "USER_DEACTIVATED",
  USER_REACTIVATED = "USER_REACTIVATED",
}
export enum AppPlatform {
  IOS = "IOS",
  ANDROID = "ANDROID",
}

registerEnumType(Role, { name: "Role" });
registerEnumType(PasskeyRequirement, {
  name: "PasskeyRequirement",
  description: "What the organisation's policy demands right now, after activation, the toggle, and scheduled dates.",
});
registerEnumType(PasskeyNextStep, {
  name: "PasskeyNextStep",
  description: "What a client app should show the signed-in user next.",
});
registerEnumType(PasskeySetupReason, { name: "PasskeySetupReason" });
registerEnumType(AuthMethod, { name: "AuthMethod" });
registerEnumType(SessionDelivery, { name: "SessionDelivery" });
registerEnumType(UserVerificationRequirement, { name: "UserVerificationRequirement" });
registerEnumType(PasskeyStatus, { name: "PasskeyStatus" });
registerEnumType(AuditEventType, { name: "AuditEventType" });
registerEnumType(AppPlatform, { name: "AppPlatform" });
