import { Button, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { Link } from "react-router";

function StatusPage({ code, title, children }: { code: string; title: string; children: string }) {
  useDocumentTitle(`${title} · Passkeys admin`);
  return (
    <Stack align="flex-start" gap="sm" py="xl" maw={560}>
      <Text c="dimmed" fw={700} size="sm">
        {code}
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{children}</Text>
      <Button component={Link} to="/" variant="light">
        Go to the start page
      </Button>
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
