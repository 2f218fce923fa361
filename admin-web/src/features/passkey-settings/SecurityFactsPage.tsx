import { useQuery } from "@apollo/client/react";
import { Button, Card, CopyButton, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { IconCheck, IconCopy, IconPrinter } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { PageHeader } from "../../ui/PageHeader";
import { QueryView } from "../../ui/QueryState";
import { Time } from "../../ui/RelativeTime";
import {
  securityMarkdown,
  securityPlainText,
  securitySections,
  securityTitle,
  type SecurityFact,
  type SecurityProfile,
} from "./securityFacts";
import { PasskeySecurityProfileQuery } from "./securityFacts.operations";
import "./securityFacts.css";

/** The admin's page: Org Settings › Passkeys › For IT and security (ORG_ADMIN only, who always has an organisation). */
export function SecurityFactsPage() {
  const viewer = useSignedInViewer();
  return <SecurityFacts organisationId={viewer.organisation!.id} />;
}

function CopyAs({ label, value }: { label: string; value: string }) {
  return (
    <CopyButton value={value} timeout={2500}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={copy}
          aria-live="polite"
        >
          {copied ? "Copied" : label}
        </Button>
      )}
    </CopyButton>
  );
}

function FactValue({ fact }: { fact: SecurityFact }) {
  return (
    <Stack gap={2}>
      {Array.isArray(fact.value) ? (
        <List size="sm" spacing={2}>
          {fact.value.map((value) => (
            <List.Item key={value} style={{ overflowWrap: "anywhere" }}>
              {value}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {fact.value}
        </Text>
      )}
      {fact.note && (
        <Text size="xs" c="dimmed">
          {fact.note}
        </Text>
      )}
    </Stack>
  );
}

function Facts({ profile }: { profile: SecurityProfile }) {
  return (
    <Stack gap="md" className="security-facts">
      <Text size="sm" c="dimmed">
        Generated <Time iso={profile.generatedAt} size="sm" /> from the settings in force. Share it with the people who
        review sign-in security; it holds no keys or secrets.
      </Text>
      {securitySections(profile).map((section) => {
        const id = `security-${section.title.toLowerCase().replace(/\W+/g, "-")}`;
        return (
          <Card key={section.title} withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
            <Title order={2} fz="lg" id={id} mb="sm">
              {section.title}
            </Title>
            <Table variant="vertical" layout="fixed" withRowBorders verticalSpacing="xs">
              <Table.Tbody>
                {section.facts.map((fact) => (
                  <Table.Tr key={fact.label}>
                    <Table.Th w={{ base: 120, sm: 220 }} scope="row" style={{ verticalAlign: "top" }}>
                      {fact.label}
                    </Table.Th>
                    <Table.Td>
                      <FactValue fact={fact} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        );
      })}
    </Stack>
  );
}

/** The page for an organisation's IT and Info Security team, for its admins and for support; printable, copyable. */
export function SecurityFacts({ organisationId, back }: { organisationId: string; back?: ReactNode }) {
  const { data, error, refetch } = useQuery(PasskeySecurityProfileQuery, {
    variables: { organisationId },
    fetchPolicy: "cache-and-network",
  });
  const profile = data?.passkeySecurityProfile;
  return (
    <>
      {back}
      <PageHeader
        title={profile ? securityTitle(profile) : "Passkeys: answers for IT and Info Security"}
        description="How passkeys are set up for your organisation, for its IT and Info Security team."
        actions={
          profile && (
            <Group gap="xs" data-print="hide">
              <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
                Print
              </Button>
              <CopyAs label="Copy as Markdown" value={securityMarkdown(profile)} />
              <CopyAs label="Copy as text" value={securityPlainText(profile)} />
            </Group>
          )
        }
      />
      <QueryView data={profile} error={error} onRetry={() => void refetch()}>
        {(loaded) => <Facts profile={loaded} />}
      </QueryView>
    </>
  );
}
