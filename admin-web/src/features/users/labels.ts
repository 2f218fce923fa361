import type { PasskeyStatus } from "../../graphql/graphql";

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
