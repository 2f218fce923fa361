import { graphql } from "../../graphql";

graphql(`
  fragment PolicyFields on PasskeyPolicy {
    enabled
    forcePasskeySetup
    requirement
    enabledFrom
    forceSetupFrom
    remindAfterDays
    maxSkips
    mandatoryRoles
    userVerification
    allowedAuthenticators
    requireAttestation
    allowPasswordAfterPasskey
    version
    updatedAt
    updatedBy {
      id
      displayName
      email
    }
  }
`);

export const PasskeySettingsQuery = graphql(`
  query PasskeySettings($id: ID!) {
    organisation(id: $id) {
      id
      name
      slug
      passkeysActivated
      passkeyPolicy {
        ...PolicyFields
      }
    }
  }
`);

export const PasskeyStatsQuery = graphql(`
  query PasskeyStats($id: ID!) {
    organisation(id: $id) {
      id
      passkeyStats {
        totalUsers
        usersWithPasskey
        usersSkipped
        usersPending
        adoptionRate
        signInsByMethod(days: 30) {
          method
          count
        }
        adoptionByDay(days: 30) {
          day
          users
          usersWithPasskey
          adoptionRate
        }
      }
    }
  }
`);

export const UpdatePasskeyPolicyMutation = graphql(`
  mutation UpdatePasskeyPolicy($input: UpdatePasskeyPolicyInput!) {
    updatePasskeyPolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

/** The authenticator models the API knows by AAGUID, for the "Allowed authenticators" picker. */
export const PasskeyAuthenticatorsQuery = graphql(`
  query PasskeyAuthenticators {
    passkeyAuthenticators {
      aaguid
      name
    }
  }
`);

/** Who still has to create a passkey: never asked (PENDING) or skipped, with how often they skipped. */
export const UsersWithoutPasskeyQuery = graphql(`
  query UsersWithoutPasskey($id: ID!, $status: PasskeyStatus!, $after: String) {
    organisation(id: $id) {
      id
      users(passkeyStatus: $status, first: 25, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            displayName
            email
            passkeySkipCount
            lastSignInAt
          }
        }
      }
    }
  }
`);

/** The review step: who saving this input would affect, checked by the API exactly as the save will be. */
export const PasskeyPolicyImpactQuery = graphql(`
  query PasskeyPolicyImpact($input: UpdatePasskeyPolicyInput!) {
    passkeyPolicyImpact(input: $input) {
      ...PolicyImpactFields
    }
  }
`);

graphql(`
  fragment PolicyImpactFields on PasskeyPolicyImpact {
    requirementNow
    requirementAfter
    takesEffectAt
    pausesPasskeys
    pauseNeedsConfirmation
    mandatoryDatePassed
    totalUsers
    usersWithPasskey
    usersHeldAtPrompt
    usersOffered
    viewerHeldAtPrompt
  }
`);
