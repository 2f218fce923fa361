import { useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { formatDate } from "../../ui/dates";
import { PageHeader } from "../../ui/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../../ui/QueryState";
import { NewOrganisationModal } from "./NewOrganisationModal";
import { OrganisationsQuery } from "./operations";
import { PasskeyStateBadge } from "./PasskeyStateBadge";

export function OrganisationsPage() {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [creating, { open, close }] = useDisclosure(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(OrganisationsQuery, {
    variables: { first: 50, search: debounced || null },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const organisations = data?.organisations;

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
        <TextInput
          label="Search"
          placeholder="Name or slug"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
        {error && !organisations ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !organisations ? (
          <LoadingState label="Loading organisations…" />
        ) : organisations.edges.length === 0 ? (
          <EmptyState title={debounced ? "No organisation matches" : "No organisations yet"}>
            {debounced ? "Try another name or slug." : "Create the first organisation with “New organisation”."}
          </EmptyState>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption>
                  {organisations.edges.length} of {organisations.totalCount} organisations
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Slug</Table.Th>
                    <Table.Th>Passkeys</Table.Th>
                    <Table.Th>Created</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organisations.edges.map(({ node: organisation }) => (
                    <Table.Tr key={organisation.id}>
                      <Table.Td>
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
                      </Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {organisation.slug}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <PasskeyStateBadge
                          activated={organisation.passkeysActivated}
                          requirement={organisation.passkeyPolicy.requirement}
                        />
                      </Table.Td>
                      <Table.Td>{formatDate(organisation.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {organisations.pageInfo.hasNextPage && (
              <Button
                variant="default"
                loading={loading}
                style={{ alignSelf: "center" }}
                onClick={() =>
                  void fetchMore({
                    variables: { after: organisations.pageInfo.endCursor },
                  })
                }
              >
                Load more<VisuallyHidden> organisations</VisuallyHidden>
              </Button>
            )}
          </>
        )}
      </Stack>
      <NewOrganisationModal opened={creating} onClose={close} />
    </>
  );
}
