import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { toApiError } from "../../app/errors";
import { roleLabels } from "../../app/viewer";
import type { Role } from "../../graphql/graphql";
import { CreateUserMutation } from "./operations";

const roles: Role[] = ["EMPLOYEE", "APP_EDITOR", "ORG_ADMIN"];

export function AddUserModal({
  organisationId,
  opened,
  onClose,
}: {
  organisationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [createUser, { loading }] = useMutation(CreateUserMutation, {
    refetchQueries: ["OrganisationUsers", "PasskeyStats"],
  });
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: {
      email: "",
      displayName: "",
      role: "EMPLOYEE" as Role,
      password: "",
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : "Enter an email address"),
      displayName: (v) => (v.trim() ? null : "Enter the person's name"),
      password: (v) => (v === "" || v.length >= 12 ? null : "Use at least 12 characters, or leave it empty"),
    },
  });

  function close() {
    form.reset();
    setError(null);
    onClose();
  }

  async function submit(values: typeof form.values) {
    setError(null);
    try {
      const result = await createUser({
        variables: {
          input: {
            organisationId,
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            password: values.password || null,
          },
        },
      });
      notifications.show({
        color: "teal",
        title: "User added",
        message: `${result.data!.createUser.displayName} can now sign in.`,
      });
      close();
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="Add user">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label="Name" autoComplete="off" data-autofocus {...form.getInputProps("displayName")} />
          <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps("email")} />
          <Select
            label="Role"
            data={roles.map((role) => ({
              value: role,
              label: roleLabels[role],
            }))}
            allowDeselect={false}
            {...form.getInputProps("role")}
          />
          <PasswordInput
            label="Initial password"
            description="Optional, at least 12 characters. Without one, the person signs in with a recovery code you issue."
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
