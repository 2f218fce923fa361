import type { PasskeySecurityProfileQuery } from "../../graphql/graphql";
import { plural } from "../../lib/words";
import { formatDateTime } from "../../ui/dates";

export type SecurityProfile = NonNullable<PasskeySecurityProfileQuery["passkeySecurityProfile"]>;

/** One answer: a label and its value (a list when there are several), with a line of context. */
export interface SecurityFact {
  label: string;
  value: string | string[];
  note?: string;
}

export interface SecuritySection {
  title: string;
  facts: SecurityFact[];
}

/** "30 minutes", "24 hours", "14 days": the largest whole unit. */
export function duration(minutes: number): string {
  if (minutes % (60 * 24) === 0) return plural(minutes / (60 * 24), "day");
  if (minutes % 60 === 0) return plural(minutes / 60, "hour");
  return plural(minutes, "minute");
}

const percent = (part: number, total: number) => (total === 0 ? "0%" : `${Math.round((part / total) * 100)}%`);

const requirementWords = {
  OFF: "Off: employees sign in with their password; passkeys already created are kept but not accepted.",
  OPTIONAL: "Optional: employees are offered a passkey and may skip.",
  MANDATORY: "Mandatory: employees must create a passkey before they can use the apps.",
} as const;

/**
 * The answers an organisation's IT and Info Security team asks for, in sections, from the live profile. The page,
 * the printout and both copies are made from this one list, so they always say the same.
 */
export function securitySections(profile: SecurityProfile): SecuritySection[] {
  const limits = profile.rateLimits;
  const { total, synced, deviceBound } = profile.passkeys;
  const allowlist = profile.allowedAuthenticators.map((a) => a.name ?? `Unlisted model (AAGUID ${a.aaguid})`);
  return [
    {
      title: "Where passkeys work",
      facts: [
        {
          label: "Relying party ID",
          value: profile.rpId,
          note: "Passkeys are bound to this domain: a look-alike site cannot use them, so they cannot be phished.",
        },
        { label: "Relying party name", value: profile.rpName, note: "The name the device shows when it asks." },
        { label: "Web origins accepted", value: profile.webOrigins },
        {
          label: "Android app origins accepted",
          value: profile.androidAppOrigins.length ? profile.androidAppOrigins : "None",
          note: "The SHA-256 of each signing certificate of the apps allowed to use these passkeys.",
        },
        {
          label: "iOS apps allowed",
          value: profile.iosAppIds.length ? profile.iosAppIds : "None",
          note: "Listed in the domain's apple-app-site-association file (Team ID and bundle id).",
        },
      ],
    },
    {
      title: "The policy in force",
      facts: [
        { label: "Requirement now", value: requirementWords[profile.requirement] },
        {
          label: "User verification",
          value:
            profile.userVerification === "REQUIRED"
              ? "Required: every passkey sign-in and registration needs Face ID, a fingerprint or the device PIN."
              : "Preferred: asked for when the device can, but not enforced.",
          note:
            profile.userVerification === "REQUIRED"
              ? "Something the person has (the device) and something they are or know: two factors in one step."
              : undefined,
        },
        {
          label: "Attestation",
          value: profile.requireAttestation
            ? "Required: only authenticators whose attestation verifies to a configured trust root can register."
            : "Not required: authenticators are not asked to prove their make and model.",
          note: profile.requireAttestation
            ? "Synced passkeys (iCloud Keychain, Google Password Manager) give no attestation, so they are refused."
            : profile.attestationTrustRootsConfigured
              ? undefined
              : "The service has no attestation trust roots configured.",
        },
        {
          label: "Allowed authenticators",
          value: allowlist.length ? allowlist : "Any authenticator",
          note:
            allowlist.length && !profile.requireAttestation
              ? "Without attestation, this list rests on the model each authenticator declares about itself."
              : undefined,
        },
        {
          label: "Password after a passkey",
          value: profile.allowPasswordAfterPasskey
            ? "Allowed: people with a passkey can still sign in with their password."
            : "Refused: once someone has a passkey, their password alone no longer signs them in.",
          note: profile.allowPasswordAfterPasskey
            ? undefined
            : "A stolen password cannot then be used to register another passkey. A new device signs in with a single-use code.",
        },
      ],
    },
    {
      title: "Sessions and limits",
      facts: [
        { label: "Idle session lifetime", value: `Ends after ${duration(profile.sessionIdleMinutes)} unused` },
        {
          label: "Absolute session lifetime",
          value: `Ends ${duration(profile.sessionAbsoluteHours * 60)} after sign-in, used or not`,
        },
        {
          label: "Failed sign-ins per account",
          value: `${plural(limits.accountAttempts, "failure")} in ${duration(limits.accountWindowMinutes)} lock the account for ${duration(limits.accountBlockMinutes)}`,
          note: "Passwords and sign-in codes. A passkey cannot be guessed, so failed passkey sign-ins lock nobody out.",
        },
        {
          label: "Failed sign-ins per IP address",
          value: `${plural(limits.ipAttempts, "failure")} in ${duration(limits.ipWindowMinutes)}`,
        },
        {
          label: "Passkey challenges",
          value: `Random, single use, answered within ${duration(profile.challengeMinutes)}`,
        },
        {
          label: "Sign-in codes",
          value: `Single use, valid ${duration(profile.signInCodeMinutes)}, void after ${plural(profile.signInCodeTries, "wrong try", "wrong tries")}`,
        },
        {
          label: "Audit trail",
          value: `Every sign-in and change is kept for ${duration(profile.auditRetentionDays * 24 * 60)}`,
        },
      ],
    },
    {
      title: "What the service stores",
      facts: [
        {
          label: "For each passkey",
          value: [
            "The public key",
            "The credential ID",
            "The sign count (to detect a copied passkey)",
            "The AAGUID (the authenticator's make and model)",
            "The transports (internal, hybrid, USB, NFC, Bluetooth)",
            "Whether it can be synced, and whether it is",
          ],
        },
        {
          label: "Never",
          value: [
            "Biometrics: a face or fingerprint never leaves the device",
            "The device PIN",
            "The private key: it stays on the device or in the person's password manager",
          ],
        },
        {
          label: "Secrets",
          value: "Passwords as argon2id hashes; session tokens and sign-in codes as hashes only",
        },
      ],
    },
    {
      title: "Passkeys in use",
      facts: [
        { label: "Passkeys", value: plural(total, "passkey") },
        {
          label: "Synced",
          value: `${synced} (${percent(synced, total)})`,
          note: "Backup eligible: saved in iCloud Keychain, Google Password Manager or another password manager, and follows its owner to a new device.",
        },
        {
          label: "Device-bound",
          value: `${deviceBound} (${percent(deviceBound, total)})`,
          note: "Not backup eligible: lives on one phone, computer or security key.",
        },
      ],
    },
  ];
}

