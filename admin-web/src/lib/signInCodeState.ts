import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { graphql } from "../graphql";
import type { SignInCodeStatus } from "../graphql/graphql";

export const SignInCodeStateQuery = graphql(`
  query SignInCodeState($id: ID!) {
    signInCodeState(id: $id) {
      id
      status
      expiresAt
      usedAt
    }
  }
`);

/** How often the screen that shows a code asks whether it was used: often enough to feel immediate. */
export const CODE_STATE_POLL_MS = 2000;

/**
 * What became of a code this device made (or this admin issued), asked every few seconds while it can still be used,
 * and not at all once it was used or expired. Null until the first answer; an answer the API refuses leaves the
 * countdown to the clock.
 */
export function useSignInCodeState(id: string | null): { status: SignInCodeStatus; usedAt: string | null } | null {
  const { data, stopPolling } = useQuery(SignInCodeStateQuery, {
    variables: { id: id ?? "" },
    skip: !id,
    pollInterval: CODE_STATE_POLL_MS,
    fetchPolicy: "network-only",
  });
  const state = data?.signInCodeState ?? null;
  useEffect(() => {
    if (state && state.status !== "ACTIVE") stopPolling();
  }, [state, stopPolling]);
  return state && { status: state.status, usedAt: state.usedAt };
}
