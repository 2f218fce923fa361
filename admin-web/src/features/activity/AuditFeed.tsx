import { useQuery } from "@apollo/client/react";
import { Button, Group, MultiSelect, Stack, Text, ThemeIcon, Timeline, VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleDot, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { AuditEventType } from "../../graphql/graphql";
import { formatDateTime, formatRelative } from "../../ui/dates";
import { EmptyState, ErrorState, LoadingState } from "../../ui/QueryState";
import { eventDetails, eventLabels, eventTone, type EventTone } from "./eventText";
import { AuditEventsQuery } from "./operations";

const toneStyle: Record<EventTone, { color: string; icon: typeof IconCircleDot }> = {
  good: { color: "teal", icon: IconCircleCheck },
  bad: { color: "red", icon: IconAlertTriangle },
  warning: { color: "orange", icon: IconInfoCircle },
  neutral: { color: "gray", icon: IconCircleDot },
};

const pageSize = 30;

/** The organisation's audit trail, newest first. */
export function AuditFeed({ organisationId }: { organisationId: string }) {
  const [types, setTypes] = useState<AuditEventType[]>([]);
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditEventsQuery, {
    variables: {
      organisationId,
      first: pageSize,
      types: types.length ? types : null,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const events = data?.organisation?.auditEvents;

  return (
    <Stack gap="md">
      <MultiSelect
        label="Event types"
        placeholder={types.length ? undefined : "All events"}
        data={(Object.keys(eventLabels) as AuditEventType[]).map((value) => ({
          value,
          label: eventLabels[value],
        }))}
        value={types}
        onChange={(value) => setTypes(value as AuditEventType[])}
        clearable
        searchable
        maw={560}
      />
      {error && !events ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !events ? (
        <LoadingState label="Loading activity…" />
      ) : events.edges.length === 0 ? (
        <EmptyState title={types.length ? "No events of these types" : "No activity yet"}>
          {types.length ? "Try other event types." : "Sign-ins, policy changes and passkey events will appear here."}
        </EmptyState>
      ) : (
        <>
          <Timeline bulletSize={26} lineWidth={2} aria-label="Activity, newest first">
            {events.edges.map(({ node: event }) => {
              const tone = toneStyle[eventTone(event.type)];
              const actor = event.actor?.displayName;
              const subject = event.subject && event.subject.id !== event.actor?.id ? event.subject.displayName : null;
              return (
                <Timeline.Item
                  key={event.id}
                  bullet={
                    <ThemeIcon size={26} radius="xl" color={tone.color} variant="light" aria-hidden>
                      <tone.icon size={14} />
                    </ThemeIcon>
                  }
                  title={eventLabels[event.type] ?? event.type}
                >
                  <Text size="sm">
                    {actor ?? "Someone not signed in"}
                    {subject ? ` → ${subject}` : ""}
                  </Text>
                  {eventDetails(event.data).map((line) => (
                    <Text size="xs" c="dimmed" key={line}>
                      {line}
                    </Text>
                  ))}
                  <Text size="xs" c="dimmed" mt={2} title={formatDateTime(event.createdAt)}>
                    <time dateTime={event.createdAt}>{formatRelative(event.createdAt)}</time>
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
          <Group justify="center">
            {events.pageInfo.hasNextPage ? (
              <Button
                variant="default"
                loading={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: events.pageInfo.endCursor },
                  })
                }
              >
                Load more<VisuallyHidden> events</VisuallyHidden>
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                That is everything.
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
