import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { ViewerQuery } from "../../lib/viewer";
import type { PasskeyRequirement } from "../../graphql/graphql";
import { PageHeader } from "../../ui/PageHeader";
import { ErrorState, LoadingState } from "../../ui/QueryState";
import { AdoptionPanel } from "./AdoptionPanel";
import { Announcement } from "./Announcement";
import { useAuthenticatorNames } from "./authenticatorNames";
import { PasskeyPolicyImpactQuery, PasskeySettingsQuery, UpdatePasskeyPolicyMutation } from "./operations";
import { PolicyForm } from "./PolicyForm";
import { policySummary, scheduleNotes } from "./policyText";

const requirementColor: Record<PasskeyRequirement, string> = {
  OFF: "gray",
  OPTIONAL: "blue",
  MANDATORY: "teal",
};

export function PasskeySettingsPage() {
  const viewer = useSignedInViewer();
  const organisationId = viewer.organisation?.id;
  if (!organisationId) {
    return (
      <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
        Your account does not belong to an organisation.
      </Alert>
    );
  }
  return (
    <>
      <PageHeader title="Passkeys" description="Org Settings > Passkeys" />
      <PasskeySettings organisationId={organisationId} readOnly={viewer.user?.role !== "ORG_ADMIN"} />
    </>
  );
}

/** The policy, its adoption and the announcement; read-only for editors and for support's view. */
export function PasskeySettings({
  organisationId,
  readOnly,
  withAdoption = true,
  withAnnouncement = true,
}: {
  organisationId: string;
  readOnly: boolean;
  withAdoption?: boolean;
  withAnnouncement?: boolean;
}) {
  const client = useApolloClient();
  const authenticatorNames = useAuthenticatorNames();
  const { data, error, refetch } = useQuery(PasskeySettingsQuery, {
    variables: { id: organisationId },
  });
  const [updatePolicy] = useMutation(UpdatePasskeyPolicyMutation);
  const organisation = data?.organisation;

  if (!organisation) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return data ? <ErrorState error={new Error("This organisation was not found.")} /> : <LoadingState />;
  }
  const policy = organisation.passkeyPolicy;

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="requirement-title">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} fz="lg" id="requirement-title">
              Current requirement
            </Title>
            <Text data-testid="requirement-sentence">{policySummary(policy)}</Text>
            {scheduleNotes(policy, organisation.passkeysActivated).map((note) => (
              <Text key={note} size="sm" c="dimmed">
                {note}
              </Text>
            ))}
          </Stack>
          <Badge color={requirementColor[policy.requirement]} variant="light" size="lg">
            {policy.requirement.toLowerCase()}
          </Badge>
        </Group>
      </Card>

      <Card withBorder radius="md" padding="lg" component="section" aria-label="Policy">
        <PolicyForm
          key={organisationId}
          organisationId={organisationId}
          policy={policy}
          activated={organisation.passkeysActivated}
          readOnly={readOnly}
          authenticatorNames={authenticatorNames}
          onReview={async (input) => {
            const result = await client.query({
              query: PasskeyPolicyImpactQuery,
              variables: { input },
              fetchPolicy: "no-cache",
            });
            if (!result.data) throw result.error ?? new Error("The review could not be made.");
            return result.data.passkeyPolicyImpact;
          }}
          onSave={async (input) => {
            const result = await updatePolicy({ variables: { input } });
            const saved = result.data!.updatePasskeyPolicy;
            client.cache.writeQuery({
              query: PasskeySettingsQuery,
              variables: { id: organisationId },
              data: {
                ...data,
                organisation: { ...organisation, passkeyPolicy: saved },
              },
            });
            // The admin's own requirement follows the policy: a save can restrict their own session
            // (Force Passkey Setup before they have a passkey), and the auth gate must see it now.
            void client.refetchQueries({ include: [ViewerQuery] });
            return saved;
          }}
          onFetchLatest={async () => {
            const latest = await client.query({
              query: PasskeySettingsQuery,
              variables: { id: organisationId },
              fetchPolicy: "network-only",
            });
            const fresh = latest.data?.organisation?.passkeyPolicy;
            if (!fresh) throw latest.error ?? new Error("The current settings could not be read.");
            return fresh;
          }}
        />
      </Card>

      {withAdoption && <AdoptionPanel organisationId={organisationId} />}
      {withAnnouncement && <Announcement organisationName={organisation.name} policy={policy} />}
    </Stack>
  );
}
