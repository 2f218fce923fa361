import { useQuery } from "@apollo/client/react";
import { Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { roleLabels, roleOptions } from "../../lib/viewer";
import type { PasskeyStatus, Role } from "../../graphql/graphql";
import { RelativeTime } from "../../ui/RelativeTime";
import { shownOf } from "../../lib/words";
import { ConnectionView } from "../../ui/ConnectionView";
import { ResponsiveTable } from "../../ui/ResponsiveTable";
import { EmptyState } from "../../ui/QueryState";
import { passkeyStatusLabels } from "./labels";
import { UserBadges } from "./UserBadges";
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
  const query = useQuery(OrganisationUsersQuery, {
    variables: {
      organisationId,
      first: pageSize,
      search: debouncedSearch || null,
      passkeyStatus: status,
      role,
    },
    notifyOnNetworkStatusChange: true,
  });
  const users = query.data?.organisation?.users;
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
          data={roleOptions}
          value={role}
          onChange={(value) => setRole(value as Role | null)}
          w={{ base: "100%", xs: 180 }}
        />
      </Group>

      <ConnectionView
        connection={users}
        query={query}
        what="users"
        empty={
          <EmptyState title={filtered ? "No users match" : "No users yet"}>
            {filtered ? "Try another search or clear the filters." : "Add the first user of this organisation."}
          </EmptyState>
        }
      >
        {(list) => (
          <ResponsiveTable
            caption={shownOf(list.edges.length, list.totalCount, "user")}
            rows={list.edges.map((edge) => edge.node)}
            rowKey={(user) => user.id}
            minWidth={640}
            columns={[
              {
                header: "Name",
                cell: (user) => (
                  <Text component={Link} to={userPath(user.id)} fw={500} c="blue" td="underline" size="sm">
                    {user.displayName}
                  </Text>
                ),
              },
              {
                header: "Email",
                cell: (user) => (
                  <Text size="sm" style={{ wordBreak: "break-all" }}>
                    {user.email}
                  </Text>
                ),
              },
              { header: "Role", cell: (user) => roleLabels[user.role] },
              {
                header: "Passkey status",
                cell: (user) => <UserBadges user={user} />,
              },
              { header: "Last sign-in", cell: (user) => <RelativeTime iso={user.lastSignInAt} /> },
            ]}
          />
        )}
      </ConnectionView>
    </Stack>
  );
}
