import { graphql } from "../../graphql";

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
