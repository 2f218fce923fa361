import { Badge, Button, CopyButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { formatExact, formatTime } from "./dates";

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

function useSecondsLeft(expiresAt: string): number {
  const deadline = Date.parse(expiresAt);
  const [left, setLeft] = useState(() => (deadline - Date.now()) / 1000);
  useEffect(() => {
    const tick = () => setLeft((deadline - Date.now()) / 1000);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return left;
}

/** A single-use code, shown once, with the time left until it stops working. */
export function SignInCodeCountdown({
  code,
  expiresAt,
  onNewCode,
}: {
  code: string;
  expiresAt: string;
  onNewCode?: () => void;
}) {
  const left = useSecondsLeft(expiresAt);
  const expired = left <= 0;
  const shown = formatSignInCode(code);
  return (
    <Paper withBorder radius="md" p="md" bg={expired ? "var(--mantine-color-gray-light)" : undefined}>
      <Stack gap="xs" align="flex-start">
        <Text
          data-testid="sign-in-code"
          aria-label={`Code ${shown.split("").join(" ")}`}
          ff="monospace"
          fz={{ base: 30, sm: 36 }}
          fw={700}
          lts="0.12em"
          td={expired ? "line-through" : undefined}
          c={expired ? "dimmed" : undefined}
        >
          {shown}
        </Text>
        {expired ? (
          <Group gap="xs">
            <Badge color="gray">Expired</Badge>
            <Text size="sm" role="status">
              This code has expired.
            </Text>
          </Group>
        ) : (
          <Text size="sm" role="timer" aria-live="off">
            Expires in <b data-testid="code-countdown">{formatRemaining(left)}</b> (at{" "}
            <time dateTime={expiresAt} title={formatExact(expiresAt)}>
              {formatTime(expiresAt)}
            </time>
            ). It works once.
          </Text>
        )}
        <Group gap="xs">
          {!expired && (
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
          {expired && onNewCode && (
            <Button size="xs" onClick={onNewCode}>
              Make a new code
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
