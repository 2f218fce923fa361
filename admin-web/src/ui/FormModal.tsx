import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useState, type ReactNode } from "react";
import { showFormError } from "./forms";

/**
 * A form in a modal: Cancel and submit buttons, validation on submit, and an API error beside its field or, when it
 * names none, at the top. Closing resets the form.
 */
export function FormModal<V>({
  opened,
  onClose,
  title,
  form,
  submitLabel,
  cancelLabel = "Cancel",
  onSubmit,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  form: UseFormReturnType<V>;
  submitLabel: string;
  /** When closing without saving keeps something ("Keep this name"), say so. */
  cancelLabel?: string;
  /** Throws what the API threw; resolves when done (the modal then closes). */
  onSubmit: (values: V) => Promise<void>;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function close() {
    form.reset();
    setError(null);
    onClose();
  }

  async function submit(values: V) {
    setError(null);
    setSubmitting(true);
    try {
      await onSubmit(values);
      close();
    } catch (e) {
      setError(showFormError(form, e));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
