import { useMutation } from "@apollo/client/react";
import { PasswordInput, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { Role } from "../../graphql/graphql";
import { roleOptions } from "../../lib/viewer";
import { FormModal } from "../../ui/FormModal";
import { notifySuccess } from "../../ui/notify";
import { CreateUserMutation } from "./operations";

export function AddUserModal({
  organisationId,
  opened,
  onClose,
}: {
  organisationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [createUser] = useMutation(CreateUserMutation, {
    refetchQueries: ["OrganisationUsers", "PasskeyStats"],
  });
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

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Add user"
      form={form}
      submitLabel="Add user"
      onSubmit={async (values) => {
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
        notifySuccess("User added", `${result.data!.createUser.displayName} can now sign in.`);
      }}
    >
      <TextInput label="Name" autoComplete="off" data-autofocus {...form.getInputProps("displayName")} />
      <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps("email")} />
      <Select label="Role" data={roleOptions} allowDeselect={false} {...form.getInputProps("role")} />
      <PasswordInput
        label="Initial password"
        description="Optional, at least 12 characters. Without one, the person signs in with a recovery code you issue."
        autoComplete="new-password"
        {...form.getInputProps("password")}
      />
    </FormModal>
  );
}
