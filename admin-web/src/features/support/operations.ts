import { graphql } from "../../graphql";

graphql(`
  fragment OrganisationRowFields on Organisation {
    id
    name
    slug
    passkeysActivated
    createdAt
    passkeyPolicy {
      requirement
    }
    summary {
      users
      usersWithPasskey
      adoptionRate
      lastActivityAt
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations(
    $first: Int
    $after: String
    $search: String
    $sort: OrganisationSort
    $direction: SortDirection
  ) {
    organisations(first: $first, after: $after, search: $search, sort: $sort, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrganisationRowFields
        }
      }
    }
  }
`);

export const SupportOrganisationQuery = graphql(`
  query SupportOrganisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationRowFields
      apps {
        id
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationRowFields
    }
  }
`);

export const SetPasskeysActivatedMutation = graphql(`
  mutation SetPasskeysActivated($organisationId: ID!, $activated: Boolean!) {
    setPasskeysActivated(organisationId: $organisationId, activated: $activated) {
      ...OrganisationRowFields
      passkeyPolicy {
        ...PolicyFields
      }
    }
  }
`);

graphql(`
  fragment AppRegistrationFields on AppRegistration {
    id
    platform
    appId
    teamId
    bundleId
    packageName
    certificateFingerprints
    origins
    associationFile
    associationEntry
    createdAt
  }
`);

export const OrganisationAppsQuery = graphql(`
  query OrganisationApps($id: ID!) {
    organisation(id: $id) {
      id
      apps {
        ...AppRegistrationFields
      }
    }
  }
`);

export const RegisterIosAppMutation = graphql(`
  mutation RegisterIosApp($input: RegisterIosAppInput!) {
    registerIosApp(input: $input) {
      ...AppRegistrationFields
    }
  }
`);

export const RegisterAndroidAppMutation = graphql(`
  mutation RegisterAndroidApp($input: RegisterAndroidAppInput!) {
    registerAndroidApp(input: $input) {
      ...AppRegistrationFields
    }
  }
`);

export const RemoveAppMutation = graphql(`
  mutation RemoveApp($id: ID!) {
    removeApp(id: $id) {
      id
    }
  }
`);
