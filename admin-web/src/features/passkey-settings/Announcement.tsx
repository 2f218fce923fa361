import { Button, Card, CopyButton, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import type { PolicyFieldsFragment } from "../../graphql/graphql";
import { announcementText } from "./policyText";

export function Announcement({ organisationName, policy }: { organisationName: string; policy: PolicyFieldsFragment }) {
  const [contact, setContact] = useState("your CMS administrator");
  const { title, body } = announcementText({
    organisationName,
    policy,
    contact: contact.trim() || "your administrator",
  });
  const article = `${title}\n\n${body}`;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="announcement-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="announcement-title">
          Announcement
        </Title>
        <Text size="sm" c="dimmed">
          A ready news article for your employees, filled from the settings above. Copy it into your app’s news.
        </Text>
        <TextInput
          label="Questions go to"
          description="A person or team employees can ask, e.g. “the IT help desk (it@example.com)”."
          value={contact}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <Textarea label="Article" value={article} readOnly autosize minRows={8} maxRows={24} />
        <CopyButton value={article} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              variant={copied ? "light" : "filled"}
              color={copied ? "teal" : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              style={{ alignSelf: "flex-start" }}
              aria-live="polite"
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Card>
  );
}
