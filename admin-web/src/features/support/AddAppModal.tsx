import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { toApiError } from "../../lib/errors";
import type { AppPlatform } from "../../graphql/graphql";
import { RegisterAndroidAppMutation, RegisterIosAppMutation } from "./operations";

const FIELDS = ["teamId", "bundleId", "packageName", "certificateFingerprints"] as const;
type Field = (typeof FIELDS)[number];

/** One fingerprint per line (or separated by commas or spaces), as pasted from keytool or Play Console. */
export function fingerprintsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((f) => f.trim())
    .filter(Boolean);
}

export function AddAppModal({
  organisationId,
  platform,
  opened,
  onClose,
}: {
  organisationId: string;
  platform: AppPlatform;
  opened: boolean;
  onClose: () => void;
}) {
  const refetchQueries = ["OrganisationApps", "SupportOrganisation", "AuditEvents"];
  const [registerIos, ios] = useMutation(RegisterIosAppMutation, { refetchQueries });
  const [registerAndroid, android] = useMutation(RegisterAndroidAppMutation, { refetchQueries });
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: "controlled",
    initialValues: { teamId: "", bundleId: "", packageName: "", certificateFingerprints: "" },
    validate: (values) =>
      platform === "IOS"
        ? {
            teamId: values.teamId.trim() ? null : "Enter the Team ID",
            bundleId: values.bundleId.trim() ? null : "Enter the bundle id",
          }
        : {
            packageName: values.packageName.trim() ? null : "Enter the package name",
            certificateFingerprints: fingerprintsOf(values.certificateFingerprints).length
              ? null
              : "Enter at least one SHA-256 fingerprint",
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
      const appId =
        platform === "IOS"
          ? (
              await registerIos({
                variables: {
                  input: { organisationId, teamId: values.teamId.trim(), bundleId: values.bundleId.trim() },
                },
              })
            ).data!.registerIosApp.appId
          : (
              await registerAndroid({
                variables: {
                  input: {
                    organisationId,
                    packageName: values.packageName.trim(),
                    certificateFingerprints: fingerprintsOf(values.certificateFingerprints),
                  },
                },
              })
            ).data!.registerAndroidApp.appId;
      notifications.show({
        color: "teal",
        title: "App registered",
        message: `${appId} is in ${platform === "IOS" ? "apple-app-site-association" : "assetlinks.json"} now.`,
      });
      close();
    } catch (e) {
      const apiError = toApiError(e);
      const field = apiError.extensions.field;
      // The API names the field it refuses: show its words there.
      if (apiError.code === "BAD_USER_INPUT" && FIELDS.includes(field as Field))
        form.setFieldError(field as Field, apiError.message);
      else setError(apiError.message);
    }
  }

  const title = platform === "IOS" ? "Add iOS app" : "Add Android app";
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          {platform === "IOS" ? (
            <>
              <TextInput
                label="Team ID"
                description="10 letters and digits, from the app's Apple developer account"
                autoComplete="off"
                data-autofocus
                {...form.getInputProps("teamId")}
              />
              <TextInput
                label="Bundle id"
                placeholder="com.example.app"
                autoComplete="off"
                {...form.getInputProps("bundleId")}
              />
            </>
          ) : (
            <>
              <TextInput
                label="Package name"
                placeholder="com.example.app"
                autoComplete="off"
                data-autofocus
                {...form.getInputProps("packageName")}
              />
              <Textarea
                label="SHA-256 certificate fingerprints"
                description="One per line: the Play App Signing key, the upload key, debug keys. AA:BB:… or plain hex."
                rows={4}
                styles={{ input: { fontFamily: "monospace" } }}
                {...form.getInputProps("certificateFingerprints")}
              />
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={ios.loading || android.loading}>
              Register app
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
