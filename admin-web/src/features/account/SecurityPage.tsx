import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceLaptop, IconDots, IconFingerprint, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { toApiError } from "../../app/errors";
import { useSignedInViewer } from "../../app/ViewerContext";
import type { CreateSignInCodeMutation, CredentialFieldsFragment } from "../../graphql/graphql";
import { confirmAction } from "../../ui/confirm";
import { formatDateTime } from "../../ui/dates";
import { PageHeader } from "../../ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../../ui/QueryState";
import { SignInCodeCountdown } from "../../ui/SignInCodeCountdown";
import { useRegisterPasskey } from "../passkey-setup/useRegisterPasskey";
import {
  CreateSignInCodeMutation as CreateSignInCode,
  OwnPasskeysQuery,
  RenameCredentialMutation,
  RevokeCredentialMutation,
  SignOutOtherSessionsMutation,
} from "./operations";
import { signalOwnPasskeys } from "./signals";

export function SecurityPage() {
  const viewer = useSignedInViewer();
  return (
    <>
      <PageHeader title="Security" description={`My account · ${viewer.user?.email ?? ""}`} />
      <Stack gap="lg">
        <OwnPasskeys />
        <AnotherDevice />
        <Sessions />
      </Stack>
    </>
  );
}

function OwnPasskeys() {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(OwnPasskeysQuery, {
    fetchPolicy: "cache-and-network",
  });
  const [revoke] = useMutation(RevokeCredentialMutation);
  const register = useRegisterPasskey();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<CredentialFieldsFragment | null>(null);
  const passkeys = data?.viewer.user?.passkeys;

  async function add() {
    setAdding(true);
    try {
      const { credential } = await register();
      notifications.show({
        color: "teal",
        title: "Passkey added",
        message: `“${credential.name}” is ready to use.`,
      });
    } catch (e) {
      notifications.show({
        color: "red",
        title: "No passkey added",
        message: toApiError(e).message,
      });
    } finally {
      setAdding(false);
    }
  }

  async function remove(passkey: CredentialFieldsFragment) {
    try {
      await revoke({ variables: { id: passkey.id } });
      await refetch();
      void signalOwnPasskeys(client, { removedId: passkey.id });
      notifications.show({
        color: "teal",
        title: "Passkey removed",
        message: `“${passkey.name}” no longer signs you in.`,
      });
    } catch (e) {
      notifications.show({
        color: "red",
        title: "Not removed",
        message: toApiError(e).message,
      });
    }
  }

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="own-passkeys-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} fz="lg" id="own-passkeys-title">
          Your passkeys
        </Title>
        <Button leftSection={<IconFingerprint size={16} aria-hidden />} onClick={add} loading={adding}>
          Add a passkey
        </Button>
      </Group>
      {error && !passkeys ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !passkeys ? (
        <LoadingState label="Loading your passkeys…" />
      ) : passkeys.length === 0 ? (
        <EmptyState title="No passkeys yet">
          Add a passkey to sign in with Face ID, your fingerprint or your device PIN.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
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
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => setRenaming(passkey)}
                        aria-label={`Rename ${passkey.name}`}
                        visibleFrom="sm"
                      >
                        Rename
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} aria-hidden />}
                        aria-label={`Remove ${passkey.name}`}
                        visibleFrom="sm"
                        onClick={() => confirmRemove(passkey, passkeys.length, remove)}
                      >
                        Remove
                      </Button>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" hiddenFrom="sm" aria-label={`Actions for ${passkey.name}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setRenaming(passkey)}>
                            Rename
                          </Menu.Item>
                          <Menu.Item
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() => confirmRemove(passkey, passkeys.length, remove)}
                          >
                            Remove
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RenameModal passkey={renaming} onClose={() => setRenaming(null)} />
    </Card>
  );
}

function confirmRemove(
  passkey: CredentialFieldsFragment,
  count: number,
  remove: (passkey: CredentialFieldsFragment) => Promise<void>,
) {
  confirmAction({
    title: `Remove “${passkey.name}”?`,
    body:
      count === 1
        ? "This is your only passkey. Without it you sign in with a password or a code, and you may be asked to create a new passkey."
        : "You will no longer be able to sign in with this passkey. Delete it from the device's password manager too.",
    confirmLabel: "Remove",
    onConfirm: () => remove(passkey),
  });
}

function RenameModal({ passkey, onClose }: { passkey: CredentialFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={passkey !== null} onClose={onClose} title="Rename passkey">
      {passkey && <RenameForm key={passkey.id} passkey={passkey} onDone={onClose} />}
    </Modal>
  );
}

function RenameForm({ passkey, onDone }: { passkey: CredentialFieldsFragment; onDone: () => void }) {
  const [rename, { loading }] = useMutation(RenameCredentialMutation);
  const [name, setName] = useState(passkey.name);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await rename({ variables: { id: passkey.id, name: name.trim() } });
      onDone();
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label="Name"
          description="A name that tells you which device this is, e.g. “Work laptop”."
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          maxLength={64}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={!name.trim()}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AnotherDevice() {
  const [create, { loading }] = useMutation(CreateSignInCode);
  const [code, setCode] = useState<CreateSignInCodeMutation["createSignInCode"] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function makeCode() {
    setError(null);
    try {
      const result = await create();
      setCode(result.data!.createSignInCode);
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="another-device-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="another-device-title">
          Sign in on another device
        </Title>
        <Text size="sm">
          Get a single-use code and enter it on the other device under “Use a code from your app”. After signing in
          there, create a passkey on that device too.
        </Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {code ? (
          <SignInCodeCountdown code={code.code} expiresAt={code.expiresAt} onNewCode={makeCode} />
        ) : (
          <Button
            leftSection={<IconDeviceLaptop size={16} aria-hidden />}
            onClick={makeCode}
            loading={loading}
            style={{ alignSelf: "flex-start" }}
          >
            Sign in on another device
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function Sessions() {
  const [signOutOthers, { loading }] = useMutation(SignOutOtherSessionsMutation);
  async function run() {
    try {
      const result = await signOutOthers();
      const ended = result.data!.signOutOtherSessions;
      notifications.show({
        color: "teal",
        title: "Other sessions ended",
        message: ended === 0 ? "You were not signed in anywhere else." : `Signed out of ${ended} other sessions.`,
      });
    } catch (e) {
      notifications.show({
        color: "red",
        title: "Not done",
        message: toApiError(e).message,
      });
    }
  }
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="sessions-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="lg" id="sessions-title">
          Sessions
        </Title>
        <Text size="sm">If you signed in on a device you no longer use, end every session but this one.</Text>
        <Button
          variant="default"
          loading={loading}
          onClick={() =>
            confirmAction({
              title: "Sign out everywhere else?",
              body: "Every other browser and app where you are signed in will ask you to sign in again.",
              confirmLabel: "Sign out other sessions",
              onConfirm: run,
            })
          }
        >
          Sign out other sessions
        </Button>
      </Stack>
    </Card>
  );
}
