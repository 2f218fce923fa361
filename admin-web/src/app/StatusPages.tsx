import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useRouteError } from "react-router";

function StatusPage({
  code,
  title,
  action,
  children,
}: {
  code: string;
  title: string;
  action?: ReactNode;
  children: string;
}) {
  useDocumentTitle(`${title} · Passkeys admin`);
  return (
    <Stack align="flex-start" gap="sm" py="xl" maw={560}>
      <Text c="dimmed" fw={700} size="sm">
        {code}
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{children}</Text>
      <Group gap="sm">
        {action}
        {/* A plain link: it works even when the router itself is what failed. */}
        <Button component="a" href="/" variant="light">
          Go to the start page
        </Button>
      </Group>
    </Stack>
  );
}

export function NotFoundPage() {
  return (
    <StatusPage code="404" title="Page not found">
      There is no page at this address. Check the link, or use the menu to find what you need.
    </StatusPage>
  );
}

export function ForbiddenPage() {
  return (
    <StatusPage code="403" title="You do not have access to this page">
      Your role does not include this page. If you need it, ask an administrator of your organisation.
    </StatusPage>
  );
}

/** What a browser throws when a screen's code file is gone: the tab is older than the release on the server. */
const staleChunk =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

/**
 * Every route's error boundary: plain words and a way on, never the router's developer page. A screen whose code
 * cannot be loaded any more means a new version was released since the tab opened: a reload fetches it.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : "";
  if (staleChunk.test(message)) {
    return (
      <StatusPage
        code="New version"
        title="A new version is available"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        The console was updated since you opened this tab. Reload to use the new version; nothing you saved is lost.
      </StatusPage>
    );
  }
  return (
    <StatusPage
      code="Error"
      title="Something went wrong"
      action={<Button onClick={() => window.location.reload()}>Reload the page</Button>}
    >
      This page could not be shown. Reload it, or go to the start page. If it happens again, tell your administrator
      what you were doing.
    </StatusPage>
  );
}
