import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconInbox } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { toApiError } from "../lib/errors";

export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

export function ErrorState({
  error,
  onRetry,
  title = "This could not be loaded",
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{toApiError(error).message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="xl">
      <ThemeIcon variant="light" size="xl" radius="xl" color="gray" aria-hidden>
        <IconInbox size={22} />
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children && (
        <Text c="dimmed" size="sm" ta="center" maw={420}>
          {children}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The ladder every screen that loads data climbs: an error with a retry (only while there is nothing to show),
 * loading, empty, then the content. Data already on screen stays while a refetch runs.
 */
export function QueryView<T>({
  data,
  error,
  onRetry,
  loadingLabel,
  isEmpty,
  empty,
  children,
}: {
  data: T | null | undefined;
  error?: unknown;
  onRetry?: () => void;
  loadingLabel?: string;
  isEmpty?: (data: T) => boolean;
  /** Shown when isEmpty says so, usually an EmptyState. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (data === null || data === undefined) {
    return error ? <ErrorState error={error} onRetry={onRetry} /> : <LoadingState label={loadingLabel} />;
  }
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}

/** A screen about one thing (a user, an organisation): loading, an error, or "not found" once the answer lacks it. */
export function MissingView({
  loaded,
  error,
  onRetry,
  loadingLabel,
  title,
  children,
}: {
  loaded: boolean;
  error?: unknown;
  onRetry?: () => void;
  loadingLabel?: string;
  title: string;
  children: ReactNode;
}) {
  if (loaded) return <EmptyState title={title}>{children}</EmptyState>;
  return error ? <ErrorState error={error} onRetry={onRetry} /> : <LoadingState label={loadingLabel} />;
}
