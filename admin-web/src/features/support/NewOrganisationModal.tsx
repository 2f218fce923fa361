import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { toApiError } from "../../app/errors";
import { CreateOrganisationMutation } from "./operations";
import { slugFrom, slugPattern } from "./slug";

export function NewOrganisationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateOrganisationMutation, {
    refetchQueries: ["Organisations"],
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", slug: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter the organisation's name"),
      slug: (v) =>
        slugPattern.test(v) ? null : "Use lower-case letters, digits and single dashes, e.g. “acme-retail”",
    },
  });

  function close() {
    form.reset();
    setSlugEdited(false);
    setError(null);
    onClose();
  }

  async function submit(values: typeof form.values) {
    setError(null);
    try {
      const result = await create({
        variables: { input: { name: values.name.trim(), slug: values.slug } },
      });
      const organisation = result.data!.createOrganisation;
      notifications.show({
        color: "teal",
        title: "Organisation created",
        message: organisation.name,
      });
      close();
      navigate(`/support/organisations/${organisation.id}`);
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="New organisation">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label="Name"
            data-autofocus
            {...form.getInputProps("name")}
            onChange={(e) => {
              const name = e.currentTarget.value;
              form.setFieldValue("name", name);
              if (!slugEdited) form.setFieldValue("slug", slugFrom(name));
            }}
          />
          <TextInput
            label="Slug"
            description="What employees type as “Organisation” when they sign in."
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps("slug")}
            onChange={(e) => {
              setSlugEdited(true);
              form.setFieldValue("slug", e.currentTarget.value.toLowerCase());
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create organisation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
