import { graphql } from "../../graphql";

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

export const RenameCredentialMutation = graphql(`
  mutation RenameCredential($id: ID!, $name: String!) {
    renameCredential(id: $id, name: $name) {
      ...CredentialFields
    }
  }
`);

export const RevokeCredentialMutation = graphql(`
  mutation RevokeCredential($id: ID!) {
    revokeCredential(id: $id)
  }
`);

export const CreateSignInCodeMutation = graphql(`
  mutation CreateSignInCode {
    createSignInCode {
      code
      expiresAt
    }
  }
`);

export const SignOutOtherSessionsMutation = graphql(`
  mutation SignOutOtherSessions {
    signOutOtherSessions
  }
`);
