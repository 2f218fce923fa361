import { graphql } from "../../graphql";

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $organisationId: ID!
    $first: Int
    $after: String
    $types: [AuditEventType!]
    $userId: ID
    $from: DateTime
    $to: DateTime
  ) {
    organisation(id: $organisationId) {
      id
      auditEvents(first: $first, after: $after, types: $types, userId: $userId, from: $from, to: $to) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            type
            data
            createdAt
            byPlatformSupport
            actor {
              id
              displayName
              email
            }
            subject {
              id
              displayName
              email
            }
          }
        }
      }
    }
  }
`);
