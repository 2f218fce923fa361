import { graphql } from "../../graphql";

graphql(`
  fragment UserRowFields on User {
    id
    email
    displayName
    role
    passkeyStatus
    lastSignInAt
  }
`);

graphql(`
  fragment UserDetailFields on User {
    ...UserRowFields
    hasPassword
    createdAt
    passkeys {
      ...CredentialFields
    }
  }
`);

export const OrganisationUsersQuery = graphql(`
  query OrganisationUsers(
    $organisationId: ID!
    $first: Int
    $after: String
    $search: String
    $passkeyStatus: PasskeyStatus
    $role: Role
  ) {
    organisation(id: $organisationId) {
      id
      users(first: $first, after: $after, search: $search, passkeyStatus: $passkeyStatus, role: $role) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...UserRowFields
          }
        }
      }
    }
  }
`);

/** The contract has no user(id): a user is found by email search (one row) with their passkeys. */
export const UserDetailQuery = graphql(`
  query UserDetail($organisationId: ID!, $email: String!) {
    organisation(id: $organisationId) {
      id
      name
      users(first: 20, search: $email) {
        edges {
          node {
            ...UserDetailFields
          }
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const RevokeUserCredentialsMutation = graphql(`
  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID) {
    revokeUserCredentials(userId: $userId, credentialId: $credentialId) {
      ...UserDetailFields
    }
  }
`);

export const IssueRecoveryCodeMutation = graphql(`
  mutation IssueRecoveryCode($userId: ID!) {
    issueRecoveryCode(userId: $userId) {
      code
      expiresAt
    }
  }
`);
