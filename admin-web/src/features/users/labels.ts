import type { PasskeyStatus, UserRowFieldsFragment } from "../../graphql/graphql";

export const passkeyStatusLabels: Record<PasskeyStatus, string> = {
  HAS_PASSKEY: "Has a passkey",
  SKIPPED: "Skipped",
  PENDING: "Pending",
};

export const passkeyStatusColors: Record<PasskeyStatus, string> = {
  HAS_PASSKEY: "teal",
  SKIPPED: "yellow",
  PENDING: "gray",
};

/**
 * A user's passkey status as a badge. Someone whose passkeys were all revoked is neither "skipped" nor "pending": they
 * had one, and must create a new one.
 */
export function passkeyStatusBadge(user: Pick<UserRowFieldsFragment, "passkeyStatus" | "passkeysRevokedAt">): {
  label: string;
  color: string;
} {
  if (user.passkeyStatus !== "HAS_PASSKEY" && user.passkeysRevokedAt) {
    return { label: "Revoked: must create a new passkey", color: "orange" };
  }
  return { label: passkeyStatusLabels[user.passkeyStatus], color: passkeyStatusColors[user.passkeyStatus] };
}
