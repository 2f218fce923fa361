import { Button, VisuallyHidden } from "@mantine/core";

/** Keyset "load more" under a list: shown while the connection has a next page. */
export function LoadMore({
  pageInfo,
  loading,
  what,
  onLoad,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
  /** Read by screen readers after "Load more": "users", "events". */
  what: string;
  onLoad: (after: string | null) => void;
}) {
  if (!pageInfo.hasNextPage) return null;
  return (
    <Button
      variant="default"
      loading={loading}
      style={{ alignSelf: "center" }}
      onClick={() => onLoad(pageInfo.endCursor ?? null)}
    >
      Load more<VisuallyHidden> {what}</VisuallyHidden>
    </Button>
  );
}
