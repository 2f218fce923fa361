import { graphql } from "../../graphql";

graphql(`
  fragment UserRowFields on User {
    id
    email
    displayName
    role
    passkeyStatus
    passkeysRevokedAt
    active
    lastSignInAt
  }
`);

graphql(`
  fragment UserDetailFields on User {
    ...UserRowFields
    hasPassword
    createdAt
    deactivatedAt
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

export const UserDetailQuery = graphql(`
  query UserDetail($organisationId: ID!, $userId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      user(id: $userId) {
        ...UserDetailFields
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
  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID, $endSessions: Boolean!) {
    revokeUserCredentials(userId: $userId, credentialId: $credentialId, endSessions: $endSessions) {
      ...UserDetailFields
    }
  }
`);

export const IssueRecoveryCodeMutation = graphql(`
  mutation IssueRecoveryCode($userId: ID!) {
    issueRecoveryCode(userId: $userId) {
      id
      code
      expiresAt
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($userId: ID!, $role: Role!) {
    changeUserRole(userId: $userId, role: $role) {
      ...UserDetailFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...UserDetailFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...UserDetailFields
    }
  }
`);
