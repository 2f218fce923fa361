import { useMutation } from "@apollo/client/react";
import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FormModal } from "../../ui/FormModal";
import { notifySuccess } from "../../ui/notify";
import { CreateOrganisationMutation } from "./operations";
import { slugFrom, slugPattern } from "./slug";

export function NewOrganisationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [create] = useMutation(CreateOrganisationMutation, {
    refetchQueries: ["Organisations"],
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", slug: "" },
    validate: {
      name: (v) => (v.trim() ? null : "Enter the organisation's name"),
      slug: (v) =>
        slugPattern.test(v) ? null : "Use lower-case letters, digits and single dashes, e.g. “acme-retail”",
    },
  });

  return (
    <FormModal
      opened={opened}
      onClose={() => {
        setSlugEdited(false);
        onClose();
      }}
      title="New organisation"
      form={form}
      submitLabel="Create organisation"
      onSubmit={async (values) => {
        const result = await create({
          variables: { input: { name: values.name.trim(), slug: values.slug } },
        });
        const organisation = result.data!.createOrganisation;
        notifySuccess("Organisation created", organisation.name);
        navigate(`/support/organisations/${organisation.id}`);
      }}
    >
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
    </FormModal>
  );
}
