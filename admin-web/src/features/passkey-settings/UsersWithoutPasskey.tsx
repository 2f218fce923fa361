import { useQuery } from "@apollo/client/react";
import { Card, Group, SegmentedControl, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { PasskeyStatus } from "../../graphql/graphql";
import { plural, shownOf } from "../../lib/words";
import { ConnectionView } from "../../ui/ConnectionView";
import { ExportButton } from "../../ui/ExportButton";
import { RelativeTime } from "../../ui/RelativeTime";
import { ListTable } from "../../ui/ListTable";
import { EmptyState } from "../../ui/QueryState";
import { UsersWithoutPasskeyQuery } from "./operations";

/** The people an admin still has to win over: never asked, or asked and skipped; with a CSV for their own mailing. */
export function UsersWithoutPasskey({ organisationId }: { organisationId: string }) {
  const [status, setStatus] = useState<Extract<PasskeyStatus, "PENDING" | "SKIPPED">>("SKIPPED");
  const query = useQuery(UsersWithoutPasskeyQuery, {
    variables: { id: organisationId, status },
    notifyOnNetworkStatusChange: true,
  });
  const users = query.data?.organisation?.users;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="without-passkey-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} fz="lg" id="without-passkey-title">
          Who still needs to set up
        </Title>
        <ExportButton href={`/exports/organisations/${organisationId}/users-without-passkey.csv`} />
      </Group>
      <SegmentedControl
        mb="sm"
        aria-label="Which people"
        value={status}
        onChange={(value) => setStatus(value as typeof status)}
        data={[
          { value: "SKIPPED", label: "Skipped" },
          { value: "PENDING", label: "Not asked yet" },
        ]}
      />
      <ConnectionView
        connection={users}
        query={query}
        what="people"
        empty={
          <EmptyState title={status === "SKIPPED" ? "Nobody has skipped" : "Everyone has been asked"}>
            {status === "SKIPPED"
              ? "Nobody chose “Do this later”."
              : "Every user has been offered a passkey at least once."}
          </EmptyState>
        }
      >
        {(list) => (
          <ListTable
            caption={shownOf(list.edges.length, list.totalCount, "person", "people")}
            headers={["Name", "Email", "Skipped", "Last sign-in"]}
            minWidth={560}
          >
            {list.edges.map(({ node: user }) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: "break-all" }}>
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>{user.passkeySkipCount === 0 ? "Never" : plural(user.passkeySkipCount, "time")}</Table.Td>
                <Table.Td>
                  <RelativeTime iso={user.lastSignInAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </ConnectionView>
    </Card>
  );
}
