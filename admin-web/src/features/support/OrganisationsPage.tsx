import { useQuery } from "@apollo/client/react";
import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { OrganisationSort, SortDirection } from "../../graphql/graphql";
import { plural, shownOf } from "../../lib/words";
import { ConnectionView } from "../../ui/ConnectionView";
import { ResponsiveTable } from "../../ui/ResponsiveTable";
import { PageHeader } from "../../ui/PageHeader";
import { EmptyState } from "../../ui/QueryState";
import { Time } from "../../ui/RelativeTime";
import { NewOrganisationModal } from "./NewOrganisationModal";
import { OrganisationsQuery } from "./operations";
import { PasskeyStateBadge } from "./PasskeyStateBadge";

/** The orders support can read the list in; the key is kept in the address (?sort=users-desc). */
export const organisationOrders: {
  value: string;
  label: string;
  sort: OrganisationSort | null;
  direction: SortDirection;
}[] = [
  { value: "created", label: "Oldest first", sort: null, direction: "ASC" },
  { value: "created-desc", label: "Newest first", sort: "CREATED", direction: "DESC" },
  { value: "name", label: "Name, A to Z", sort: "NAME", direction: "ASC" },
  { value: "users-desc", label: "Most users", sort: "USERS", direction: "DESC" },
  { value: "users", label: "Fewest users", sort: "USERS", direction: "ASC" },
  { value: "adoption-desc", label: "Highest adoption", sort: "ADOPTION", direction: "DESC" },
  { value: "adoption", label: "Lowest adoption", sort: "ADOPTION", direction: "ASC" },
  { value: "activity-desc", label: "Latest activity", sort: "LAST_ACTIVITY", direction: "DESC" },
  { value: "activity", label: "Longest quiet", sort: "LAST_ACTIVITY", direction: "ASC" },
];

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

export function OrganisationsPage() {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [creating, { open, close }] = useDisclosure(false);
  const [params, setParams] = useSearchParams();
  const order = organisationOrders.find((o) => o.value === params.get("sort")) ?? organisationOrders[0];
  const query = useQuery(OrganisationsQuery, {
    variables: {
      first: 50,
      search: debounced || null,
      sort: order.sort,
      direction: order.sort ? order.direction : null,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const organisations = query.data?.organisations;

  return (
    <>
      <PageHeader
        title="Organisations"
        description="Every organisation on the platform and where it is with passkeys."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            New organisation
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Name or slug"
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: "1 1 260px", maxWidth: 420 }}
          />
          <Select
            label="Sort by"
            data={organisationOrders.map(({ value, label }) => ({ value, label }))}
            value={order.value}
            allowDeselect={false}
            onChange={(value) => setParams(value && value !== "created" ? { sort: value } : {}, { replace: true })}
            style={{ flex: "0 1 220px" }}
          />
        </Group>
        <ConnectionView
          connection={organisations}
          query={query}
          what="organisations"
          empty={
            <EmptyState title={debounced ? "No organisation matches" : "No organisations yet"}>
              {debounced ? "Try another name or slug." : "Create the first organisation with “New organisation”."}
            </EmptyState>
          }
        >
          {(list) => (
            <ResponsiveTable
              caption={`${shownOf(list.edges.length, list.totalCount, "organisation")}, ${order.label.toLowerCase()}`}
              rows={list.edges.map((edge) => edge.node)}
              rowKey={(organisation) => organisation.id}
              minWidth={860}
              rowTestId="organisation-row"
              columns={[
                {
                  header: "Name",
                  cell: (organisation) => (
                    <Text
                      component={Link}
                      to={`/support/organisations/${organisation.id}`}
                      fw={500}
                      size="sm"
                      c="blue"
                      td="underline"
                    >
                      {organisation.name}
                    </Text>
                  ),
                },
                {
                  header: "Slug",
                  cell: (organisation) => (
                    <Text ff="monospace" size="sm">
                      {organisation.slug}
                    </Text>
                  ),
                },
                {
                  header: "Passkeys",
                  cell: (organisation) => (
                    <PasskeyStateBadge
                      activated={organisation.passkeysActivated}
                      requirement={organisation.passkeyPolicy.requirement}
                    />
                  ),
                },
                { header: "Users", cell: (organisation) => organisation.summary.users },
                {
                  header: "Adoption",
                  cell: ({ summary }) => (
                    <Text
                      size="sm"
                      title={`${summary.usersWithPasskey} of ${plural(summary.users, "user")} have a passkey`}
                    >
                      {summary.users ? percent(summary.adoptionRate) : "No users"}
                    </Text>
                  ),
                },
                {
                  header: "Last activity",
                  cell: (organisation) => (
                    <Time iso={organisation.summary.lastActivityAt} as="relative" fallback="None yet" />
                  ),
                },
                { header: "Created", cell: (organisation) => <Time iso={organisation.createdAt} as="date" /> },
              ]}
            />
          )}
        </ConnectionView>
      </Stack>
      <NewOrganisationModal opened={creating} onClose={close} />
    </>
  );
}
