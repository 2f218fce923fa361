import { Badge, Group } from "@mantine/core";
import type { PasskeyRequirement } from "../../graphql/graphql";

const requirementLabels: Record<PasskeyRequirement, string> = {
  OFF: "Off",
  OPTIONAL: "Optional",
  MANDATORY: "Mandatory",
};

export function PasskeyStateBadge({ activated, requirement }: { activated: boolean; requirement: PasskeyRequirement }) {
  return (
    <Group gap={4}>
      <Badge variant="light" color={activated ? "teal" : "gray"}>
        {activated ? "Activated" : "Not activated"}
      </Badge>
      {activated && (
        <Badge variant="outline" color={requirement === "OFF" ? "gray" : "blue"}>
          {requirementLabels[requirement]}
        </Badge>
      )}
    </Group>
  );
}