export const securityTitle = (profile: SecurityProfile) =>
  `Passkeys at ${profile.organisationName}: answers for IT and Info Security`;

const generated = (profile: SecurityProfile) =>
  `Generated ${formatDateTime(profile.generatedAt)} from the live settings.`;

/** The page as Markdown, for a wiki or a ticket. */
export function securityMarkdown(profile: SecurityProfile): string {
  const lines = [`# ${securityTitle(profile)}`, "", `_${generated(profile)}_`];
  for (const section of securitySections(profile)) {
    lines.push("", `## ${section.title}`, "");
    for (const fact of section.facts) {
      const note = fact.note ? ` — _${fact.note}_` : "";
      if (Array.isArray(fact.value)) {
        lines.push(`- **${fact.label}:**${note}`, ...fact.value.map((v) => `  - ${v}`));
      } else {
        lines.push(`- **${fact.label}:** ${fact.value}${note}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The page as plain text, for an email. */
export function securityPlainText(profile: SecurityProfile): string {
  const lines = [securityTitle(profile), generated(profile)];
  for (const section of securitySections(profile)) {
    lines.push("", section.title.toUpperCase());
    for (const fact of section.facts) {
      if (Array.isArray(fact.value)) lines.push(`${fact.label}:`, ...fact.value.map((v) => `  - ${v}`));
      else lines.push(`${fact.label}: ${fact.value}`);
      if (fact.note) lines.push(`  (${fact.note})`);
    }
  }
  return `${lines.join("\n")}\n`;
}
