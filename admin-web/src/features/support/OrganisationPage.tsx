import { useMutation, useQuery } from "@apollo/client/react";
import { Anchor, Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowLeft, IconCertificate, IconUserPlus } from "@tabler/icons-react";
import { Link, useParams, useSearchParams } from "react-router";
import { confirmAction } from "../../ui/confirm";
import { Time } from "../../ui/RelativeTime";
import { PageHeader } from "../../ui/PageHeader";
import { notifyError, notifySuccess } from "../../ui/notify";
import { MissingView } from "../../ui/QueryState";
import { AuditFeed } from "../activity/AuditFeed";
import { AdoptionPanel } from "../passkey-settings/AdoptionPanel";
import { SecurityFacts } from "../passkey-settings/SecurityFactsPage";
import { AddUserModal } from "../users/AddUserModal";
import { UserDetail } from "../users/UserDetail";
import { UsersTable } from "../users/UsersTable";
import { AppsPanel, NoAppsWarning } from "./AppsPanel";
import { SetPasskeysActivatedMutation, SupportOrganisationQuery } from "./operations";
import { PasskeyStateBadge } from "./PasskeyStateBadge";
import { PolicySummary } from "./PolicySummary";

const tabs = ["policy", "adoption", "users", "apps", "activity"] as const;
type Tab = (typeof tabs)[number];

export function OrganisationPage() {
  const { id } = useParams();
  const organisationId = id!;
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((t) => t === params.get("tab")) ?? "policy";
  const [adding, { open, close }] = useDisclosure(false);
  const { data, error, refetch } = useQuery(SupportOrganisationQuery, {
    variables: { id: organisationId },
  });
  const [setActivated, { loading: switching }] = useMutation(SetPasskeysActivatedMutation, {
    refetchQueries: ["PasskeySettings", "AuditEvents"],
  });
  const organisation = data?.organisation;

  const back = <BackLink to="/support/organisations" label="All organisations" />;

  if (!organisation) {
    return (
      <Stack>
        {back}
        <MissingView loaded={Boolean(data)} error={error} onRetry={() => void refetch()} title="Organisation not found">
          There is no organisation with this id.
        </MissingView>
      </Stack>
    );
  }

  const activate = !organisation.passkeysActivated;
  async function toggle() {
    try {
      await setActivated({
        variables: { organisationId, activated: activate },
      });
      notifySuccess(
        activate ? "Passkeys activated" : "Passkeys deactivated",
        activate
          ? `${organisation!.name}'s admins can now turn passkeys on.`
          : `Passkeys are off for ${organisation!.name}; existing passkeys are kept but not accepted.`,
      );
    } catch (e) {
      notifyError("Nothing changed", e);
    }
  }

  return (
    <Stack gap="md">
      {back}
      <PageHeader
        title={organisation.name}
        description={
          <Group gap="xs" component="span">
            <Text component="span" ff="monospace" size="sm">
              {organisation.slug}
            </Text>
            <Text component="span" size="sm">
              · created <Time iso={organisation.createdAt} as="date" />
            </Text>
            <PasskeyStateBadge
              activated={organisation.passkeysActivated}
              requirement={organisation.passkeyPolicy.requirement}
            />
          </Group>
        }
        actions={
          <>
            <Button
              component={Link}
              to={`/support/organisations/${organisationId}/security`}
              variant="default"
              leftSection={<IconCertificate size={16} aria-hidden />}
            >
              IT and security page
            </Button>
            <Button
              color={activate ? undefined : "red"}
              variant={activate ? "filled" : "light"}
              loading={switching}
              onClick={() =>
                confirmAction({
                  title: activate
                    ? `Activate passkeys for ${organisation.name}?`
                    : `Deactivate passkeys for ${organisation.name}?`,
                  body: activate
                    ? "Its admins can then enable passkeys and choose Optional or Mandatory in Org Settings > Passkeys."
                    : "Passkeys stop being offered and accepted at once. Employees who have one sign in with their password again. Their passkeys are kept and work again after reactivation.",
                  confirmLabel: activate ? "Activate passkeys" : "Deactivate passkeys",
                  danger: !activate,
                  onConfirm: toggle,
                })
              }
            >
              {activate ? "Activate passkeys" : "Deactivate passkeys"}
            </Button>
          </>
        }
      />
      <NoAppsWarning
        organisationName={organisation.name}
        passkeysActivated={organisation.passkeysActivated}
        requirement={organisation.passkeyPolicy.requirement}
        appCount={organisation.apps.length}
      />

      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === "policy" ? {} : { tab: value ?? "policy" }, {
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="policy">Policy</Tabs.Tab>
          <Tabs.Tab value="adoption">Adoption</Tabs.Tab>
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="apps">Apps</Tabs.Tab>
          <Tabs.Tab value="activity">Activity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="policy" pt="md">
          <PolicySummary organisationId={organisationId} />
        </Tabs.Panel>
        <Tabs.Panel value="adoption" pt="md">
          <AdoptionPanel organisationId={organisationId} />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <Stack>
            <Group justify="flex-end">
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
                Add user
              </Button>
            </Group>
            <UsersTable
              organisationId={organisationId}
              userPath={(userId) => `/support/organisations/${organisationId}/users/${userId}`}
            />
          </Stack>
          <AddUserModal organisationId={organisationId} opened={adding} onClose={close} />
        </Tabs.Panel>
        <Tabs.Panel value="apps" pt="md">
          <AppsPanel organisationId={organisationId} />
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <AuditFeed organisationId={organisationId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Support sees and helps any organisation's user: revoke passkeys, issue a recovery code. */
export function SupportUserPage() {
  const { id, userId } = useParams();
  return (
    <UserDetail
      key={userId}
      organisationId={id!}
      userId={userId!}
      canManage
      backTo={{
        path: `/support/organisations/${id}?tab=users`,
        label: "Users of this organisation",
      }}
    />
  );
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" data-print="hide">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: "middle" }} /> {label}
    </Anchor>
  );
}

/** Support reads (and can print or copy) the page an organisation's admins give their IT and Info Security team. */
export function SupportSecurityPage() {
  const { id } = useParams();
  return (
    <SecurityFacts
      key={id}
      organisationId={id!}
      back={<BackLink to={`/support/organisations/${id}`} label="Back to the organisation" />}
    />
  );
}
