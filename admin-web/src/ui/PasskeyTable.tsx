import { Badge, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { CredentialFieldsFragment } from "../graphql/graphql";
import { plural } from "../lib/words";
import { formatDateTime } from "./dates";
import { ResponsiveTable } from "./ResponsiveTable";

export interface PasskeyAction {
  label: string;
  icon: ReactNode;
  color?: string;
  onClick: (passkey: CredentialFieldsFragment) => void;
}

/**
 * A person's passkeys: name (with "Synced" when a passkey manager copies it between devices), provider, created and
 * last used. The actions are buttons named for their passkey; on a phone each passkey is a card with them at its foot.
 */
export function PasskeyTable({
  passkeys,
  actions = [],
}: {
  passkeys: CredentialFieldsFragment[];
  actions?: PasskeyAction[];
}) {
  return (
    <ResponsiveTable
      caption={plural(passkeys.length, "passkey")}
      rows={passkeys}
      rowKey={(passkey) => passkey.id}
      minWidth={560}
      columns={[
        {
          header: "Name",
          cell: (passkey) => (
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
                {passkey.name}
              </Text>
              {passkey.synced && (
                <Badge size="xs" variant="light" color="teal">
                  Synced
                </Badge>
              )}
            </Group>
          ),
        },
        { header: "Provider", cell: (passkey) => passkey.authenticatorName ?? "Unknown" },
        { header: "Created", cell: (passkey) => formatDateTime(passkey.createdAt) },
        { header: "Last used", cell: (passkey) => formatDateTime(passkey.lastUsedAt) },
      ]}
      actions={
        actions.length > 0
          ? (passkey) =>
              actions.map((action) => (
                <Button
                  key={action.label}
                  size="xs"
                  variant="subtle"
                  color={action.color}
                  leftSection={action.icon}
                  aria-label={`${action.label} ${passkey.name}`}
                  onClick={() => action.onClick(passkey)}
                >
                  {action.label}
                </Button>
              ))
          : undefined
      }
    />
  );
}
