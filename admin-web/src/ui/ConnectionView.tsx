import type { ReactNode } from "react";
import { LoadMore } from "./LoadMore";
import { QueryView } from "./QueryState";

interface Connection {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A paged list from the API: the query-state ladder, then the rows and a keyset "load more". */
export function ConnectionView<C extends Connection>({
  connection,
  query,
  what,
  empty,
  end,
  children,
}: {
  connection: C | null | undefined;
  query: {
    error?: unknown;
    loading: boolean;
    refetch: () => unknown;
    fetchMore: (options: { variables: { after: string | null } }) => unknown;
  };
  /** "users", "events": for the loading line and the "load more" button. */
  what: string;
  empty: ReactNode;
  /** Shown under the last page. */
  end?: ReactNode;
  children: (connection: C) => ReactNode;
}) {
  return (
    <QueryView
      data={connection}
      error={query.error}
      onRetry={() => void query.refetch()}
      loadingLabel={`Loading ${what}…`}
      isEmpty={(c) => c.edges.length === 0}
      empty={empty}
    >
      {(c) => (
        <>
          {children(c)}
          {c.pageInfo.hasNextPage ? (
            <LoadMore
              pageInfo={c.pageInfo}
              loading={query.loading}
              what={what}
              onLoad={(after) => void query.fetchMore({ variables: { after } })}
            />
          ) : (
            end
          )}
        </>
      )}
    </QueryView>
  );
}
