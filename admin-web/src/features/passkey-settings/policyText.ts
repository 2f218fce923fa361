import dayjs from "dayjs";
import type { PasskeyRequirement, PolicyFieldsFragment } from "../../graphql/graphql";
import { formatDate } from "../../ui/dates";

/** The current requirement in one sentence, as the settings page states it. */
export function requirementSentence(requirement: PasskeyRequirement): string {
  switch (requirement) {
    case "OPTIONAL":
      return "Passkeys are optional: employees are asked once and can skip.";
    case "MANDATORY":
      return "Passkeys are mandatory: employees must create a passkey before they can continue.";
    case "OFF":
      return "Passkeys are off: employees sign in with their password.";
  }
}

/** What is scheduled or missing, beside the sentence: activation, switch-on date, mandatory date. */
export function scheduleNotes(policy: PolicyFieldsFragment, activated: boolean, now = new Date()): string[] {
  const notes: string[] = [];
  if (!activated) notes.push("Support has not activated passkeys for your organisation yet.");
  const future = (iso: string | null) => iso !== null && dayjs(iso).isAfter(now);
  if (policy.enabled && future(policy.enabledFrom)) {
    notes.push(`Passkeys switch on on ${formatDate(policy.enabledFrom)}.`);
  }
  if (policy.enabled && !policy.forcePasskeySetup && future(policy.forceSetupFrom)) {
    notes.push(`They become mandatory on ${formatDate(policy.forceSetupFrom)}.`);
  }
  return notes;
}

export interface AnnouncementInput {
  organisationName: string;
  policy: Pick<PolicyFieldsFragment, "enabledFrom" | "forcePasskeySetup" | "forceSetupFrom" | "requirement">;
  contact: string;
  now?: Date;
}

/** A ready news article for employees, filled from the policy. */
export function announcementText({ organisationName, policy, contact, now = new Date() }: AnnouncementInput): {
  title: string;
  body: string;
} {
  const from = policy.enabledFrom && dayjs(policy.enabledFrom).isAfter(now) ? formatDate(policy.enabledFrom) : null;
  const when = from ? `From ${from}` : "From today";
  const mandatory = policy.forcePasskeySetup || policy.requirement === "MANDATORY";
  const mandatoryLater =
    !mandatory && policy.forceSetupFrom
      ? ` From ${formatDate(policy.forceSetupFrom)}, a passkey will be required.`
      : "";
  const nextStep = mandatory
    ? "You will need a passkey to keep using the app, so please set it up when you are asked."
    : `If now is not a good moment, choose “Do this later” and you can set it up another time.${mandatoryLater}`;
  const title = `${when}, sign in with a passkey`;
  const body = [
    `${when}, you can sign in to the ${organisationName} app with a passkey instead of your password.`,
    "",
    "What is a passkey?",
    "A passkey replaces your password. Instead of typing a password, you confirm it is you with Face ID, your fingerprint or your device PIN, just as you unlock your phone.",
    "",
    "Is it safe?",
    "Yes. Your biometric data, your face or your fingerprint, never leaves your device: neither the app nor we ever see it. A passkey cannot be guessed, reused on another site, or given away in a phishing email.",
    "",
    "What do I need to do?",
    `The next time you sign in, the app asks you to create a passkey. Tap “Continue” and follow the steps on your phone. ${nextStep}`,
    "",
    "What if I get a new phone?",
    "Passkeys saved in iCloud Keychain or Google Password Manager are synced: they follow you to your new phone automatically. If yours is not synced, sign in on the new phone with a code from the app on your old device, or ask your administrator for one, and create a new passkey there.",
    "",
    "Questions?",
    `Ask ${contact}.`,
  ].join("\n");
  return { title, body };
}
