import { Text } from "@mantine/core";
import { formatDateTime, formatRelative } from "./dates";

/** "3 days ago", with the exact time on hover; "Never" when there is none. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  return (
    <Text size="sm" title={iso ? formatDateTime(iso) : undefined}>
      {formatRelative(iso)}
    </Text>
  );
}
