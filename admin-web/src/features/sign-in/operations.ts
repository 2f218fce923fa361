import { graphql } from "../../graphql";

export const SignInOptionsQuery = graphql(`
  query SignInOptions($slug: String!) {
    signInOptions(organisationSlug: $slug) {
      organisationName
      passkeysAvailable
      requirement
    }
  }
`);

export const SignInWithPasswordMutation = graphql(`
  mutation SignInWithPassword($input: PasswordSignInInput!) {
    signInWithPassword(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const StartPasskeySignInMutation = graphql(`
  mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {
    startPasskeySignIn(input: $input) {
      challengeId
      options
      expiresAt
    }
  }
`);

export const FinishPasskeySignInMutation = graphql(`
  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
    finishPasskeySignIn(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const SignInWithCodeMutation = graphql(`
  mutation SignInWithCode($input: CodeSignInInput!) {
    signInWithCode(input: $input) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);
