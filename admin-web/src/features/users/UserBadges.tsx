import { Badge, Group } from "@mantine/core";
import type { UserRowFieldsFragment } from "../../graphql/graphql";
import { passkeyStatusBadge } from "./labels";

/** A user's passkey status, and "Deactivated" beside it while they cannot sign in. */
export function UserBadges({
  user,
}: {
  user: Pick<UserRowFieldsFragment, "passkeyStatus" | "passkeysRevokedAt" | "active">;
}) {
  const status = passkeyStatusBadge(user);
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" color={status.color} style={{ whiteSpace: "normal", height: "auto" }}>
        {status.label}
      </Badge>
      {!user.active && (
        <Badge variant="filled" color="gray">
          Deactivated
        </Badge>
      )}
    </Group>
  );
}
