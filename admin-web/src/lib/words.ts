import type {
  AppPlatform,
  AuthMethod,
  PasskeyRequirement,
  PasskeySetupReason,
  UserVerificationRequirement,
} from "../graphql/graphql";

/*
 * Counts in words. English has two plural forms; Intl.PluralRules picks between them, so that the day the console
 * speaks another language only the forms change, not every caller.
 */

const rules = new Intl.PluralRules("en-GB");

/** The noun for `count`: "passkey" for 1, "passkeys" for 0 or 2. */
export function nounFor(count: number, singular: string, pluralForm = `${singular}s`): string {
  return rules.select(count) === "one" ? singular : pluralForm;
}

/** "1 user", "2 users", "0 passkeys": a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${nounFor(count, singular, pluralForm)}`;
}

/**
 * A list's caption: "3 users" when every one is shown, "25 of 312 users" when a page of them is. The noun follows the
 * total ("1 of 2 users"), and "1 of 1 users" never appears.
 */
export function shownOf(shown: number, total: number, singular: string, pluralForm = `${singular}s`): string {
  return shown >= total ? plural(total, singular, pluralForm) : `${shown} of ${plural(total, singular, pluralForm)}`;
}

/*
 * The words people read for the API's codes. A screen never shows a code itself: a value it has no words for goes
 * through `codeWords`, which at least says it as words ("SOME_NEW_CODE" → "some new code").
 */

export const authMethodWords: Record<AuthMethod, string> = {
  PASSKEY: "passkey",
  PASSWORD: "password",
  SIGN_IN_CODE: "sign-in code",
};

export const requirementWords: Record<PasskeyRequirement, string> = {
  OFF: "off",
  OPTIONAL: "optional",
  MANDATORY: "mandatory",
};

export const userVerificationWords: Record<UserVerificationRequirement, string> = {
  REQUIRED: "required (Face ID, fingerprint or PIN every time)",
  PREFERRED: "preferred (asked for when the device can)",
};

export const setupReasonWords: Record<PasskeySetupReason, string> = {
  FIRST_PASSKEY: "their first passkey",
  NEW_DEVICE: "a passkey on a new device",
};

export const platformWords: Record<AppPlatform, string> = { IOS: "iOS", ANDROID: "Android" };

/** The kinds of sign-in code the API names in its events (not a schema enum). */
export const signInCodeKindWords: Record<string, string> = {
  DEVICE: "made on their own device",
  RECOVERY: "recovery code from an admin",
};

/** WebAuthn attestation statement formats, as registration events name them. */
export const attestationFormatWords: Record<string, string> = {
  none: "none (the authenticator's own word)",
  packed: "packed",
  tpm: "TPM",
  "android-key": "Android key",
  "android-safetynet": "Android SafetyNet",
  "fido-u2f": "FIDO U2F",
  apple: "Apple",
};

/** A code with no words of its own, said as words: "APP_EDITOR" → "app editor", "wrong_code" → "wrong code". */
export function codeWords(code: string): string {
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code) || /^[a-z]+(_[a-z0-9]+)+$/.test(code)) {
    return code.toLowerCase().replaceAll("_", " ");
  }
  return code;
}
