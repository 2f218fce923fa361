import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** What Apollo Client throws when the API answers with a GraphQL error. */
export function graphQLError(code: string, message = "error", extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...extensions } }],
  });
}
