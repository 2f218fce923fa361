import { useMutation } from "@apollo/client/react";
import { Select, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { Role } from "../../graphql/graphql";
import { roleLabels, roleOptions, ViewerQuery } from "../../lib/viewer";
import { FormModal } from "../../ui/FormModal";
import { notifySuccess } from "../../ui/notify";
import { ChangeUserRoleMutation } from "./operations";

/** What each role may do, in the words an admin choosing one needs. */
const roleMeaning: Record<Role, string> = {
  EMPLOYEE: "Uses the app; no access to the console's settings.",
  APP_EDITOR: "Edits the app's content in the CMS; here, reads the passkey settings, users and activity.",
  ORG_ADMIN: "Changes the passkey policy and looks after the organisation's users.",
  SUPPORT: "Platform staff.",
};

/**
 * Gives a user another role. The API refuses to demote the organisation's last active admin, and says so beside the
 * role field.
 */
export function ChangeRoleModal({
  user,
  self = false,
  opened,
  onClose,
}: {
  user: { id: string; displayName: string; role: Role };
  /** The admin's own account: a new role changes what the console shows them, so the viewer is read again. */
  self?: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const [changeRole] = useMutation(ChangeUserRoleMutation);
  const form = useForm<{ role: Role }>({ mode: "controlled", initialValues: { role: user.role } });
  const chosen = form.getValues().role;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Change ${user.displayName}'s role`}
      form={form}
      submitLabel="Change role"
      onSubmit={async ({ role }) => {
        if (role === user.role) return;
        await changeRole({ variables: { userId: user.id, role }, refetchQueries: self ? [ViewerQuery] : [] });
        notifySuccess("Role changed", `${user.displayName} is now ${roleLabels[role]}. It applies at once.`);
      }}
    >
      <Select label="Role" data={roleOptions} allowDeselect={false} data-autofocus {...form.getInputProps("role")} />
      {chosen && (
        <Text size="sm" c="dimmed">
          {roleMeaning[chosen]}
        </Text>
      )}
    </FormModal>
  );
}
