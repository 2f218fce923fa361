import { Text, type TextProps } from "@mantine/core";
import { formatDate, formatDateTime, formatExact, formatRelative } from "./dates";

const shown = { relative: formatRelative, date: formatDate, dateTime: formatDateTime } as const;

/**
 * A date as the console shows every date: a <time> in words ("3 days ago", "2 December 2026" or
 * "2 Dec 2026, 14:05"), with the exact instant on hover; `fallback` when there is none.
 */
export function Time({
  iso,
  as = "dateTime",
  fallback,
  ...text
}: { iso: string | null | undefined; as?: keyof typeof shown; fallback?: string } & TextProps) {
  if (!iso)
    return (
      <Text component="span" size="sm" {...text}>
        {fallback ?? shown[as](null)}
      </Text>
    );
  return (
    <Text component="span" size="sm" {...text}>
      <time dateTime={iso} title={formatExact(iso)}>
        {shown[as](iso)}
      </time>
    </Text>
  );
}

/** "3 days ago", with the exact time on hover; "Never" when there is none. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  return <Time iso={iso} as="relative" />;
}
