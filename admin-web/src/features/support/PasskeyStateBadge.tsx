import { Badge, Tooltip } from "@mantine/core";
import type { PasskeyRequirement } from "../../graphql/graphql";

type PasskeyState = "NOT_ACTIVATED" | PasskeyRequirement;

/** One badge, one state: never "Activated" beside "Off", which reads as both. */
const states: Record<PasskeyState, { label: string; color: string; variant: string; explain: string }> = {
  NOT_ACTIVATED: {
    label: "Not activated",
    color: "gray",
    variant: "outline",
    explain: "Support has not activated passkeys: its admins cannot turn them on.",
  },
  OFF: {
    label: "Activated, off",
    color: "yellow",
    variant: "light",
    explain: "Activated by support; its admins have not turned passkeys on (or the switch-on date is still ahead).",
  },
  OPTIONAL: {
    label: "Optional",
    color: "blue",
    variant: "light",
    explain: "Employees are offered a passkey and may skip.",
  },
  MANDATORY: {
    label: "Mandatory",
    color: "teal",
    variant: "filled",
    explain: "Employees must create a passkey before they continue.",
  },
};

export const passkeyStateOf = (activated: boolean, requirement: PasskeyRequirement): PasskeyState =>
  activated ? requirement : "NOT_ACTIVATED";

export function PasskeyStateBadge({ activated, requirement }: { activated: boolean; requirement: PasskeyRequirement }) {
  const state = states[passkeyStateOf(activated, requirement)];
  return (
    <Tooltip label={state.explain} multiline w={260} withArrow>
      <Badge color={state.color} variant={state.variant} aria-label={`Passkeys: ${state.label.toLowerCase()}`}>
        {state.label}
      </Badge>
    </Tooltip>
  );
}
