import {
  Anchor,
  AppShell,
  Avatar,
  Badge,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconActivity,
  IconBuilding,
  IconChevronDown,
  IconCode,
  IconFingerprint,
  IconLogout,
  IconShieldLock,
  IconUsers,
  type Icon,
} from "@tabler/icons-react";
import { Suspense, useEffect } from "react";
import "./app.css";
import { Link, Outlet, useLocation } from "react-router";
import type { Role } from "../graphql/graphql";
import { LoadingState } from "../ui/QueryState";
import { useSignOut } from "../lib/session";
import { roleLabels } from "../lib/viewer";
import { useSignedInViewer } from "../lib/ViewerContext";

interface NavItem {
  to: string;
  label: string;
  icon: Icon;
}

export function navItemsFor(role: Role | undefined): NavItem[] {
  const account: NavItem = {
    to: "/account/security",
    label: "My account",
    icon: IconShieldLock,
  };
  switch (role) {
    case "ORG_ADMIN":
    case "APP_EDITOR":
      return [
        { to: "/settings/passkeys", label: "Passkeys", icon: IconFingerprint },
        { to: "/users", label: "Users", icon: IconUsers },
        { to: "/activity", label: "Activity", icon: IconActivity },
        account,
        ...(import.meta.env.DEV ? [{ to: "/playground", label: "Playground", icon: IconCode }] : []),
      ];
    case "SUPPORT":
      return [
        {
          to: "/support/organisations",
          label: "Organisations",
          icon: IconBuilding,
        },
        { to: "/playground", label: "Playground", icon: IconCode },
        account,
      ];
    default:
      return [account];
  }
}

export function AppLayout() {
  const viewer = useSignedInViewer();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const [signOut] = useSignOut();
  const user = viewer.user;
  const items = navItemsFor(user?.role);

  useEffect(close, [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          Skip to content
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open the menu" />
            {/* On a phone the name gives way to the organisation's badge; the link keeps its name. */}
            <Group
              renderRoot={(props) => <Link to="/" {...props} />}
              aria-label="Passkeys admin"
              gap="sm"
              wrap="nowrap"
              c="inherit"
              td="none"
            >
              <IconFingerprint aria-hidden color="var(--mantine-color-blue-filled)" style={{ flexShrink: 0 }} />
              <Text fw={700} visibleFrom="xs" style={{ whiteSpace: "nowrap" }}>
                Passkeys admin
              </Text>
            </Group>
            {viewer.organisation && (
              <Badge variant="light" miw={0}>
                {viewer.organisation.name}
              </Badge>
            )}
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={`Account menu for ${user?.displayName ?? "you"}`}>
                <Group gap={6} wrap="nowrap">
                  {/* A figure, not initials: the button's name must contain the text it shows (WCAG 2.5.3). */}
                  <Avatar size="sm" radius="xl" color="blue" aria-hidden />
                  <Text size="sm" visibleFrom="sm">
                    {user?.displayName}
                  </Text>
                  <IconChevronDown size={14} aria-hidden />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>
                {user?.email}
                <br />
                {user && roleLabels[user.role]}
              </Menu.Label>
              <Menu.Item component={Link} to="/account/security" leftSection={<IconShieldLock size={16} />}>
                My account
              </Menu.Item>
              <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
                Sign out
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} aria-hidden />}
              active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
              aria-current={location.pathname.startsWith(item.to) ? "page" : undefined}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
