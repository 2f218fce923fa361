import type { ApolloClient } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../graphql";
import { Role as RoleEnum } from "../graphql/enums";
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
      skipsRemaining
      nextPromptAt
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

export const roleLabels: Record<Role, string> = {
  EMPLOYEE: "Employee",
  APP_EDITOR: "App editor",
  ORG_ADMIN: "Organisation admin",
  SUPPORT: "Support",
};

/** The roles a person in an organisation can have (SUPPORT staff belong to none), from the schema's enum. */
export const organisationRoles: Role[] = Object.values(RoleEnum).filter((role) => role !== RoleEnum.SUPPORT);

/** The roles that open the console's organisation screens. */
export const adminRoles: Role[] = [RoleEnum.ORG_ADMIN, RoleEnum.APP_EDITOR];

/** The organisation roles as a picker's options, least access first. */
export const roleOptions = [...organisationRoles]
  .sort((a, b) => (a === RoleEnum.EMPLOYEE ? -1 : b === RoleEnum.EMPLOYEE ? 1 : 0))
  .map((role) => ({ value: role, label: roleLabels[role] }));

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
