import type { ApolloClient } from "@apollo/client";
import { graphql } from "../graphql";
import { signalAcceptedCredentials, supportsSignalApi } from "./webauthn";

graphql(`
  fragment CredentialFields on Credential {
    id
    name
    authenticatorName
    aaguid
    synced
    backupEligible
    transports
    createdAt
    lastUsedAt
  }
`);

/** Renames one of the signed-in user's own passkeys: on the security page, and at once after creating one. */
export const RenameCredentialMutation = graphql(`
  mutation RenameCredential($id: ID!, $name: String!) {
    renameCredential(id: $id, name: $name) {
      ...CredentialFields
    }
  }
`);

/** The signed-in user's own passkeys: the security page's list, and what the device's passkey manager is told. */
export const OwnPasskeysQuery = graphql(`
  query OwnPasskeys {
    viewer {
      user {
        id
        passkeys {
          ...CredentialFields
        }
      }
    }
  }
`);

/**
 * After a sign-in, a registration or a removal: tell the device's passkey
 * manager which of the user's passkeys are still accepted (WebAuthn Signal API).
 */
export async function signalOwnPasskeys(client: ApolloClient, opts: { rpId?: string; removedId?: string } = {}) {
  if (!supportsSignalApi()) return;
  try {
    const { data } = await client.query({
      query: OwnPasskeysQuery,
      fetchPolicy: "network-only",
    });
    const user = data?.viewer.user;
    if (!user) return;
    await signalAcceptedCredentials({
      userId: user.id,
      rpId: opts.rpId,
      acceptedIds: user.passkeys.map((p) => p.id),
      removedId: opts.removedId,
    });
  } catch {
    // Advice to the passkey manager only; never in the way of the user.
  }
}
