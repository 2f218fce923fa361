import type { ApolloClient } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../graphql";
import type { Role, ViewerFieldsFragment } from "../graphql/graphql";

graphql(`
  fragment ViewerFields on Viewer {
    authenticated
    user {
      id
      email
      displayName
      role
      hasPassword
    }
    organisation {
      id
      name
      slug
      passkeysActivated
    }
    session {
      id
      authMethod
      userVerified
      restricted
      createdAt
      expiresAt
    }
    passkeySetup {
      nextStep
      requirement
      canSkip
      reason
      hasPasskey
      skippedAt
      skipCount
      remindAt
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export type ViewerState = ViewerFieldsFragment;

export function useViewer() {
  return useQuery(ViewerQuery, { fetchPolicy: "cache-first" });
}

export const orgRoles: Role[] = ["ORG_ADMIN", "APP_EDITOR"];

export const roleLabels: Record<Role, string> = {
  EMPLOYEE: "Employee",
  APP_EDITOR: "App editor",
  ORG_ADMIN: "Organisation admin",
  SUPPORT: "Support",
};

/** Where a signed-in user lands: the screen their role is for. */
export function homePathFor(role: Role | undefined): string {
  switch (role) {
    case "SUPPORT":
      return "/support/organisations";
    case "ORG_ADMIN":
    case "APP_EDITOR":
      return "/settings/passkeys";
    default:
      return "/account/security";
  }
}

export const signedOutViewer: ViewerState = {
  __typename: "Viewer",
  authenticated: false,
  user: null,
  organisation: null,
  session: null,
  passkeySetup: null,
};

/** Replaces the cached viewer with one the API just returned (sign-in, registration, skip). */
export function writeViewer(client: ApolloClient, viewer: ViewerState) {
  client.writeQuery({
    query: ViewerQuery,
    data: { __typename: "Query", viewer },
  });
}
