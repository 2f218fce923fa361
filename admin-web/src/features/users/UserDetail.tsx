import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconKey, IconTrash, IconUserCog, IconUserOff } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { roleLabels } from "../../lib/viewer";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { plural } from "../../lib/words";
import type { IssueRecoveryCodeMutation } from "../../graphql/graphql";
import { confirmAction } from "../../ui/confirm";
import { formatDate, formatDateTime } from "../../ui/dates";
import { notifyError, notifySuccess } from "../../ui/notify";
import { PasskeyTable } from "../../ui/PasskeyTable";
import { PageHeader } from "../../ui/PageHeader";
import { EmptyState, MissingView } from "../../ui/QueryState";
import { LiveSignInCode } from "../../ui/SignInCodeCountdown";
import { ChangeRoleModal } from "./ChangeRoleModal";
import { ActivationButton } from "./ActivationButton";
import {
  IssueRecoveryCodeMutation as IssueRecoveryCode,
  RevokeUserCredentialsMutation,
  UserDetailQuery,
} from "./operations";
import { UserBadges } from "./UserBadges";

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
  const [revoke] = useMutation(RevokeUserCredentialsMutation, {
    refetchQueries: ["PasskeyStats"],
  });
  const [issue, { loading: issuing }] = useMutation(IssueRecoveryCode);
  const [recoveryCode, setRecoveryCode] = useState<RecoveryCode | null>(null);
  const [changingRole, setChangingRole] = useState(false);
  const viewerId = useSignedInViewer().user?.id;

  const back = (
    <Anchor component={Link} to={backTo.path} size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "middle" }} /> {backTo.label}
    </Anchor>
  );

  if (!user) {
    return (
      <Stack>
        {back}
        <MissingView
          loaded={Boolean(data)}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel="Loading the user…"
          title="User not found"
        >
          This user does not exist in this organisation, or was removed.
        </MissingView>
      </Stack>
    );
  }

  async function revokeOne(credentialId: string | null) {
    try {
      // Revoking everything is what an admin does for a lost or stolen device: its sessions end too.
      await revoke({ variables: { userId, credentialId, endSessions: credentialId === null } });
      notifySuccess(
        credentialId ? "Passkey revoked" : "All passkeys revoked",
        credentialId
          ? "It can no longer be used to sign in."
          : `${user!.displayName} is signed out everywhere and creates a new passkey at the next sign-in.`,
      );
    } catch (e) {
      notifyError("Not revoked", e);
    }
  }

  async function issueCode() {
    try {
      const result = await issue({ variables: { userId } });
      setRecoveryCode(result.data!.issueRecoveryCode);
    } catch (e) {
      notifyError("No code issued", e);
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
            <Group gap="xs" wrap="wrap">
              {user.active && (
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
              )}
              <Button
                leftSection={<IconUserCog size={16} aria-hidden />}
                variant="default"
                onClick={() => setChangingRole(true)}
              >
                Change role
              </Button>
              {(!user.active || user.id !== viewerId) && <ActivationButton user={user} />}
            </Group>
          )
        }
      />

      {!user.active && (
        <Alert color="gray" variant="light" icon={<IconUserOff aria-hidden />} title="Deactivated">
          {user.displayName} was deactivated on {formatDate(user.deactivatedAt)} and cannot sign in.
          {canManage ? " Reactivate them to let them sign in again." : ""}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Fact label="Role" value={roleLabels[user.role]} />
        <Fact label="Passkey status" value={<UserBadges user={user} />} />
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
                  body: `${user.displayName} will not be able to sign in with ${user.passkeys.length === 1 ? "their passkey" : `any of their ${plural(user.passkeys.length, "passkey")}`}, and is signed out on every device (a lost phone too). They must create a new passkey.`,
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
          user.passkeysRevokedAt ? (
            <EmptyState title="Revoked: must create a new passkey">
              {user.displayName}'s passkeys were revoked on {formatDate(user.passkeysRevokedAt)}. They must create a new
              passkey, at their next sign-in or with a recovery code.
            </EmptyState>
          ) : (
            <EmptyState title="No passkeys">{user.displayName} has not created a passkey yet.</EmptyState>
          )
        ) : (
          <PasskeyTable
            passkeys={user.passkeys}
            actions={
              canManage
                ? [
                    {
                      label: "Revoke",
                      color: "red",
                      icon: <IconTrash size={14} aria-hidden />,
                      onClick: (passkey) =>
                        confirmAction({
                          title: `Revoke “${passkey.name}”?`,
                          body: "This passkey will no longer work for signing in. This cannot be undone.",
                          confirmLabel: "Revoke",
                          onConfirm: () => revokeOne(passkey.id),
                        }),
                    },
                  ]
                : []
            }
          />
        )}
      </Card>

      {canManage && (
        <ChangeRoleModal
          key={`${user.id}-${user.role}`}
          user={user}
          self={user.id === viewerId}
          opened={changingRole}
          onClose={() => setChangingRole(false)}
        />
      )}

      <Modal opened={recoveryCode !== null} onClose={() => setRecoveryCode(null)} title="Recovery code">
        {recoveryCode && (
          <Stack>
            <Alert color="yellow" variant="light">
              This code is shown only once. Give it to {user.displayName} in person or by phone. They enter it under
              “Use a code from your app” on the sign-in screen.
            </Alert>
            <LiveSignInCode id={recoveryCode.id} code={recoveryCode.code} expiresAt={recoveryCode.expiresAt} />
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
