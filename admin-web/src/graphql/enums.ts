export const AppPlatform = {
  ANDROID: 'ANDROID',
  IOS: 'IOS'
} as const;

export type AppPlatform = typeof AppPlatform[keyof typeof AppPlatform];
export const AuditEventType = {
  APP_REGISTERED: 'APP_REGISTERED',
  APP_REMOVED: 'APP_REMOVED',
  APP_UPDATED: 'APP_UPDATED',
  ORGANISATION_CREATED: 'ORGANISATION_CREATED',
  PASSKEYS_ACTIVATED: 'PASSKEYS_ACTIVATED',
  PASSKEYS_DEACTIVATED: 'PASSKEYS_DEACTIVATED',
  PASSKEY_REGISTERED: 'PASSKEY_REGISTERED',
  PASSKEY_RENAMED: 'PASSKEY_RENAMED',
  PASSKEY_REVOKED: 'PASSKEY_REVOKED',
  PASSKEY_SETUP_SKIPPED: 'PASSKEY_SETUP_SKIPPED',
  POLICY_UPDATED: 'POLICY_UPDATED',
  RECOVERY_CODE_ISSUED: 'RECOVERY_CODE_ISSUED',
  SIGNED_OUT: 'SIGNED_OUT',
  SIGN_COUNT_REGRESSION: 'SIGN_COUNT_REGRESSION',
  SIGN_IN_CODE_CREATED: 'SIGN_IN_CODE_CREATED',
  SIGN_IN_CODE_USED: 'SIGN_IN_CODE_USED',
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  SIGN_IN_SUCCEEDED: 'SIGN_IN_SUCCEEDED',
  USER_CREATED: 'USER_CREATED',
  USER_DEACTIVATED: 'USER_DEACTIVATED',
  USER_REACTIVATED: 'USER_REACTIVATED',
  USER_ROLE_CHANGED: 'USER_ROLE_CHANGED'
} as const;

export type AuditEventType = typeof AuditEventType[keyof typeof AuditEventType];
export const AuthMethod = {
  PASSKEY: 'PASSKEY',
  PASSWORD: 'PASSWORD',
  SIGN_IN_CODE: 'SIGN_IN_CODE'
} as const;

export type AuthMethod = typeof AuthMethod[keyof typeof AuthMethod];
/** The code in an error's extensions.code (BAD_USER_INPUT errors also name the input in extensions.field). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CEREMONY_FAILED: 'CEREMONY_FAILED',
  CHALLENGE_EXPIRED: 'CHALLENGE_EXPIRED',
  FEATURE_NOT_ACTIVATED: 'FEATURE_NOT_ACTIVATED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  NOT_FOUND: 'NOT_FOUND',
  PASSKEYS_PAUSED: 'PASSKEYS_PAUSED',
  PASSKEY_REQUIRED: 'PASSKEY_REQUIRED',
  PASSKEY_SETUP_REQUIRED: 'PASSKEY_SETUP_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  VERSION_CONFLICT: 'VERSION_CONFLICT'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/** What a client app should show the signed-in user next. */
export const PasskeyNextStep = {
  NONE: 'NONE',
  OFFER_SETUP: 'OFFER_SETUP',
  REQUIRE_SETUP: 'REQUIRE_SETUP'
} as const;

export type PasskeyNextStep = typeof PasskeyNextStep[keyof typeof PasskeyNextStep];
/** What the organisation's policy demands right now, after activation, the toggle, and scheduled dates. */
export const PasskeyRequirement = {
  MANDATORY: 'MANDATORY',
  OFF: 'OFF',
  OPTIONAL: 'OPTIONAL'
} as const;

export type PasskeyRequirement = typeof PasskeyRequirement[keyof typeof PasskeyRequirement];
export const PasskeySetupReason = {
  FIRST_PASSKEY: 'FIRST_PASSKEY',
  NEW_DEVICE: 'NEW_DEVICE'
} as const;

export type PasskeySetupReason = typeof PasskeySetupReason[keyof typeof PasskeySetupReason];
export const PasskeyStatus = {
  HAS_PASSKEY: 'HAS_PASSKEY',
  PENDING: 'PENDING',
  SKIPPED: 'SKIPPED'
} as const;

export type PasskeyStatus = typeof PasskeyStatus[keyof typeof PasskeyStatus];
export const Role = {
  APP_EDITOR: 'APP_EDITOR',
  EMPLOYEE: 'EMPLOYEE',
  ORG_ADMIN: 'ORG_ADMIN',
  SUPPORT: 'SUPPORT'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const SessionDelivery = {
  BEARER: 'BEARER',
  COOKIE: 'COOKIE'
} as const;

export type SessionDelivery = typeof SessionDelivery[keyof typeof SessionDelivery];
/** ACTIVE: can still be used; USED: signed someone in; EXPIRED: past its time, replaced by a newer code, or out of tries. */
export const SignInCodeStatus = {
  ACTIVE: 'ACTIVE',
  EXPIRED: 'EXPIRED',
  USED: 'USED'
} as const;

export type SignInCodeStatus = typeof SignInCodeStatus[keyof typeof SignInCodeStatus];
export const UserVerificationRequirement = {
  PREFERRED: 'PREFERRED',
  REQUIRED: 'REQUIRED'
} as const;

export type UserVerificationRequirement = typeof UserVerificationRequirement[keyof typeof UserVerificationRequirement];