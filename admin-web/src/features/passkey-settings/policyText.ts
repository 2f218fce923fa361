import dayjs from "dayjs";
import type { PasskeyRequirement, PolicyFieldsFragment, PolicyImpactFieldsFragment, Role } from "../../graphql/graphql";
import { roleLabels } from "../../lib/viewer";
import { plural } from "../../lib/words";
import { formatDate } from "../../ui/dates";

/** The current requirement in one sentence, without the rules that refine it (see `policySummary`). */
export function requirementSentence(requirement: PasskeyRequirement): string {
  switch (requirement) {
    case "OPTIONAL":
      return "Passkeys are optional: employees are asked to create one and can choose “Do this later”.";
    case "MANDATORY":
      return "Passkeys are mandatory: employees must create a passkey before they can continue.";
    case "OFF":
      return "Passkeys are off: employees sign in with their password.";
  }
}

/** "organisation admins and app editors" */
function rolesInWords(roles: readonly Role[]): string {
  const names = roles.map((role) => `${roleLabels[role].toLowerCase()}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
}

/**
 * The rules in force, as the settings page states them: the requirement, then what an optional
 * prompt does after a skip (reminders), when skipping stops (maximum skips), and for whom it is
 * mandatory anyway (roles).
 */
export function policySummary(
  policy: Pick<PolicyFieldsFragment, "requirement" | "remindAfterDays" | "maxSkips" | "mandatoryRoles">,
): string {
  const sentences = [requirementSentence(policy.requirement)];
  if (policy.requirement !== "OPTIONAL") return sentences[0];
  if (policy.maxSkips === 0) {
    sentences[0] = "Passkeys are optional, but nobody may skip: employees must create one before they continue.";
  } else {
    sentences.push(
      policy.remindAfterDays != null
        ? `After a skip they are asked again ${plural(policy.remindAfterDays, "day")} later.`
        : "After a skip they are not asked again.",
    );
    if (policy.maxSkips != null) {
      sentences.push(`After ${plural(policy.maxSkips, "skip")}, a passkey becomes mandatory for them.`);
    }
  }
  if (policy.mandatoryRoles.length > 0) {
    sentences.push(`A passkey is mandatory for ${rolesInWords(policy.mandatoryRoles)}.`);
  }
  return sentences.join(" ");
}

const people = (n: number) => plural(n, "person", "people");
const have = (n: number) => (n === 1 ? "has" : "have");

/**
 * The review step in plain words: who the change affects, before it applies. Each line says
 * what happens to whom; the first ones are those that can stop people from working.
 */
export function impactLines(impact: PolicyImpactFieldsFragment): string[] {
  const lines: string[] = [];
  const from = impact.takesEffectAt ? ` from ${formatDate(impact.takesEffectAt)}` : "";
  if (impact.pausesPasskeys) {
    const who = `${people(impact.usersWithPasskey)} with a passkey will sign in with their password`;
    lines.push(
      impact.pauseNeedsConfirmation
        ? `This pauses passkeys until ${formatDate(impact.takesEffectAt)}: passkey sign-in stops as soon as you apply it, and ${who} until then.`
        : `This turns passkeys off: passkey sign-in stops as soon as you apply it, and ${who} until you turn them on again.`,
    );
  }
  if (impact.mandatoryDatePassed) {
    lines.push("The mandatory date has already passed, so a passkey becomes mandatory as soon as you apply this.");
  }
  if (impact.usersHeldAtPrompt > 0) {
    const others = impact.usersHeldAtPrompt - (impact.viewerHeldAtPrompt ? 1 : 0);
    lines.push(
      impact.viewerHeldAtPrompt && others === 0
        ? `You have no passkey yet and will be held at the prompt${from} until you create one.`
        : `${people(impact.usersHeldAtPrompt)} ${have(impact.usersHeldAtPrompt)} no passkey yet and will be held at the prompt${from} until they create one${impact.viewerHeldAtPrompt ? ", you included" : ""}.`,
    );
  }
  if (impact.usersOffered > 0) {
    lines.push(
      `${people(impact.usersOffered)} without a passkey will be asked to create one${from}, and can choose “Do this later”.`,
    );
  }
  if (lines.length === 0) {
    lines.push("Nobody is held at the prompt and no passkey stops working.");
  }
  return lines;
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
