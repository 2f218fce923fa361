import { useApolloClient, useMutation } from "@apollo/client/react";
import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { toApiError } from "../../lib/errors";
import { safeNextPath, useSignOut } from "../../lib/session";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { homePathFor, writeViewer } from "../../lib/viewer";
import { notifySuccess } from "../../ui/notify";
import type { CredentialFieldsFragment } from "../../graphql/graphql";
import { NamePasskeyStep } from "./NamePasskeyStep";
import { SkipPasskeySetupMutation } from "./operations";
import { PasskeyPrompt } from "./PasskeyPrompt";
import { useRegisterPasskey } from "./useRegisterPasskey";

export function PasskeySetupPage() {
  useDocumentTitle("Create your passkey · Passkeys admin");
  const viewer = useSignedInViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next")) ?? homePathFor(viewer.user?.role);
  const register = useRegisterPasskey();
  const [skip] = useMutation(SkipPasskeySetupMutation);
  const [signOut] = useSignOut();
  const [busy, setBusy] = useState<"continue" | "skip" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CredentialFieldsFragment | null>(null);
  const setup = viewer.passkeySetup;

  async function onContinue() {
    setError(null);
    setBusy("continue");
    try {
      const { credential } = await register();
      // Named at once, while the person still knows which device this is.
      setCreated(credential);
      setBusy(null);
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(null);
    }
  }

  async function onSkip() {
    setError(null);
    setBusy("skip");
    try {
      const result = await skip();
      writeViewer(client, result.data!.skipPasskeySetup);
      navigate(next, { replace: true });
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(null);
    }
  }

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-light)">
      <Paper withBorder shadow="sm" radius="md" p={{ base: "md", sm: "xl" }} w="100%" maw={480} component="main">
        {created ? (
          <NamePasskeyStep
            passkey={created}
            onDone={() => {
              notifySuccess("Passkey created", "Next time, sign in with your passkey.");
              navigate(next, { replace: true });
            }}
          />
        ) : setup && setup.nextStep !== "NONE" ? (
          <PasskeyPrompt
            setup={setup}
            staff={viewer.user?.role === "SUPPORT"}
            busy={busy}
            error={error}
            onContinue={onContinue}
            onSkip={onSkip}
            onSignOut={() => void signOut()}
          />
        ) : (
          <Stack>
            <Title order={1} fz={26}>
              You are all set
            </Title>
            <Text>{setup?.hasPasskey ? "You already have a passkey." : "There is nothing to set up right now."}</Text>
            <Button onClick={() => navigate(next, { replace: true })}>Continue</Button>
          </Stack>
        )}
      </Paper>
    </Center>
  );
}
