import { useQuery } from "@apollo/client/react";
import { Card, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { AuthMethod } from "../../graphql/graphql";
import { plural } from "../../lib/words";
import { QueryView } from "../../ui/QueryState";
import { PasskeyStatsQuery } from "./operations";
import { UsersWithoutPasskey } from "./UsersWithoutPasskey";

const SignInChart = lazy(() => import("./SignInChart"));
const AdoptionChart = lazy(() => import("./AdoptionChart"));

export const methodLabels: Record<AuthMethod, string> = {
  PASSKEY: "Passkey",
  PASSWORD: "Password",
  SIGN_IN_CODE: "Sign-in code",
};

function Stat({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

export function AdoptionPanel({ organisationId }: { organisationId: string }) {
  const { data, error, refetch } = useQuery(PasskeyStatsQuery, {
    variables: { id: organisationId },
    fetchPolicy: "cache-and-network",
  });

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="adoption-title">
        <Title order={2} fz="lg" id="adoption-title" mb="md">
          Adoption
        </Title>
        <QueryView
          data={data?.organisation?.passkeyStats}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel="Loading adoption…"
        >
          {(stats) => (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Stat
                  label="Users with a passkey"
                  value={stats.usersWithPasskey}
                  hint={`of ${plural(stats.totalUsers, "user")}`}
                />
                <Stat label="Skipped" value={stats.usersSkipped} hint="chose “Do this later”" />
                <Stat label="Pending" value={stats.usersPending} hint="not asked yet" />
                <Stat label="Adoption rate" value={`${Math.round(stats.adoptionRate * 100)}%`} />
              </SimpleGrid>
              {/* Each section is a progressbar, so each is named; the bar is their group. */}
              <Progress.Root size="lg" role="group" aria-label="Passkey adoption">
                {[
                  { label: "Passkey", name: "With a passkey", count: stats.usersWithPasskey, color: "teal" },
                  { label: "Skipped", name: "Skipped", count: stats.usersSkipped, color: "yellow" },
                  { label: "Pending", name: "Pending", count: stats.usersPending, color: "gray" },
                ].map((part) => (
                  <Progress.Section
                    key={part.label}
                    value={share(part.count, stats.totalUsers)}
                    color={part.color}
                    aria-label={part.name}
                  >
                    <Progress.Label>{part.label}</Progress.Label>
                  </Progress.Section>
                ))}
              </Progress.Root>
              <div>
                <Title order={3} fz="md" mb="xs">
                  Users with a passkey, last 30 days
                </Title>
                <Suspense fallback={<Skeleton h={220} />}>
                  <AdoptionChart data={stats.adoptionByDay} />
                </Suspense>
                <Text size="sm" c="dimmed" mt="xs">
                  {`${Math.round((stats.adoptionByDay.at(0)?.adoptionRate ?? 0) * 100)}% thirty days ago, ${Math.round(
                    (stats.adoptionByDay.at(-1)?.adoptionRate ?? 0) * 100,
                  )}% today.`}
                </Text>
              </div>
              <div>
                <Title order={3} fz="md" mb="xs">
                  Sign-ins by method, last 30 days
                </Title>
                {stats.signInsByMethod.every((s) => s.count === 0) ? (
                  <Text c="dimmed" size="sm">
                    No sign-ins in the last 30 days.
                  </Text>
                ) : (
                  <>
                    <Suspense fallback={<Skeleton h={220} />}>
                      <SignInChart
                        data={stats.signInsByMethod.map((s) => ({
                          method: methodLabels[s.method],
                          count: s.count,
                        }))}
                      />
                    </Suspense>
                    <Group gap="lg" mt="xs" component="ul" style={{ listStyle: "none", padding: 0 }}>
                      {stats.signInsByMethod.map((s) => (
                        <Text component="li" size="sm" key={s.method}>
                          {methodLabels[s.method]}: <b>{s.count}</b>
                        </Text>
                      ))}
                    </Group>
                  </>
                )}
              </div>
            </Stack>
          )}
        </QueryView>
      </Card>
      <UsersWithoutPasskey organisationId={organisationId} />
    </Stack>
  );
}

function share(part: number, total: number) {
  return total === 0 ? 0 : (part / total) * 100;
}
