import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconDeviceLaptop, IconFingerprint, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { CreateSignInCodeMutation, CredentialFieldsFragment } from "../../graphql/graphql";
import { toApiError } from "../../lib/errors";
import { plural } from "../../lib/words";
import { OwnPasskeysQuery, RenameCredentialMutation, signalOwnPasskeys } from "../../lib/ownPasskeys";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { confirmAction } from "../../ui/confirm";
import { FormModal } from "../../ui/FormModal";
import { notifyError, notifySuccess } from "../../ui/notify";
import { PageHeader } from "../../ui/PageHeader";
import { PasskeyTable } from "../../ui/PasskeyTable";
import { EmptyState, QueryView } from "../../ui/QueryState";
import { LiveSignInCode } from "../../ui/SignInCodeCountdown";
import { useRegisterPasskey } from "../passkey-setup/useRegisterPasskey";
import {
  CreateSignInCodeMutation as CreateSignInCode,
  RevokeCredentialMutation,
  SignOutOtherSessionsMutation,
} from "./operations";

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
  const [renaming, setRenaming] = useState<{ passkey: CredentialFieldsFragment; fresh: boolean } | null>(null);
  const passkeys = data?.viewer.user?.passkeys;

  async function add() {
    setAdding(true);
    try {
      const { credential } = await register();
      notifySuccess("Passkey added", `“${credential.name}” is ready to use.`);
      // Named at once, while the person still knows which device this is; the suggestion is the device and browser.
      setRenaming({ passkey: credential, fresh: true });
    } catch (e) {
      notifyError("No passkey added", e);
    } finally {
      setAdding(false);
    }
  }

  async function remove(passkey: CredentialFieldsFragment) {
    try {
      await revoke({ variables: { id: passkey.id } });
      await refetch();
      void signalOwnPasskeys(client, { removedId: passkey.id });
      notifySuccess("Passkey removed", `“${passkey.name}” no longer signs you in.`);
    } catch (e) {
      notifyError("Not removed", e);
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
      <QueryView
        data={passkeys}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel="Loading your passkeys…"
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title="No passkeys yet">
            Add a passkey to sign in with Face ID, your fingerprint or your device PIN.
          </EmptyState>
        }
      >
        {(list) => (
          <PasskeyTable
            passkeys={list}
            actions={[
              {
                label: "Rename",
                icon: <IconPencil size={14} aria-hidden />,
                onClick: (passkey) => setRenaming({ passkey, fresh: false }),
              },
              {
                label: "Remove",
                color: "red",
                icon: <IconTrash size={14} aria-hidden />,
                onClick: (passkey) => confirmRemove(passkey, list.length, remove),
              },
            ]}
          />
        )}
      </QueryView>
      {/* Keyed by passkey so that the form starts from the name being changed. */}
      <RenameModal
        key={renaming?.passkey.id ?? "none"}
        passkey={renaming?.passkey ?? null}
        fresh={renaming?.fresh ?? false}
        onClose={() => setRenaming(null)}
      />
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

function RenameModal({
  passkey,
  fresh,
  onClose,
}: {
  passkey: CredentialFieldsFragment | null;
  /** Just created: the name is a suggestion to keep or change. */
  fresh: boolean;
  onClose: () => void;
}) {
  const [rename] = useMutation(RenameCredentialMutation);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: passkey?.name ?? "" },
    validate: { name: (v) => (v.trim() ? null : "Enter a name") },
  });

  const nameProps = form.getInputProps("name");
  return (
    <FormModal
      opened={passkey !== null}
      onClose={onClose}
      title={fresh ? "Name your new passkey" : "Rename passkey"}
      form={form}
      submitLabel="Save name"
      cancelLabel={fresh ? "Keep this name" : "Cancel"}
      onSubmit={async (values) => {
        await rename({ variables: { id: passkey!.id, name: values.name.trim() } });
      }}
    >
      <TextInput
        label="Name"
        description={
          fresh
            ? "We suggested one from this device and browser. Give it a name you will recognise, e.g. “Work laptop”."
            : "A name that tells you which device this is, e.g. “Work laptop”."
        }
        maxLength={64}
        data-autofocus
        {...nameProps}
        // Selected when focused, so that typing replaces the suggestion (after the form's own focus handler).
        onFocus={(e) => {
          nameProps.onFocus?.(e);
          e.currentTarget.select();
        }}
      />
    </FormModal>
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
          <LiveSignInCode key={code.id} id={code.id} code={code.code} expiresAt={code.expiresAt} onNewCode={makeCode} />
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
      notifySuccess(
        "Other sessions ended",
        ended === 0 ? "You were not signed in anywhere else." : `Signed out of ${plural(ended, "other session")}.`,
      );
    } catch (e) {
      notifyError("Not done", e);
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
