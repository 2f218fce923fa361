import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Card, Code, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconBrandAndroid, IconBrandApple, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import type { AppPlatform, AppRegistrationFieldsFragment, PasskeyRequirement } from "../../graphql/graphql";
import { confirmAction } from "../../ui/confirm";
import { notifyError } from "../../ui/notify";
import { formatDate } from "../../ui/dates";
import { ErrorState, LoadingState } from "../../ui/QueryState";
import { plural } from "../../lib/words";
import { AddAppModal } from "./AddAppModal";
import { OrganisationAppsQuery, RemoveAppMutation } from "./operations";

const files: Record<AppPlatform, { title: string; file: string; path: string }> = {
  IOS: {
    title: "iOS apps",
    file: "apple-app-site-association",
    path: "/.well-known/apple-app-site-association",
  },
  ANDROID: { title: "Android apps", file: "assetlinks.json", path: "/.well-known/assetlinks.json" },
};

/**
 * Support's warning: with passkeys activated and no app registered, the organisation's own
 * apps cannot create or use passkeys (only the web can).
 */
export function NoAppsWarning({
  organisationName,
  passkeysActivated,
  requirement,
  appCount,
}: {
  organisationName: string;
  passkeysActivated: boolean;
  requirement: PasskeyRequirement;
  appCount: number;
}) {
  if (!passkeysActivated || appCount > 0) return null;
  const on = requirement !== "OFF";
  return (
    <Alert
      color={on ? "orange" : "yellow"}
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="No app registered"
      role="alert"
    >
      {on
        ? `Passkeys are on for ${organisationName}, but none of its apps is registered: employees cannot create or use passkeys in its iOS and Android apps.`
        : `Passkeys are activated for ${organisationName}, but none of its apps is registered: register its iOS and Android apps before its admins turn passkeys on.`}{" "}
      Add them under Apps.
    </Alert>
  );
}

/** The organisation's apps as the two association files show them; support adds and removes them. */
export function AppsPanel({ organisationId }: { organisationId: string }) {
  const { data, error, refetch } = useQuery(OrganisationAppsQuery, { variables: { id: organisationId } });
  const [adding, setAdding] = useState<AppPlatform>("IOS");
  const [opened, { open, close }] = useDisclosure(false);
  const apps = data?.organisation?.apps;

  if (!apps) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        iOS and Android let an app use this service&apos;s passkeys only when the service&apos;s domain names the app in
        one of these files. Changes are published at once.
      </Text>
      {(["IOS", "ANDROID"] as const).map((platform) => (
        <Stack key={platform} gap="xs">
          <Group justify="space-between">
            <Group gap="xs">
              {platform === "IOS" ? <IconBrandApple aria-hidden /> : <IconBrandAndroid aria-hidden />}
              <Title order={3} size="h4">
                {files[platform].title}
              </Title>
              <Text size="sm" c="dimmed">
                in{" "}
                <Anchor href={files[platform].path} target="_blank" rel="noreferrer" ff="monospace" size="sm">
                  {files[platform].file}
                </Anchor>
              </Text>
            </Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => {
                setAdding(platform);
                open();
              }}
            >
              {platform === "IOS" ? "Add iOS app" : "Add Android app"}
            </Button>
          </Group>
          {apps.filter((a) => a.platform === platform).length === 0 ? (
            <Text size="sm" c="dimmed">
              {platform === "IOS" ? "No iOS app registered." : "No Android app registered."}
            </Text>
          ) : (
            apps.filter((a) => a.platform === platform).map((app) => <AppCard key={app.id} app={app} />)
          )}
        </Stack>
      ))}
      <AddAppModal organisationId={organisationId} platform={adding} opened={opened} onClose={close} />
    </Stack>
  );
}

function AppCard({ app }: { app: AppRegistrationFieldsFragment }) {
  const [remove, { loading }] = useMutation(RemoveAppMutation, {
    refetchQueries: ["OrganisationApps", "SupportOrganisation", "AuditEvents"],
  });
  const file = files[app.platform].file;

  async function removeApp() {
    try {
      await remove({ variables: { id: app.id } });
      notifications.show({ color: "teal", title: "App removed", message: `${app.appId} is no longer in ${file}.` });
    } catch (e) {
      notifyError("Nothing changed", e);
    }
  }

  return (
    <Card withBorder padding="sm" data-testid={`app-${app.appId}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} ff="monospace">
              {app.appId}
            </Text>
            <Text size="xs" c="dimmed">
              {app.platform === "IOS"
                ? `Team ID ${app.teamId} · bundle id ${app.bundleId}`
                : plural(app.certificateFingerprints.length, "signing certificate")}{" "}
              · added {formatDate(app.createdAt)}
            </Text>
          </div>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            loading={loading}
            aria-label={`Remove ${app.appId}`}
            onClick={() =>
              confirmAction({
                title: `Remove ${app.appId}?`,
                body: `It leaves ${file} at once. Its users can no longer create or use passkeys in this app until it is added again.`,
                confirmLabel: "Remove app",
                onConfirm: removeApp,
              })
            }
          >
            Remove
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          In {file}:
        </Text>
        <Code block aria-label={`${app.appId} in ${file}`}>
          {app.associationEntry}
        </Code>
        {app.origins.length > 0 && (
          <>
            <Text size="xs" c="dimmed">
              Accepted origins:
            </Text>
            <Code block>{app.origins.join("\n")}</Code>
          </>
        )}
      </Stack>
    </Card>
  );
}
