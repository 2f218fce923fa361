import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";

/** A download link to one of the API's CSV exports, which the browser fetches with the session cookie. */
export function ExportButton({ href }: { href: string }) {
  return (
    <Button component="a" href={href} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
      Export CSV
    </Button>
  );
}
