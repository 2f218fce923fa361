import { graphql } from "../../graphql";

export const StartPasskeyRegistrationMutation = graphql(`
  mutation StartPasskeyRegistration {
    startPasskeyRegistration {
      challengeId
      options
      expiresAt
    }
  }
`);

export const FinishPasskeyRegistrationMutation = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      credential {
        ...CredentialFields
      }
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const SkipPasskeySetupMutation = graphql(`
  mutation SkipPasskeySetup {
    skipPasskeySetup {
      ...ViewerFields
    }
  }
`);
