import { useQuery } from "@apollo/client/react";
import { Group, MultiSelect, Select, Stack, Text, ThemeIcon, Timeline } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAlertTriangle, IconCircleCheck, IconCircleDot, IconInfoCircle } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { AuditEventType } from "../../graphql/enums";
import { ConnectionView } from "../../ui/ConnectionView";
import { ExportButton } from "../../ui/ExportButton";
import { Time } from "../../ui/RelativeTime";
import { EmptyState } from "../../ui/QueryState";
import { useAuthenticatorNames } from "../passkey-settings/authenticatorNames";
import { OrganisationUsersQuery } from "../users/operations";
import { eventDetails, eventLabels, eventSentence, eventTone, type EventTone } from "./eventText";
import { AuditEventsQuery } from "./operations";

const toneStyle: Record<EventTone, { color: string; icon: typeof IconCircleDot }> = {
  good: { color: "teal", icon: IconCircleCheck },
  bad: { color: "red", icon: IconAlertTriangle },
  warning: { color: "orange", icon: IconInfoCircle },
  neutral: { color: "gray", icon: IconCircleDot },
};

const pageSize = 30;
const isType = (value: string): value is AuditEventType => value in AuditEventType;
const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d\d-\d\d$/.test(value);

/**
 * The filters, kept in the address (types=A,B&person=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD, days inclusive) so that a
 * filtered feed can be bookmarked, shared and reloaded; other parameters of the page (a tab) are kept.
 */
function useActivityFilters() {
  const [params, setParams] = useSearchParams();
  const types = (params.get("types") ?? "").split(",").filter(isType);
  const person = params.get("person");
  const from = isDay(params.get("from")) ? params.get("from") : null;
  const to = isDay(params.get("to")) ? params.get("to") : null;
  // From the address as it is now, not as this render saw it: two filter changes in quick succession would
  // otherwise each start from the same old parameters, and the second would undo the first.
  const set = (changes: Record<string, string | null>) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  // The API takes instants: from the start of the first day to the start of the day after the last, here.
  const variables = {
    types: types.length ? types : null,
    userId: person,
    from: from ? dayjs(from).startOf("day").toISOString() : null,
    to: to ? dayjs(to).add(1, "day").startOf("day").toISOString() : null,
  };
  return { types, person, from, to, set, variables };
}

/** The organisation's audit trail, newest first, in sentences, with filters and a CSV export. */
export function AuditFeed({ organisationId }: { organisationId: string }) {
  const filters = useActivityFilters();
  const { types, person, from, to, set, variables } = filters;
  const authenticatorNames = useAuthenticatorNames();
  const query = useQuery(AuditEventsQuery, {
    variables: { organisationId, first: pageSize, ...variables },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const events = query.data?.organisation?.auditEvents;
  const filtered = Boolean(types.length || person || from || to);
  const exportQuery = new URLSearchParams(
    Object.entries(variables).flatMap(([key, value]) =>
      value === null ? [] : [[key, Array.isArray(value) ? value.join(",") : value]],
    ),
  ).toString();

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <PersonFilter organisationId={organisationId} value={person} onChange={(id) => set({ person: id })} />
        <MultiSelect
          label="Event types"
          placeholder={types.length ? undefined : "All events"}
          data={(Object.keys(eventLabels) as AuditEventType[]).map((value) => ({
            value,
            label: eventLabels[value],
          }))}
          value={types}
          onChange={(value) => set({ types: value.join(",") || null })}
          clearable
          searchable
          style={{ flex: "2 1 280px" }}
        />
        <DatePickerInput
          type="range"
          label="Dates"
          placeholder="Any date"
          allowSingleDateInRange
          clearable
          maxDate={dayjs().format("YYYY-MM-DD")}
          valueFormat="D MMM YYYY"
          value={[from, to]}
          onChange={([start, end]) => {
            if ((start && end) || (!start && !end)) set({ from: start, to: end });
          }}
          style={{ flex: "1 1 220px" }}
        />
        <ExportButton
          href={`/exports/organisations/${organisationId}/activity.csv${exportQuery ? `?${exportQuery}` : ""}`}
        />
      </Group>
      <ConnectionView
        connection={events}
        query={query}
        what="events"
        empty={
          <EmptyState title={filtered ? "No events match" : "No activity yet"}>
            {filtered
              ? "Try other filters, or clear them."
              : "Sign-ins, policy changes and passkey events will appear here."}
          </EmptyState>
        }
        end={
          <Text size="sm" c="dimmed" ta="center">
            That is everything.
          </Text>
        }
      >
        {(list) => (
          <Timeline bulletSize={26} lineWidth={2} aria-label="Activity, newest first">
            {list.edges.map(({ node: event }) => {
              const tone = toneStyle[eventTone(event.type)];
              const authenticatorName = (aaguid: string) => authenticatorNames[aaguid.toLowerCase()];
              return (
                <Timeline.Item
                  key={event.id}
                  bullet={
                    <ThemeIcon size={26} radius="xl" color={tone.color} variant="light" aria-hidden>
                      <tone.icon size={14} />
                    </ThemeIcon>
                  }
                  title={eventSentence(event, authenticatorName)}
                >
                  {eventDetails(event.data, { type: event.type, authenticatorName }).map((line) => (
                    <Text size="xs" c="dimmed" key={line}>
                      {line}
                    </Text>
                  ))}
                  <Time iso={event.createdAt} as="relative" size="xs" c="dimmed" mt={2} display="block" />
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </ConnectionView>
    </Stack>
  );
}

/** A person of the organisation, found by name or email as the admin types. */
function PersonFilter({
  organisationId,
  value,
  onChange,
}: {
  organisationId: string;
  value: string | null;
  onChange: (userId: string | null) => void;
}) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // Labels of everyone seen so far: the chosen person stays shown when a later search does not list them, and
  // the label Mantine puts in the box once someone is chosen is not searched for.
  const [known] = useState(() => new Map<string, string>());
  const searching = debounced && ![...known.values()].includes(debounced) ? debounced : null;
  const { data } = useQuery(OrganisationUsersQuery, {
    variables: { organisationId, first: 20, search: searching },
  });
  const options = (data?.organisation?.users.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.displayName} (${node.email})`,
  }));
  for (const option of options) known.set(option.value, option.label);
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: known.get(value) ?? "The chosen person" });
  }
  return (
    <Select
      label="Person"
      placeholder="Everyone"
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id) => onChange(id)}
      onSearchChange={setSearch}
      nothingFoundMessage="Nobody by that name or email"
      filter={({ options: all }) => all}
      style={{ flex: "1 1 240px" }}
    />
  );
}
