import { useMutation } from "@apollo/client/react";
import { Alert, Button, Stack, Text, TextInput, ThemeIcon, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import type { CredentialFieldsFragment } from "../../graphql/graphql";
import { RenameCredentialMutation } from "../../lib/ownPasskeys";
import { showFormError } from "../../ui/forms";

/**
 * Right after a passkey is made: its suggested name (the authenticator's, or the device and browser, "Chrome on Mac")
 * in a field that has focus with the text selected, so that typing replaces it and Enter keeps it.
 */
export function NamePasskeyStep({ passkey, onDone }: { passkey: CredentialFieldsFragment; onDone: () => void }) {
  const [rename] = useMutation(RenameCredentialMutation);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: passkey.name },
    validate: { name: (v) => (v.trim() ? null : "Enter a name, or keep the suggested one") },
  });
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function save({ name }: { name: string }) {
    setError(null);
    if (name.trim() === passkey.name) return onDone();
    setSaving(true);
    try {
      await rename({ variables: { id: passkey.id, name: name.trim() } });
      onDone();
    } catch (e) {
      setError(showFormError(form, e));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="md">
        <ThemeIcon size={56} radius="xl" variant="light" color="teal" aria-hidden>
          <IconCircleCheck size={32} />
        </ThemeIcon>
        <Title order={1} fz={26}>
          Your passkey is ready
        </Title>
        <Text>Give it a name you will recognise, so you can tell it apart from your other passkeys later.</Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          ref={input}
          label="Passkey name"
          description="Suggested from this device and browser."
          maxLength={64}
          {...form.getInputProps("name")}
        />
        <Button type="submit" size="md" loading={saving}>
          Save and continue
        </Button>
      </Stack>
    </form>
  );
}
