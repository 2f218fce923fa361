import { useQuery } from "@apollo/client/react";
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { roleLabels } from "../../app/viewer";
import type { PasskeyStatus, Role } from "../../graphql/graphql";
import { formatRelative } from "../../ui/dates";
import { EmptyState, ErrorState, LoadingState } from "../../ui/QueryState";
import { passkeyStatusColors, passkeyStatusLabels } from "./labels";
import { OrganisationUsersQuery } from "./operations";

const pageSize = 25;

export function UsersTable({
  organisationId,
  userPath,
}: {
  organisationId: string;
  /** Where a row leads; the email travels along so the user page finds the user in one query. */
  userPath: (userId: string) => string;
}) {
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<PasskeyStatus | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationUsersQuery, {
    variables: {
      organisationId,
      first: pageSize,
      search: debouncedSearch || null,
      passkeyStatus: status,
      role,
    },
    notifyOnNetworkStatusChange: true,
  });
  const users = data?.organisation?.users;
  const filtered = Boolean(debouncedSearch || status || role);

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name or email"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: "1 1 220px" }}
          type="search"
        />
        <Select
          label="Passkey status"
          placeholder="Any status"
          clearable
          data={(Object.keys(passkeyStatusLabels) as PasskeyStatus[]).map((value) => ({
            value,
            label: passkeyStatusLabels[value],
          }))}
          value={status}
          onChange={(value) => setStatus(value as PasskeyStatus | null)}
          w={{ base: "100%", xs: 180 }}
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={(["EMPLOYEE", "APP_EDITOR", "ORG_ADMIN"] as Role[]).map((value) => ({
            value,
            label: roleLabels[value],
          }))}
          value={role}
          onChange={(value) => setRole(value as Role | null)}
          w={{ base: "100%", xs: 180 }}
        />
      </Group>

      {error && !users ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !users ? (
        <LoadingState label="Loading users…" />
      ) : users.edges.length === 0 ? (
        <EmptyState title={filtered ? "No users match" : "No users yet"}>
          {filtered ? "Try another search or clear the filters." : "Add the first user of this organisation."}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>
                {users.edges.length} of {users.totalCount} users
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Passkey status</Table.Th>
                  <Table.Th>Last sign-in</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.edges.map(({ node: user }) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text component={Link} to={userPath(user.id)} fw={500} c="blue" td="underline" size="sm">
                        {user.displayName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ wordBreak: "break-all" }}>
                        {user.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{roleLabels[user.role]}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={passkeyStatusColors[user.passkeyStatus]}>
                        {passkeyStatusLabels[user.passkeyStatus]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={user.lastSignInAt ?? undefined}>
                        {formatRelative(user.lastSignInAt)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {users.pageInfo.hasNextPage && (
            <Button
              variant="default"
              loading={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: users.pageInfo.endCursor },
                })
              }
              style={{ alignSelf: "center" }}
            >
              Load more
              <VisuallyHidden> users</VisuallyHidden>
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
