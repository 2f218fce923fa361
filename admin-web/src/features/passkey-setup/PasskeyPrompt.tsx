import { useEffect, useRef } from "react";
import { Alert, Anchor, Button, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertCircle, IconDeviceMobile, IconFingerprint, IconLock, IconRefresh } from "@tabler/icons-react";
import type { ViewerFieldsFragment } from "../../graphql/graphql";
import { plural } from "../../lib/words";
import { formatDate, formatRelative } from "../../ui/dates";

type PasskeySetupState = NonNullable<ViewerFieldsFragment["passkeySetup"]>;
type PromptSetup = Pick<PasskeySetupState, "nextStep" | "canSkip" | "reason" | "requirement"> &
  Partial<Pick<PasskeySetupState, "skipsRemaining" | "nextPromptAt">>;

/**
 * What "Do this later" means, from the API's rules: when the prompt comes back and how many
 * skips are left. Null when there is no skip, or on a new device (asked once per code sign-in).
 */
export function skipNote(setup: PromptSetup): string | null {
  if (!setup.canSkip || setup.reason === "NEW_DEVICE") return null;
  if (setup.skipsRemaining === 1) {
    return "This is your last chance to skip: after it, you will need a passkey to continue.";
  }
  const when = setup.nextPromptAt
    ? `If you choose “Do this later”, we will ask again on ${formatDate(setup.nextPromptAt)} (${formatRelative(setup.nextPromptAt)}).`
    : "If you choose “Do this later”, we will not ask again, but you can create a passkey from your account at any time.";
  const left =
    setup.skipsRemaining != null
      ? ` You can skip ${plural(setup.skipsRemaining, "more time")}; after that a passkey is required.`
      : "";
  return when + left;
}

export interface PasskeyPromptProps {
  setup: PromptSetup;
  busy?: "continue" | "skip" | null;
  error?: string | null;
  onContinue: () => void;
  onSkip: () => void;
  onSignOut?: () => void;
  /** Platform staff belong to no organisation; their passkey is always required. */
  staff?: boolean;
}

/** The prompt every client shows when the API's next step is OFFER_SETUP or REQUIRE_SETUP. */
export function PasskeyPrompt({
  setup,
  busy = null,
  error,
  onContinue,
  onSkip,
  onSignOut,
  staff = false,
}: PasskeyPromptProps) {
  const required = setup.nextStep === "REQUIRE_SETUP" || !setup.canSkip;
  const newDevice = setup.reason === "NEW_DEVICE";
  const note = skipNote(setup);
  // Focus starts on the heading, so that a screen reader reads the prompt from the top and Tab reaches Continue.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
        <IconFingerprint size={32} />
      </ThemeIcon>
      <Title order={1} fz={26} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
        Create your passkey
      </Title>
      {newDevice && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconDeviceMobile aria-hidden />}
          title="This device needs its own passkey"
        >
          You signed in here with a code, so this device has no passkey for your account yet. Create one now to sign in
          here next time without a code.
        </Alert>
      )}
      <Text>
        A passkey lets you sign in with Face ID, your fingerprint or your device PIN instead of a password. It cannot be
        guessed, reused or phished.
      </Text>
      <List spacing="xs" size="sm" center>
        <List.Item
          icon={
            <ThemeIcon size={22} radius="xl" variant="light" color="teal" aria-hidden>
              <IconLock size={14} />
            </ThemeIcon>
          }
        >
          Your biometric data never leaves your device. We only receive proof that it was you.
        </List.Item>
        <List.Item
          icon={
            <ThemeIcon size={22} radius="xl" variant="light" color="teal" aria-hidden>
              <IconRefresh size={14} />
            </ThemeIcon>
          }
        >
          Synced passkeys (iCloud Keychain, Google Password Manager) follow you to a new phone.
        </List.Item>
      </List>
      {required && (
        <Text size="sm" fw={500}>
          {staff
            ? "Platform staff need a passkey before they can continue."
            : "Your organisation requires a passkey before you can continue."}
        </Text>
      )}
      {required && !staff && (
        <Text size="sm" c="dimmed">
          Can't create one on this device? Ask your admin for a code: with it you can sign in on a device that can.
        </Text>
      )}
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <Button size="md" onClick={onContinue} loading={busy === "continue"} disabled={busy === "skip"}>
        Continue
      </Button>
      {note && (
        <Text size="sm" id="skip-note">
          {note}
        </Text>
      )}
      {setup.canSkip && (
        <Button
          variant="subtle"
          aria-describedby={note ? "skip-note" : undefined}
          onClick={onSkip}
          loading={busy === "skip"}
          disabled={busy === "continue"}
        >
          Do this later
        </Button>
      )}
      {required && onSignOut && (
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onSignOut}>
          Sign out
        </Anchor>
      )}
    </Stack>
  );
}
