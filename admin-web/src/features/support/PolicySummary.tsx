import { useQuery } from "@apollo/client/react";
import { Card, Stack, Table, Text, Title } from "@mantine/core";
import type { PolicyFieldsFragment } from "../../graphql/graphql";
import { roleLabels } from "../../lib/viewer";
import { plural, userVerificationWords } from "../../lib/words";
import { formatDate, formatDateTime } from "../../ui/dates";
import { QueryView } from "../../ui/QueryState";
import { useAuthenticatorNames } from "../passkey-settings/authenticatorNames";
import { PasskeySettingsQuery } from "../passkey-settings/operations";

/** Where the organisation stands, said to support: what support can do, and what only its admins can. */
export function supportStatusSentence(
  name: string,
  activated: boolean,
  policy: Pick<PolicyFieldsFragment, "enabled" | "enabledFrom" | "requirement">,
  now = new Date(),
): string {
  if (!activated)
    return `Passkeys are not activated for ${name}. Its admins cannot turn them on until you activate them.`;
  if (!policy.enabled) return `You have activated passkeys for ${name}; its admins have not turned them on yet.`;
  if (policy.requirement === "OFF" && policy.enabledFrom && new Date(policy.enabledFrom) > now) {
    return `${name}'s admins have scheduled passkeys to switch on on ${formatDate(policy.enabledFrom)}.`;
  }
  return policy.requirement === "MANDATORY"
    ? `Passkeys are mandatory at ${name}: employees must create one before they continue.`
    : `Passkeys are optional at ${name}: employees are offered one and may skip.`;
}

/** The policy as facts, one row each, for support to read (only the organisation's admins change it). */
export function policyFacts(
  policy: PolicyFieldsFragment,
  authenticatorName: (aaguid: string) => string | undefined,
): { label: string; value: string }[] {
  const yesNo = (value: boolean) => (value ? "Yes" : "No");
  return [
    { label: "Turned on by its admins", value: yesNo(policy.enabled) },
    { label: "Switch-on date", value: formatDate(policy.enabledFrom, "As soon as it is turned on") },
    { label: "Force Passkey Setup", value: yesNo(policy.forcePasskeySetup) },
    { label: "Mandatory from", value: formatDate(policy.forceSetupFrom, "No date set") },
    {
      label: "Ask again after a skip",
      value: policy.remindAfterDays === null ? "Never" : `After ${plural(policy.remindAfterDays, "day")}`,
    },
    {
      label: "Skips before it becomes mandatory",
      value: policy.maxSkips === null ? "No limit" : String(policy.maxSkips),
    },
    {
      label: "Mandatory for roles",
      value: policy.mandatoryRoles.length ? policy.mandatoryRoles.map((r) => roleLabels[r]).join(", ") : "None",
    },
    { label: "User verification", value: userVerificationWords[policy.userVerification] },
    {
      label: "Allowed authenticators",
      value: policy.allowedAuthenticators.length
        ? policy.allowedAuthenticators
            .map((a) => authenticatorName(a.toLowerCase()) ?? "A model not on the list")
            .join(", ")
        : "Any authenticator",
    },
    { label: "Attestation required", value: yesNo(policy.requireAttestation) },
    {
      label: "Password after a passkey",
      value: policy.allowPasswordAfterPasskey ? "Allowed" : "Refused (a new device signs in with a code)",
    },
    {
      label: "Last changed",
      value: `${formatDateTime(policy.updatedAt)}${policy.updatedBy ? ` by ${policy.updatedBy.displayName}` : ""} (version ${policy.version})`,
    },
  ];
}

/** Support's view of an organisation's policy: a summary card instead of the admins' form. */
export function PolicySummary({ organisationId }: { organisationId: string }) {
  const authenticatorNames = useAuthenticatorNames();
  const { data, error, refetch } = useQuery(PasskeySettingsQuery, { variables: { id: organisationId } });
  return (
    <QueryView data={data?.organisation} error={error} onRetry={() => void refetch()}>
      {(organisation) => (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="policy-summary-title">
          <Stack gap="sm">
            <Title order={2} fz="lg" id="policy-summary-title">
              Policy summary
            </Title>
            <Text data-testid="support-status">
              {supportStatusSentence(organisation.name, organisation.passkeysActivated, organisation.passkeyPolicy)}
            </Text>
            <Table variant="vertical" layout="fixed" verticalSpacing="xs">
              <Table.Tbody>
                {policyFacts(organisation.passkeyPolicy, (aaguid) => authenticatorNames[aaguid]).map((fact) => (
                  <Table.Tr key={fact.label}>
                    <Table.Th w={{ base: 140, sm: 260 }} scope="row">
                      {fact.label}
                    </Table.Th>
                    <Table.Td>{fact.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              Only {organisation.name}&apos;s admins change this policy, in their Org Settings › Passkeys. You can
              activate or deactivate passkeys for the organisation with the button at the top of this page.
            </Text>
          </Stack>
        </Card>
      )}
    </QueryView>
  );
}
