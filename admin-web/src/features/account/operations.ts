import { graphql } from "../../graphql";

export const RevokeCredentialMutation = graphql(`
  mutation RevokeCredential($id: ID!) {
    revokeCredential(id: $id)
  }
`);

export const CreateSignInCodeMutation = graphql(`
  mutation CreateSignInCode {
    createSignInCode {
      id
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
