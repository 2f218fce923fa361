import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowLeft, IconKey, IconTrash } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { toApiError } from "../../app/errors";
import { roleLabels } from "../../app/viewer";
import type { IssueRecoveryCodeMutation } from "../../graphql/graphql";
import { confirmAction } from "../../ui/confirm";
import { formatDateTime } from "../../ui/dates";
import { PageHeader } from "../../ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../../ui/QueryState";
import { SignInCodeCountdown } from "../../ui/SignInCodeCountdown";
import { passkeyStatusColors, passkeyStatusLabels } from "./labels";
import {
  IssueRecoveryCodeMutation as IssueRecoveryCode,
  RevokeUserCredentialsMutation,
  UserDetailQuery,
} from "./operations";

type RecoveryCode = IssueRecoveryCodeMutation["issueRecoveryCode"];

export function UserDetail({
  organisationId,
  userId,
  canManage,
  backTo,
}: {
  organisationId: string;
  userId: string;
  canManage: boolean;
  backTo: { path: string; label: string };
}) {
  const { data, error, refetch } = useQuery(UserDetailQuery, { variables: { organisationId, userId } });
  const user = data?.organisation?.user;
  const notFound = Boolean(data) && !user;
  const [revoke] = useMutation(RevokeUserCredentialsMutation, {
    refetchQueries: ["PasskeyStats"],
  });
  const [issue, { loading: issuing }] = useMutation(IssueRecoveryCode);
  const [recoveryCode, setRecoveryCode] = useState<RecoveryCode | null>(null);

  const back = (
    <Anchor component={Link} to={backTo.path} size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "middle" }} /> {backTo.label}
    </Anchor>
  );

  if (!user) {
    return (
      <Stack>
        {back}
        {notFound ? (
          <EmptyState title="User not found">This user does not exist in this organisation, or was removed.</EmptyState>
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState label="Loading the user…" />
        )}
      </Stack>
    );
  }

  async function revokeOne(credentialId: string | null) {
    try {
      // Revoking everything is what an admin does for a lost or stolen device: its sessions end too.
      await revoke({ variables: { userId, credentialId, endSessions: credentialId === null } });
      notifications.show({
        color: "teal",
        title: credentialId ? "Passkey revoked" : "All passkeys revoked",
        message: credentialId
          ? "It can no longer be used to sign in."
          : `${user!.displayName} is signed out everywhere and creates a new passkey at the next sign-in.`,
      });
    } catch (e) {
      notifications.show({
        color: "red",
        title: "Not revoked",
        message: toApiError(e).message,
      });
    }
  }

  async function issueCode() {
    try {
      const result = await issue({ variables: { userId } });
      setRecoveryCode(result.data!.issueRecoveryCode);
    } catch (e) {
      notifications.show({
        color: "red",
        title: "No code issued",
        message: toApiError(e).message,
      });
    }
  }

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={user.displayName}
        description={user.email}
        actions={
          canManage && (
            <Button
              leftSection={<IconKey size={16} aria-hidden />}
              variant="light"
              loading={issuing}
              onClick={() =>
                confirmAction({
                  title: "Issue a recovery code?",
                  body: `A single-use code lets ${user.displayName} sign in once on a new device and create a passkey there. Give it to them in person or by phone, never by email.`,
                  confirmLabel: "Issue recovery code",
                  danger: false,
                  onConfirm: issueCode,
                })
              }
            >
              Issue recovery code
            </Button>
          )
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Fact label="Role" value={roleLabels[user.role]} />
        <Fact
          label="Passkey status"
          value={
            <Badge variant="light" color={passkeyStatusColors[user.passkeyStatus]}>
              {passkeyStatusLabels[user.passkeyStatus]}
            </Badge>
          }
        />
        <Fact label="Last sign-in" value={formatDateTime(user.lastSignInAt)} />
        <Fact label="Password" value={user.hasPassword ? "Set" : "None"} />
      </SimpleGrid>

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="user-passkeys-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg" id="user-passkeys-title">
            Passkeys
          </Title>
          {canManage && user.passkeys.length > 0 && (
            <Button
              color="red"
              variant="light"
              size="xs"
              onClick={() =>
                confirmAction({
                  title: "Revoke all passkeys?",
                  body: `${user.displayName} will not be able to sign in with any of their ${user.passkeys.length} passkeys, and is signed out on every device (a lost phone too).`,
                  confirmLabel: "Revoke all",
                  onConfirm: () => revokeOne(null),
                })
              }
            >
              Revoke all
            </Button>
          )}
        </Group>
        {user.passkeys.length === 0 ? (
          <EmptyState title="No passkeys">{user.displayName} has not created a passkey yet.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Provider</Table.Th>
                  <Table.Th>Synced</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  {canManage && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {user.passkeys.map((passkey) => (
                  <Table.Tr key={passkey.id}>
                    <Table.Td>{passkey.name}</Table.Td>
                    <Table.Td>{passkey.authenticatorName ?? "Unknown"}</Table.Td>
                    <Table.Td>{passkey.synced ? "Yes" : "No"}</Table.Td>
                    <Table.Td>{formatDateTime(passkey.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(passkey.lastUsedAt)}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Button
                          size="xs"
                          color="red"
                          variant="subtle"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          aria-label={`Revoke ${passkey.name}`}
                          onClick={() =>
                            confirmAction({
                              title: `Revoke “${passkey.name}”?`,
                              body: "This passkey will no longer work for signing in. This cannot be undone.",
                              confirmLabel: "Revoke",
                              onConfirm: () => revokeOne(passkey.id),
                            })
                          }
                        >
                          Revoke
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Modal opened={recoveryCode !== null} onClose={() => setRecoveryCode(null)} title="Recovery code">
        {recoveryCode && (
          <Stack>
            <Alert color="yellow" variant="light">
              This code is shown only once. Give it to {user.displayName} in person or by phone. They enter it under
              “Use a code from your app” on the sign-in screen.
            </Alert>
            <SignInCodeCountdown code={recoveryCode.code} expiresAt={recoveryCode.expiresAt} />
            <Button onClick={() => setRecoveryCode(null)}>Done</Button>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" fw={500}>
        {value}
      </Text>
    </Card>
  );
}
