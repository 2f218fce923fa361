import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { PageHeader } from "../../ui/PageHeader";
import { AddUserModal } from "./AddUserModal";
import { UsersTable } from "./UsersTable";

export function UsersPage() {
  const viewer = useSignedInViewer();
  const organisationId = viewer.organisation!.id;
  const canManage = viewer.user?.role === "ORG_ADMIN";
  const [adding, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone in your organisation and where they are with passkeys."
        actions={
          canManage && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
              Add user
            </Button>
          )
        }
      />
      <UsersTable organisationId={organisationId} userPath={(id) => `/users/${id}`} />
      {canManage && <AddUserModal organisationId={organisationId} opened={adding} onClose={close} />}
    </>
  );
}
