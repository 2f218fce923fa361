import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { ErrorCode } from "../graphql/enums";

/** The contract's error codes, generated from the schema's ErrorCode enum. */
export type { ErrorCode };

/** Codes the console adds for failures that never reach the API. */
type LocalCode = "NETWORK" | "WEBAUTHN_CANCELLED" | "WEBAUTHN_EXISTS" | "WEBAUTHN_UNSUPPORTED" | "UNKNOWN";

export interface ApiError {
  code: ErrorCode | LocalCode;
  message: string;
  retryAfterSeconds?: number;
  extensions: Record<string, unknown>;
}

/** "about 2 minutes", "45 seconds": a wait in words. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "a minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}

const messages: Record<ApiError["code"], (error: ApiError) => string> = {
  UNAUTHENTICATED: () => "Your session has ended. Sign in again.",
  FORBIDDEN: () => "You do not have permission to do this.",
  PASSKEY_SETUP_REQUIRED: () => "Create a passkey before you continue.",
  PASSKEY_REQUIRED: () =>
    "Your account is protected by a passkey, so your password alone is not enough. Sign in with your passkey, or with a code from your app.",
  INVALID_CREDENTIALS: () => "Those details are not right. Check the organisation, email and password, and try again.",
  CEREMONY_FAILED: () => "Your passkey could not be checked. Try again, or choose another passkey.",
  CHALLENGE_EXPIRED: () => "The passkey request took too long or was already used. Try again.",
  FEATURE_NOT_ACTIVATED: () => "Passkeys have not been activated for your organisation. Contact support.",
  RATE_LIMITED: (e) =>
    e.retryAfterSeconds
      ? `Too many tries. Wait ${describeWait(e.retryAfterSeconds)} and try again.`
      : "Too many tries. Wait a little and try again.",
  VERSION_CONFLICT: () => "Someone else changed this while you were editing.",
  NOT_FOUND: () => "We could not find that. It may have been removed, or you may not have access to it.",
  BAD_USER_INPUT: (e) => e.message || "Some of the details are not valid.",
  PASSKEYS_PAUSED: () =>
    "Passkeys are paused for your organisation at the moment. Sign in with your password: it still works.",
  NETWORK: () => "The server cannot be reached. Check your connection and try again.",
  WEBAUTHN_CANCELLED: () => "The passkey request was cancelled or timed out. Try again when you are ready.",
  WEBAUTHN_EXISTS: () => "This device already has a passkey for your account.",
  WEBAUTHN_UNSUPPORTED: () =>
    "This browser does not support passkeys. Try a current version of Chrome, Safari, Edge or Firefox.",
  UNKNOWN: (e) => e.message || "Something went wrong. Try again.",
};

const errorCodes = new Set<unknown>(Object.values(ErrorCode));
const isErrorCode = (code: unknown): code is ErrorCode => errorCodes.has(code);

/** The input a BAD_USER_INPUT error names (`extensions.field`), for putting its message beside that field. */
export function errorField(error: ApiError): string | undefined {
  const field = error.extensions.field;
  return error.code === "BAD_USER_INPUT" && typeof field === "string" ? field : undefined;
}

/** Turns anything thrown by Apollo or a WebAuthn ceremony into a code and words a person understands. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = extensions.code;
    const retry = extensions.retryAfterSeconds;
    const apiError: ApiError = {
      code: isErrorCode(code) ? code : "UNKNOWN",
      message: first?.message ?? "",
      retryAfterSeconds: typeof retry === "number" ? retry : undefined,
      extensions,
    };
    return { ...apiError, message: messages[apiError.code](apiError) };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const apiError: ApiError = {
      code: "NETWORK",
      message: error.message,
      extensions: {},
    };
    return {
      ...apiError,
      message: `The server answered with an error (${error.statusCode}). Try again in a moment.`,
    };
  }
  if (error instanceof Error) {
    // @simplewebauthn/browser keeps the DOMException's name on its WebAuthnError.
    const name = error.name;
    const sCode = (error as { code?: string }).code;
    let code: ApiError["code"] = "UNKNOWN";
    if (name === "NotAllowedError" || name === "AbortError" || sCode === "ERROR_CEREMONY_ABORTED") {
      code = "WEBAUTHN_CANCELLED";
    } else if (name === "InvalidStateError" || sCode === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") {
      code = "WEBAUTHN_EXISTS";
    } else if (name === "NotSupportedError") {
      code = "WEBAUTHN_UNSUPPORTED";
    } else if (name === "TypeError" && /fetch|network/i.test(error.message)) {
      code = "NETWORK";
    } else if (
      (error as { networkError?: unknown }).networkError ||
      /Failed to fetch|NetworkError/i.test(error.message)
    ) {
      code = "NETWORK";
    }
    const apiError: ApiError = { code, message: error.message, extensions: {} };
    return { ...apiError, message: messages[code](apiError) };
  }
  const apiError: ApiError = { code: "UNKNOWN", message: "", extensions: {} };
  return { ...apiError, message: messages.UNKNOWN(apiError) };
}

export function errorCodeOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}
