import { useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { formatDate } from "../../ui/dates";
import { PageHeader } from "../../ui/PageHeader";
import { shownOf } from "../../lib/words";
import { ConnectionView } from "../../ui/ConnectionView";
import { ListTable } from "../../ui/ListTable";
import { EmptyState } from "../../ui/QueryState";
import { NewOrganisationModal } from "./NewOrganisationModal";
import { OrganisationsQuery } from "./operations";
import { PasskeyStateBadge } from "./PasskeyStateBadge";

export function OrganisationsPage() {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [creating, { open, close }] = useDisclosure(false);
  const query = useQuery(OrganisationsQuery, {
    variables: { first: 50, search: debounced || null },
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
        <TextInput
          label="Search"
          placeholder="Name or slug"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
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
            <>
              <ListTable
                caption={shownOf(list.edges.length, list.totalCount, "organisation")}
                headers={["Name", "Slug", "Passkeys", "Created"]}
                minWidth={560}
              >
                {list.edges.map(({ node: organisation }) => (
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
              </ListTable>
            </>
          )}
        </ConnectionView>
      </Stack>
      <NewOrganisationModal opened={creating} onClose={close} />
    </>
  );
}
