import { useQuery } from "@apollo/client/react";
import { MultiSelect, Stack, Text, ThemeIcon, Timeline } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconCircleDot, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import type { AuditEventType } from "../../graphql/graphql";
import { formatDateTime, formatRelative } from "../../ui/dates";
import { ConnectionView } from "../../ui/ConnectionView";
import { EmptyState } from "../../ui/QueryState";
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
  const query = useQuery(AuditEventsQuery, {
    variables: {
      organisationId,
      first: pageSize,
      types: types.length ? types : null,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const events = query.data?.organisation?.auditEvents;

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
      <ConnectionView
        connection={events}
        query={query}
        what="events"
        empty={
          <EmptyState title={types.length ? "No events of these types" : "No activity yet"}>
            {types.length ? "Try other event types." : "Sign-ins, policy changes and passkey events will appear here."}
          </EmptyState>
        }
        end={
          <Text size="sm" c="dimmed" ta="center">
            That is everything.
          </Text>
        }
      >
        {(list) => (
          <>
            <Timeline bulletSize={26} lineWidth={2} aria-label="Activity, newest first">
              {list.edges.map(({ node: event }) => {
                const tone = toneStyle[eventTone(event.type)];
                const actor = event.actor?.displayName;
                const subject =
                  event.subject && event.subject.id !== event.actor?.id ? event.subject.displayName : null;
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
          </>
        )}
      </ConnectionView>
    </Stack>
  );
}
