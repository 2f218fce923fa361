import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../graphql";
import { homePathFor, signedOutViewer, writeViewer, type ViewerState } from "./viewer";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/sign-in")) return undefined;
  return next;
}

/**
 * Every sign-in ends here: the old identity's cache is dropped, the new viewer
 * is stored, and the user goes to the passkey prompt when the API asks for
 * one, else where they were going.
 */
export function useCompleteSignIn() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (viewer: ViewerState, next?: string) => {
      await client.clearStore();
      writeViewer(client, viewer);
      const target = safeNextPath(next) ?? homePathFor(viewer.user?.role);
      if (viewer.passkeySetup && viewer.passkeySetup.nextStep !== "NONE") {
        navigate(`/passkey-setup?next=${encodeURIComponent(target)}`, {
          replace: true,
        });
      } else {
        navigate(target, { replace: true });
      }
    },
    [client, navigate],
  );
}

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const run = useCallback(async () => {
    try {
      await signOut();
    } finally {
      await client.clearStore();
      writeViewer(client, signedOutViewer);
      navigate("/sign-in", { replace: true });
    }
  }, [client, navigate, signOut]);
  return [run, loading] as const;
}
