import { graphql } from "../../graphql";

export const AuditEventsQuery = graphql(`
  query AuditEvents($organisationId: ID!, $first: Int, $after: String, $types: [AuditEventType!]) {
    organisation(id: $organisationId) {
      id
      auditEvents(first: $first, after: $after, types: $types) {
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
