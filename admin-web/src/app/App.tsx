import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { createApolloClient } from "./apollo";
import { createRouter } from "./routes";
import { cssVariablesResolver, theme } from "./theme";
import { ViewerQuery } from "../lib/viewer";

export function App() {
  const [client] = useState(() => {
    const c = createApolloClient(() => void c.refetchQueries({ include: [ViewerQuery] }));
    return c;
  });
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <ModalsProvider>
          <RouterProvider router={router} />
        </ModalsProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
