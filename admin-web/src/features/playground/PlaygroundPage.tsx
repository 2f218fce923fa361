import "graphiql/style.css";
import "graphiql/setup-workers/vite";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { Box, Title, useComputedColorScheme, VisuallyHidden } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { GraphiQL } from "graphiql";

// Same origin, same session cookie as the console; the toolkit sends
// Content-Type: application/json, which Apollo Server's CSRF prevention asks for.
const fetcher = createGraphiQLFetcher({
  url: "/graphql",
  fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
});

const defaultQuery = `# The GraphQL playground, signed in as you.
# Open the docs with the book icon on the left.
query Me {
  viewer {
    authenticated
    user { id email displayName role }
    organisation { id name slug }
    passkeySetup { nextStep requirement canSkip }
  }
}
`;

/** Lazy-loaded route: GraphiQL and Monaco stay out of the console's main bundle. */
export default function PlaygroundPage() {
  useDocumentTitle("Playground · Passkeys admin");
  const scheme = useComputedColorScheme("light");
  return (
    <Box
      h={{
        base: "calc(100dvh - 56px - 2 * var(--mantine-spacing-sm))",
        sm: "calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))",
      }}
      style={{
        border: "1px solid var(--mantine-color-default-border)",
        borderRadius: 8,
        overflow: "hidden",
      }}
      className={scheme === "dark" ? "graphiql-dark" : undefined}
    >
      {/* Every screen has a first-level heading; GraphiQL's own chrome names this one visually. */}
      <VisuallyHidden>
        <Title order={1}>Playground</Title>
      </VisuallyHidden>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={defaultQuery}
        defaultEditorToolsVisibility={false}
        forcedTheme={scheme}
      />
    </Box>
  );
}
