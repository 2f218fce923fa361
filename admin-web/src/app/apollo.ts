import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * Codes after which the viewer must be read again: the session ended, or the
 * server says this session may only set up a passkey. The auth gate reacts to
 * the fresh viewer (sign-in screen or passkey prompt).
 */
const sessionCodes = new Set(["UNAUTHENTICATED", "PASSKEY_SETUP_REQUIRED"]);

export function createApolloClient(onSessionChanged: () => void, uri = "/graphql") {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === "Viewer" || !CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => sessionCodes.has(String(e.extensions?.code)))) onSessionChanged();
  });
  // HttpLink always sends Content-Type: application/json, which Apollo Server's
  // CSRF prevention asks for; the session travels in the HttpOnly cookie.
  const httpLink = new HttpLink({ uri, credentials: "same-origin" });

  return new ApolloClient({
    link: sessionLink.concat(httpLink),
    cache: new InMemoryCache({
      typePolicies: {
        Viewer: { keyFields: [] },
        PasskeySetupState: { merge: true },
        PasskeyPolicy: { merge: true },
        PasskeyStats: { merge: true },
        Query: { fields: { organisations: relayStylePagination(["search", "sort", "direction"]) } },
        Organisation: {
          fields: {
            users: relayStylePagination(["search", "passkeyStatus", "role"]),
            auditEvents: relayStylePagination(["types"]),
          },
        },
      },
    }),
  });
}
