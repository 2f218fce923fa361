import { Badge, Button, CopyButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { SignInCodeStatus } from "../graphql/graphql";
import { useSignInCodeState } from "../lib/signInCodeState";
import { formatTime } from "./dates";

/** The form codes are shown and typed in: "k7qx 2m9d", "K7QX2M9D" → "K7QX-2M9D". */
export function formatSignInCode(code: string): string {
  const chars = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return chars.length === 8 ? `${chars.slice(0, 4)}-${chars.slice(4)}` : code.trim().toUpperCase();
}

/** 0 → "0:00", 65 → "1:05", 600 → "10:00". */
export function formatRemaining(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Seconds until `expiresAt`, each second while `running`; frozen once the code was used. */
function useSecondsLeft(expiresAt: string, running: boolean): number {
  const deadline = Date.parse(expiresAt);
  const [left, setLeft] = useState(() => (deadline - Date.now()) / 1000);
  useEffect(() => {
    if (!running) return;
    const tick = () => setLeft((deadline - Date.now()) / 1000);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, running]);
  return left;
}

/**
 * A code this device made (or this admin issued), with what became of it: the API is asked every few seconds, so
 * the screen says "used" as soon as someone signs in with it, and stops counting down.
 */
export function LiveSignInCode({
  id,
  code,
  expiresAt,
  onNewCode,
}: {
  id: string;
  code: string;
  expiresAt: string;
  onNewCode?: () => void;
}) {
  const state = useSignInCodeState(id);
  return (
    <SignInCodeCountdown
      code={code}
      expiresAt={expiresAt}
      onNewCode={onNewCode}
      status={state?.status}
      usedAt={state?.usedAt}
    />
  );
}

/** A single-use code, shown once, with the time left until it stops working. */
export function SignInCodeCountdown({
  code,
  expiresAt,
  onNewCode,
  status,
  usedAt = null,
}: {
  code: string;
  expiresAt: string;
  onNewCode?: () => void;
  /** What the API says became of the code; without it, the clock alone decides. */
  status?: SignInCodeStatus;
  usedAt?: string | null;
}) {
  const used = status === "USED";
  const left = useSecondsLeft(expiresAt, !used && status !== "EXPIRED");
  // Replaced by a newer code, or out of tries, is "expired" too: it will not work any more.
  const expired = !used && (left <= 0 || status === "EXPIRED");
  const spent = used || expired;
  const shown = formatSignInCode(code);
  return (
    <Paper withBorder radius="md" p="md" bg={spent ? "var(--mantine-color-gray-light)" : undefined}>
      <Stack gap="xs" align="flex-start">
        <Text
          data-testid="sign-in-code"
          aria-label={`Code ${shown.split("").join(" ")}`}
          ff="monospace"
          fz={{ base: 30, sm: 36 }}
          fw={700}
          lts="0.12em"
          td={spent ? "line-through" : undefined}
          c={spent ? "dimmed" : undefined}
        >
          {shown}
        </Text>
        {used ? (
          <Group gap="xs">
            <Badge color="teal">Used</Badge>
            <Text size="sm" role="status">
              This code was used to sign in{usedAt ? ` at ${formatTime(usedAt)}` : ""}. It cannot be used again.
            </Text>
          </Group>
        ) : expired ? (
          <Group gap="xs">
            <Badge color="gray">Expired</Badge>
            <Text size="sm" role="status">
              This code has expired.
            </Text>
          </Group>
        ) : (
          <Text size="sm" role="timer" aria-live="off">
            Expires in <b data-testid="code-countdown">{formatRemaining(left)}</b> (at {formatTime(expiresAt)}). It
            works once.
          </Text>
        )}
        <Group gap="xs">
          {!spent && (
            <CopyButton value={shown}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="light"
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                >
                  {copied ? "Copied" : "Copy code"}
                </Button>
              )}
            </CopyButton>
          )}
          {spent && onNewCode && (
            <Button size="xs" onClick={onNewCode}>
              Make a new code
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
