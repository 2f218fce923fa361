import { ActionIcon, Badge, Button, Group, Menu, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconDots } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { CredentialFieldsFragment } from "../graphql/graphql";
import { formatDateTime } from "./dates";

export interface PasskeyAction {
  label: string;
  icon: ReactNode;
  color?: string;
  onClick: (passkey: CredentialFieldsFragment) => void;
}

/**
 * A person's passkeys: name (with "Synced" when a passkey manager copies it between devices), provider, created and
 * last used. Actions show as buttons, or behind one menu button on a narrow screen.
 */
export function PasskeyTable({
  passkeys,
  actions = [],
}: {
  passkeys: CredentialFieldsFragment[];
  actions?: PasskeyAction[];
}) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Provider</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            {actions.length > 0 && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {passkeys.map((passkey) => (
            <Table.Tr key={passkey.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {passkey.name}
                </Text>
                {passkey.synced && (
                  <Badge size="xs" variant="light" color="teal">
                    Synced
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{passkey.authenticatorName ?? "Unknown"}</Table.Td>
              <Table.Td>{formatDateTime(passkey.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(passkey.lastUsedAt)}</Table.Td>
              {actions.length > 0 && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {actions.map((action) => (
                      <Button
                        key={action.label}
                        size="xs"
                        variant="subtle"
                        color={action.color}
                        leftSection={action.icon}
                        aria-label={`${action.label} ${passkey.name}`}
                        visibleFrom="sm"
                        onClick={() => action.onClick(passkey)}
                      >
                        {action.label}
                      </Button>
                    ))}
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" hiddenFrom="sm" aria-label={`Actions for ${passkey.name}`}>
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {actions.map((action) => (
                          <Menu.Item
                            key={action.label}
                            color={action.color}
                            leftSection={action.icon}
                            onClick={() => action.onClick(passkey)}
                          >
                            {action.label}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
