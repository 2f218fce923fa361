import { GraphQLError } from "graphql";

/** The contract's error codes (see the header of schema.graphql). */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  PASSKEY_SETUP_REQUIRED: "PASSKEY_SETUP_REQUIRED",
  PASSKEY_REQUIRED: "PASSKEY_REQUIRED",
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  CEREMONY_FAILED: "CEREMONY_FAILED",
  CHALLENGE_EXPIRED: "CHALLENGE_EXPIRED",
  FEATURE_NOT_ACTIVATED: "FEATURE_NOT_ACTIVATED",
  RATE_LIMITED: "RATE_LIMITED",
  VERSION_CONFLICT: "VERSION_CONFLICT",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  PASSKEYS_PAUSED: "PASSKEYS_PAUSED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the caller can act on; its message is for people, its code for programs. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, "Sign in to continue.");
export const forbidden = (message = "You are not allowed to do this.") => new AppError(ErrorCode.FORBIDDEN, message);
export const passkeySetupRequired = () =>
  new AppError(ErrorCode.PASSKEY_SETUP_REQUIRED, "Create a passkey before you continue.");
export const passkeyRequired = () =>
  new AppError(ErrorCode.PASSKEY_REQUIRED, "Sign in with your passkey or a sign-in code from your app.");
export const invalidCredentials = () =>
  new AppError(ErrorCode.INVALID_CREDENTIALS, "The organisation, email or password is not right.");
/** Every failed code sign-in, whatever the reason (unknown user, wrong, used, expired or dead code). */
export const invalidCode = () =>
  new AppError(ErrorCode.INVALID_CREDENTIALS, "The organisation, email or code is not right, or the code has expired.");
export const ceremonyFailed = (check: string) =>
  new AppError(ErrorCode.CEREMONY_FAILED, `The passkey response did not verify: ${check}.`);
export const challengeExpired = () =>
  new AppError(ErrorCode.CHALLENGE_EXPIRED, "This passkey request has expired or was already used. Start again.");
/**
 * A passkey that verified, refused because the organisation's requirement is OFF (switched off,
 * paused until a switch-on date, or deactivated): said plainly, since the caller provably holds
 * the credential, and the password still works (DESIGN "Passwords").
 */
export const passkeysPaused = () =>
  new AppError(
    ErrorCode.PASSKEYS_PAUSED,
    "Passkeys are paused for your organisation. Sign in with your password for now.",
  );
export const featureNotActivated = () =>
  new AppError(ErrorCode.FEATURE_NOT_ACTIVATED, "Passkeys are not activated for this organisation.");
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
export const versionConflict = (currentVersion: number) =>
  new AppError(ErrorCode.VERSION_CONFLICT, "Someone else changed this in the meantime. Reload and try again.", {
    currentVersion,
  });
export const notFound = (what = "The item") => new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
