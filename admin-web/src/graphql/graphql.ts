/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export type AppPlatform = "ANDROID" | "IOS";

export type AuditEventType =
  | "APP_REGISTERED"
  | "APP_REMOVED"
  | "APP_UPDATED"
  | "ORGANISATION_CREATED"
  | "PASSKEYS_ACTIVATED"
  | "PASSKEYS_DEACTIVATED"
  | "PASSKEY_REGISTERED"
  | "PASSKEY_RENAMED"
  | "PASSKEY_REVOKED"
  | "PASSKEY_SETUP_SKIPPED"
  | "POLICY_UPDATED"
  | "RECOVERY_CODE_ISSUED"
  | "SIGNED_OUT"
  | "SIGN_COUNT_REGRESSION"
  | "SIGN_IN_CODE_CREATED"
  | "SIGN_IN_CODE_USED"
  | "SIGN_IN_FAILED"
  | "SIGN_IN_SUCCEEDED"
  | "USER_CREATED";

export type AuthMethod = "PASSKEY" | "PASSWORD" | "SIGN_IN_CODE";

export type CodeSignInInput = {
  code: string;
  delivery?: SessionDelivery | null | undefined;
  email: string;
  /** Null for SUPPORT staff. */
  organisationSlug?: string | null | undefined;
};

export type CreateOrganisationInput = {
  name: string;
  slug: string;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  /** The organisation. For a SUPPORT user, who belongs to none, the empty string "". */
  organisationId: string | number;
  /** Optional initial password (at least 12 characters). */
  password?: string | null | undefined;
  role: Role;
};

export type FinishPasskeyRegistrationInput = {
  challengeId: string | number;
  name?: string | null | undefined;
  /** RegistrationResponseJSON from navigator.credentials.create. */
  response: unknown;
};

export type FinishPasskeySignInInput = {
  challengeId: string | number;
  delivery?: SessionDelivery | null | undefined;
  /** AuthenticationResponseJSON from navigator.credentials.get. */
  response: unknown;
};

/** The order of support's organisations list. */
export type OrganisationSort = "ADOPTION" | "CREATED" | "LAST_ACTIVITY" | "NAME" | "USERS";

/** What a client app should show the signed-in user next. */
export type PasskeyNextStep = "NONE" | "OFFER_SETUP" | "REQUIRE_SETUP";

/** What the organisation's policy demands right now, after activation, the toggle, and scheduled dates. */
export type PasskeyRequirement = "MANDATORY" | "OFF" | "OPTIONAL";

export type PasskeySetupReason = "FIRST_PASSKEY" | "NEW_DEVICE";

export type PasskeyStatus = "HAS_PASSKEY" | "PENDING" | "SKIPPED";

export type PasswordSignInInput = {
  delivery?: SessionDelivery | null | undefined;
  email: string;
  /** Null for SUPPORT staff, who belong to no organisation. */
  organisationSlug?: string | null | undefined;
  password: string;
};

export type RegisterAndroidAppInput = {
  /** SHA-256 fingerprints of the certificates the app is signed with (release, Play App Signing, debug): 64 hex digits, plain or AA:BB:…; 1 to 10. */
  certificateFingerprints: Array<string>;
  organisationId: string | number;
  /** The app's package name, e.g. com.example.app. */
  packageName: string;
};

export type RegisterIosAppInput = {
  /** The app's bundle id, e.g. com.example.app. */
  bundleId: string;
  organisationId: string | number;
  /** The 10-character Apple Team ID (the App ID prefix). */
  teamId: string;
};

export type Role = "APP_EDITOR" | "EMPLOYEE" | "ORG_ADMIN" | "SUPPORT";

export type SessionDelivery = "BEARER" | "COOKIE";

export type SortDirection = "ASC" | "DESC";

export type StartPasskeySignInInput = {
  /** Optional: fills allowCredentials; without it the ceremony is usernameless (discoverable credentials). */
  email?: string | null | undefined;
  /** Optional: limit the ceremony to this organisation's credentials. */
  organisationSlug?: string | null | undefined;
};

export type UpdatePasskeyPolicyInput = {
  allowPasswordAfterPasskey?: boolean | null | undefined;
  allowedAuthenticators?: Array<string> | null | undefined;
  enabled?: boolean | null | undefined;
  enabledFrom?: string | null | undefined;
  /** The version read; a stale one gets VERSION_CONFLICT. */
  expectedVersion: number;
  forcePasskeySetup?: boolean | null | undefined;
  forceSetupFrom?: string | null | undefined;
  mandatoryRoles?: Array<Role> | null | undefined;
  maxSkips?: number | null | undefined;
  organisationId: string | number;
  remindAfterDays?: number | null | undefined;
  requireAttestation?: boolean | null | undefined;
  userVerification?: UserVerificationRequirement | null | undefined;
};

export type UserVerificationRequirement = "PREFERRED" | "REQUIRED";

export type RenameCredentialMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;

export type RenameCredentialMutation = {
  __typename: "Mutation";
  renameCredential: {
    __typename: "Credential";
    id: string;
    name: string;
    authenticatorName: string | null;
    aaguid: string;
    synced: boolean;
    backupEligible: boolean;
    transports: Array<string>;
    createdAt: string;
    lastUsedAt: string | null;
  };
};

export type RevokeCredentialMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeCredentialMutation = { __typename: "Mutation"; revokeCredential: boolean };

export type CreateSignInCodeMutationVariables = Exact<{ [key: string]: never }>;

export type CreateSignInCodeMutation = {
  __typename: "Mutation";
  createSignInCode: { __typename: "SignInCode"; code: string; expiresAt: string };
};

export type SignOutOtherSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutOtherSessionsMutation = { __typename: "Mutation"; signOutOtherSessions: number };

export type AuditEventsQueryVariables = Exact<{
  organisationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  types?: Array<AuditEventType> | AuditEventType | null | undefined;
  userId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type AuditEventsQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    auditEvents: {
      __typename: "AuditEventConnection";
      pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        __typename: "AuditEventEdge";
        cursor: string;
        node: {
          __typename: "AuditEvent";
          id: string;
          type: AuditEventType;
          data: unknown;
          createdAt: string;
          byPlatformSupport: boolean;
          actor: { __typename: "User"; id: string; displayName: string; email: string } | null;
          subject: { __typename: "User"; id: string; displayName: string; email: string } | null;
        };
      }>;
    };
  } | null;
};

export type PolicyFieldsFragment = {
  __typename: "PasskeyPolicy";
  enabled: boolean;
  forcePasskeySetup: boolean;
  requirement: PasskeyRequirement;
  enabledFrom: string | null;
  forceSetupFrom: string | null;
  remindAfterDays: number | null;
  maxSkips: number | null;
  mandatoryRoles: Array<Role>;
  userVerification: UserVerificationRequirement;
  allowedAuthenticators: Array<string>;
  requireAttestation: boolean;
  allowPasswordAfterPasskey: boolean;
  version: number;
  updatedAt: string;
  updatedBy: { __typename: "User"; id: string; displayName: string; email: string } | null;
};

export type PasskeySettingsQueryVariables = Exact<{
  id: string | number;
}>;

export type PasskeySettingsQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    name: string;
    slug: string;
    passkeysActivated: boolean;
    passkeyPolicy: {
      __typename: "PasskeyPolicy";
      enabled: boolean;
      forcePasskeySetup: boolean;
      requirement: PasskeyRequirement;
      enabledFrom: string | null;
      forceSetupFrom: string | null;
      remindAfterDays: number | null;
      maxSkips: number | null;
      mandatoryRoles: Array<Role>;
      userVerification: UserVerificationRequirement;
      allowedAuthenticators: Array<string>;
      requireAttestation: boolean;
      allowPasswordAfterPasskey: boolean;
      version: number;
      updatedAt: string;
      updatedBy: { __typename: "User"; id: string; displayName: string; email: string } | null;
    };
  } | null;
};

export type PasskeyStatsQueryVariables = Exact<{
  id: string | number;
}>;

export type PasskeyStatsQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    passkeyStats: {
      __typename: "PasskeyStats";
      totalUsers: number;
      usersWithPasskey: number;
      usersSkipped: number;
      usersPending: number;
      adoptionRate: number;
      signInsByMethod: Array<{ __typename: "SignInCount"; method: AuthMethod; count: number }>;
      adoptionByDay: Array<{
        __typename: "AdoptionDay";
        day: string;
        users: number;
        usersWithPasskey: number;
        adoptionRate: number;
      }>;
    };
  } | null;
};

export type UpdatePasskeyPolicyMutationVariables = Exact<{
  input: UpdatePasskeyPolicyInput;
}>;

export type UpdatePasskeyPolicyMutation = {
  __typename: "Mutation";
  updatePasskeyPolicy: {
    __typename: "PasskeyPolicy";
    enabled: boolean;
    forcePasskeySetup: boolean;
    requirement: PasskeyRequirement;
    enabledFrom: string | null;
    forceSetupFrom: string | null;
    remindAfterDays: number | null;
    maxSkips: number | null;
    mandatoryRoles: Array<Role>;
    userVerification: UserVerificationRequirement;
    allowedAuthenticators: Array<string>;
    requireAttestation: boolean;
    allowPasswordAfterPasskey: boolean;
    version: number;
    updatedAt: string;
    updatedBy: { __typename: "User"; id: string; displayName: string; email: string } | null;
  };
};

export type PasskeyAuthenticatorsQueryVariables = Exact<{ [key: string]: never }>;

export type PasskeyAuthenticatorsQuery = {
  __typename: "Query";
  passkeyAuthenticators: Array<{ __typename: "AuthenticatorInfo"; aaguid: string; name: string }>;
};

export type UsersWithoutPasskeyQueryVariables = Exact<{
  id: string | number;
  status: PasskeyStatus;
  after?: string | null | undefined;
}>;

export type UsersWithoutPasskeyQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    users: {
      __typename: "UserConnection";
      totalCount: number;
      pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        __typename: "UserEdge";
        node: {
          __typename: "User";
          id: string;
          displayName: string;
          email: string;
          passkeySkipCount: number;
          lastSignInAt: string | null;
        };
      }>;
    };
  } | null;
};

export type PasskeySecurityProfileQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type PasskeySecurityProfileQuery = {
  __typename: "Query";
  passkeySecurityProfile: {
    __typename: "PasskeySecurityProfile";
    organisationId: string;
    organisationName: string;
    rpId: string;
    rpName: string;
    webOrigins: Array<string>;
    androidAppOrigins: Array<string>;
    iosAppIds: Array<string>;
    requirement: PasskeyRequirement;
    userVerification: UserVerificationRequirement;
    requireAttestation: boolean;
    attestationTrustRootsConfigured: boolean;
    allowPasswordAfterPasskey: boolean;
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    challengeMinutes: number;
    signInCodeMinutes: number;
    signInCodeTries: number;
    auditRetentionDays: number;
    generatedAt: string;
    allowedAuthenticators: Array<{ __typename: "AllowedAuthenticator"; aaguid: string; name: string | null }>;
    rateLimits: {
      __typename: "SignInRateLimits";
      accountAttempts: number;
      accountWindowMinutes: number;
      accountBlockMinutes: number;
      ipAttempts: number;
      ipWindowMinutes: number;
    };
    passkeys: { __typename: "PasskeyKinds"; total: number; synced: number; deviceBound: number };
  };
};

export type StartPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never }>;

export type StartPasskeyRegistrationMutation = {
  __typename: "Mutation";
  startPasskeyRegistration: {
    __typename: "PasskeyChallenge";
    challengeId: string;
    options: unknown;
    expiresAt: string;
  };
};

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  input: FinishPasskeyRegistrationInput;
}>;

export type FinishPasskeyRegistrationMutation = {
  __typename: "Mutation";
  finishPasskeyRegistration: {
    __typename: "PasskeyRegistrationPayload";
    credential: {
      __typename: "Credential";
      id: string;
      name: string;
      authenticatorName: string | null;
      aaguid: string;
      synced: boolean;
      backupEligible: boolean;
      transports: Array<string>;
      createdAt: string;
      lastUsedAt: string | null;
    };
    viewer: {
      __typename: "Viewer";
      authenticated: boolean;
      user: {
        __typename: "User";
        id: string;
        email: string;
        displayName: string;
        role: Role;
        hasPassword: boolean;
      } | null;
      organisation: {
        __typename: "Organisation";
        id: string;
        name: string;
        slug: string;
        passkeysActivated: boolean;
      } | null;
      session: {
        __typename: "Session";
        id: string;
        authMethod: AuthMethod;
        userVerified: boolean;
        restricted: boolean;
        createdAt: string;
        expiresAt: string;
      } | null;
      passkeySetup: {
        __typename: "PasskeySetupState";
        nextStep: PasskeyNextStep;
        requirement: PasskeyRequirement;
        canSkip: boolean;
        reason: PasskeySetupReason | null;
        hasPasskey: boolean;
        skippedAt: string | null;
        skipCount: number;
        remindAt: string | null;
      } | null;
    };
  };
};

export type SkipPasskeySetupMutationVariables = Exact<{ [key: string]: never }>;

export type SkipPasskeySetupMutation = {
  __typename: "Mutation";
  skipPasskeySetup: {
    __typename: "Viewer";
    authenticated: boolean;
    user: {
      __typename: "User";
      id: string;
      email: string;
      displayName: string;
      role: Role;
      hasPassword: boolean;
    } | null;
    organisation: {
      __typename: "Organisation";
      id: string;
      name: string;
      slug: string;
      passkeysActivated: boolean;
    } | null;
    session: {
      __typename: "Session";
      id: string;
      authMethod: AuthMethod;
      userVerified: boolean;
      restricted: boolean;
      createdAt: string;
      expiresAt: string;
    } | null;
    passkeySetup: {
      __typename: "PasskeySetupState";
      nextStep: PasskeyNextStep;
      requirement: PasskeyRequirement;
      canSkip: boolean;
      reason: PasskeySetupReason | null;
      hasPasskey: boolean;
      skippedAt: string | null;
      skipCount: number;
      remindAt: string | null;
    } | null;
  };
};

export type SignInOptionsQueryVariables = Exact<{
  slug: string;
}>;

export type SignInOptionsQuery = {
  __typename: "Query";
  signInOptions: {
    __typename: "SignInOptions";
    organisationName: string;
    passkeysAvailable: boolean;
    requirement: PasskeyRequirement;
  } | null;
};

export type SignInWithPasswordMutationVariables = Exact<{
  input: PasswordSignInInput;
}>;

export type SignInWithPasswordMutation = {
  __typename: "Mutation";
  signInWithPassword: {
    __typename: "SignInPayload";
    viewer: {
      __typename: "Viewer";
      authenticated: boolean;
      user: {
        __typename: "User";
        id: string;
        email: string;
        displayName: string;
        role: Role;
        hasPassword: boolean;
      } | null;
      organisation: {
        __typename: "Organisation";
        id: string;
        name: string;
        slug: string;
        passkeysActivated: boolean;
      } | null;
      session: {
        __typename: "Session";
        id: string;
        authMethod: AuthMethod;
        userVerified: boolean;
        restricted: boolean;
        createdAt: string;
        expiresAt: string;
      } | null;
      passkeySetup: {
        __typename: "PasskeySetupState";
        nextStep: PasskeyNextStep;
        requirement: PasskeyRequirement;
        canSkip: boolean;
        reason: PasskeySetupReason | null;
        hasPasskey: boolean;
        skippedAt: string | null;
        skipCount: number;
        remindAt: string | null;
      } | null;
    };
  };
};

export type StartPasskeySignInMutationVariables = Exact<{
  input: StartPasskeySignInInput;
}>;

export type StartPasskeySignInMutation = {
  __typename: "Mutation";
  startPasskeySignIn: { __typename: "PasskeyChallenge"; challengeId: string; options: unknown; expiresAt: string };
};

export type FinishPasskeySignInMutationVariables = Exact<{
  input: FinishPasskeySignInInput;
}>;

export type FinishPasskeySignInMutation = {
  __typename: "Mutation";
  finishPasskeySignIn: {
    __typename: "SignInPayload";
    viewer: {
      __typename: "Viewer";
      authenticated: boolean;
      user: {
        __typename: "User";
        id: string;
        email: string;
        displayName: string;
        role: Role;
        hasPassword: boolean;
      } | null;
      organisation: {
        __typename: "Organisation";
        id: string;
        name: string;
        slug: string;
        passkeysActivated: boolean;
      } | null;
      session: {
        __typename: "Session";
        id: string;
        authMethod: AuthMethod;
        userVerified: boolean;
        restricted: boolean;
        createdAt: string;
        expiresAt: string;
      } | null;
      passkeySetup: {
        __typename: "PasskeySetupState";
        nextStep: PasskeyNextStep;
        requirement: PasskeyRequirement;
        canSkip: boolean;
        reason: PasskeySetupReason | null;
        hasPasskey: boolean;
        skippedAt: string | null;
        skipCount: number;
        remindAt: string | null;
      } | null;
    };
  };
};

export type SignInWithCodeMutationVariables = Exact<{
  input: CodeSignInInput;
}>;

export type SignInWithCodeMutation = {
  __typename: "Mutation";
  signInWithCode: {
    __typename: "SignInPayload";
    viewer: {
      __typename: "Viewer";
      authenticated: boolean;
      user: {
        __typename: "User";
        id: string;
        email: string;
        displayName: string;
        role: Role;
        hasPassword: boolean;
      } | null;
      organisation: {
        __typename: "Organisation";
        id: string;
        name: string;
        slug: string;
        passkeysActivated: boolean;
      } | null;
      session: {
        __typename: "Session";
        id: string;
        authMethod: AuthMethod;
        userVerified: boolean;
        restricted: boolean;
        createdAt: string;
        expiresAt: string;
      } | null;
      passkeySetup: {
        __typename: "PasskeySetupState";
        nextStep: PasskeyNextStep;
        requirement: PasskeyRequirement;
        canSkip: boolean;
        reason: PasskeySetupReason | null;
        hasPasskey: boolean;
        skippedAt: string | null;
        skipCount: number;
        remindAt: string | null;
      } | null;
    };
  };
};

export type OrganisationRowFieldsFragment = {
  __typename: "Organisation";
  id: string;
  name: string;
  slug: string;
  passkeysActivated: boolean;
  createdAt: string;
  passkeyPolicy: { __typename: "PasskeyPolicy"; requirement: PasskeyRequirement };
  summary: {
    __typename: "OrganisationSummary";
    users: number;
    usersWithPasskey: number;
    adoptionRate: number;
    lastActivityAt: string | null;
  };
};

export type OrganisationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  sort?: OrganisationSort | null | undefined;
  direction?: SortDirection | null | undefined;
}>;

export type OrganisationsQuery = {
  __typename: "Query";
  organisations: {
    __typename: "OrganisationConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: "OrganisationEdge";
      cursor: string;
      node: {
        __typename: "Organisation";
        id: string;
        name: string;
        slug: string;
        passkeysActivated: boolean;
        createdAt: string;
        passkeyPolicy: { __typename: "PasskeyPolicy"; requirement: PasskeyRequirement };
        summary: {
          __typename: "OrganisationSummary";
          users: number;
          usersWithPasskey: number;
          adoptionRate: number;
          lastActivityAt: string | null;
        };
      };
    }>;
  };
};

export type SupportOrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type SupportOrganisationQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    name: string;
    slug: string;
    passkeysActivated: boolean;
    createdAt: string;
    apps: Array<{ __typename: "AppRegistration"; id: string }>;
    passkeyPolicy: { __typename: "PasskeyPolicy"; requirement: PasskeyRequirement };
    summary: {
      __typename: "OrganisationSummary";
      users: number;
      usersWithPasskey: number;
      adoptionRate: number;
      lastActivityAt: string | null;
    };
  } | null;
};

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;

export type CreateOrganisationMutation = {
  __typename: "Mutation";
  createOrganisation: {
    __typename: "Organisation";
    id: string;
    name: string;
    slug: string;
    passkeysActivated: boolean;
    createdAt: string;
    passkeyPolicy: { __typename: "PasskeyPolicy"; requirement: PasskeyRequirement };
    summary: {
      __typename: "OrganisationSummary";
      users: number;
      usersWithPasskey: number;
      adoptionRate: number;
      lastActivityAt: string | null;
    };
  };
};

export type SetPasskeysActivatedMutationVariables = Exact<{
  organisationId: string | number;
  activated: boolean;
}>;

export type SetPasskeysActivatedMutation = {
  __typename: "Mutation";
  setPasskeysActivated: {
    __typename: "Organisation";
    id: string;
    name: string;
    slug: string;
    passkeysActivated: boolean;
    createdAt: string;
    passkeyPolicy: {
      __typename: "PasskeyPolicy";
      requirement: PasskeyRequirement;
      enabled: boolean;
      forcePasskeySetup: boolean;
      enabledFrom: string | null;
      forceSetupFrom: string | null;
      remindAfterDays: number | null;
      maxSkips: number | null;
      mandatoryRoles: Array<Role>;
      userVerification: UserVerificationRequirement;
      allowedAuthenticators: Array<string>;
      requireAttestation: boolean;
      allowPasswordAfterPasskey: boolean;
      version: number;
      updatedAt: string;
      updatedBy: { __typename: "User"; id: string; displayName: string; email: string } | null;
    };
    summary: {
      __typename: "OrganisationSummary";
      users: number;
      usersWithPasskey: number;
      adoptionRate: number;
      lastActivityAt: string | null;
    };
  };
};

export type AppRegistrationFieldsFragment = {
  __typename: "AppRegistration";
  id: string;
  platform: AppPlatform;
  appId: string;
  teamId: string | null;
  bundleId: string | null;
  packageName: string | null;
  certificateFingerprints: Array<string>;
  origins: Array<string>;
  associationFile: string;
  associationEntry: string;
  createdAt: string;
};

export type OrganisationAppsQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganisationAppsQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    apps: Array<{
      __typename: "AppRegistration";
      id: string;
      platform: AppPlatform;
      appId: string;
      teamId: string | null;
      bundleId: string | null;
      packageName: string | null;
      certificateFingerprints: Array<string>;
      origins: Array<string>;
      associationFile: string;
      associationEntry: string;
      createdAt: string;
    }>;
  } | null;
};

export type RegisterIosAppMutationVariables = Exact<{
  input: RegisterIosAppInput;
}>;

export type RegisterIosAppMutation = {
  __typename: "Mutation";
  registerIosApp: {
    __typename: "AppRegistration";
    id: string;
    platform: AppPlatform;
    appId: string;
    teamId: string | null;
    bundleId: string | null;
    packageName: string | null;
    certificateFingerprints: Array<string>;
    origins: Array<string>;
    associationFile: string;
    associationEntry: string;
    createdAt: string;
  };
};

export type RegisterAndroidAppMutationVariables = Exact<{
  input: RegisterAndroidAppInput;
}>;

export type RegisterAndroidAppMutation = {
  __typename: "Mutation";
  registerAndroidApp: {
    __typename: "AppRegistration";
    id: string;
    platform: AppPlatform;
    appId: string;
    teamId: string | null;
    bundleId: string | null;
    packageName: string | null;
    certificateFingerprints: Array<string>;
    origins: Array<string>;
    associationFile: string;
    associationEntry: string;
    createdAt: string;
  };
};

export type RemoveAppMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveAppMutation = { __typename: "Mutation"; removeApp: { __typename: "AppRegistration"; id: string } };

export type UserRowFieldsFragment = {
  __typename: "User";
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passkeyStatus: PasskeyStatus;
  lastSignInAt: string | null;
};

export type UserDetailFieldsFragment = {
  __typename: "User";
  hasPassword: boolean;
  createdAt: string;
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passkeyStatus: PasskeyStatus;
  lastSignInAt: string | null;
  passkeys: Array<{
    __typename: "Credential";
    id: string;
    name: string;
    authenticatorName: string | null;
    aaguid: string;
    synced: boolean;
    backupEligible: boolean;
    transports: Array<string>;
    createdAt: string;
    lastUsedAt: string | null;
  }>;
};

export type OrganisationUsersQueryVariables = Exact<{
  organisationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  passkeyStatus?: PasskeyStatus | null | undefined;
  role?: Role | null | undefined;
}>;

export type OrganisationUsersQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    users: {
      __typename: "UserConnection";
      totalCount: number;
      pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        __typename: "UserEdge";
        cursor: string;
        node: {
          __typename: "User";
          id: string;
          email: string;
          displayName: string;
          role: Role;
          passkeyStatus: PasskeyStatus;
          lastSignInAt: string | null;
        };
      }>;
    };
  } | null;
};

export type UserDetailQueryVariables = Exact<{
  organisationId: string | number;
  userId: string | number;
}>;

export type UserDetailQuery = {
  __typename: "Query";
  organisation: {
    __typename: "Organisation";
    id: string;
    name: string;
    user: {
      __typename: "User";
      hasPassword: boolean;
      createdAt: string;
      id: string;
      email: string;
      displayName: string;
      role: Role;
      passkeyStatus: PasskeyStatus;
      lastSignInAt: string | null;
      passkeys: Array<{
        __typename: "Credential";
        id: string;
        name: string;
        authenticatorName: string | null;
        aaguid: string;
        synced: boolean;
        backupEligible: boolean;
        transports: Array<string>;
        createdAt: string;
        lastUsedAt: string | null;
      }>;
    } | null;
  } | null;
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  __typename: "Mutation";
  createUser: {
    __typename: "User";
    id: string;
    email: string;
    displayName: string;
    role: Role;
    passkeyStatus: PasskeyStatus;
    lastSignInAt: string | null;
  };
};

export type RevokeUserCredentialsMutationVariables = Exact<{
  userId: string | number;
  credentialId?: string | number | null | undefined;
  endSessions: boolean;
}>;

export type RevokeUserCredentialsMutation = {
  __typename: "Mutation";
  revokeUserCredentials: {
    __typename: "User";
    hasPassword: boolean;
    createdAt: string;
    id: string;
    email: string;
    displayName: string;
    role: Role;
    passkeyStatus: PasskeyStatus;
    lastSignInAt: string | null;
    passkeys: Array<{
      __typename: "Credential";
      id: string;
      name: string;
      authenticatorName: string | null;
      aaguid: string;
      synced: boolean;
      backupEligible: boolean;
      transports: Array<string>;
      createdAt: string;
      lastUsedAt: string | null;
    }>;
  };
};

export type IssueRecoveryCodeMutationVariables = Exact<{
  userId: string | number;
}>;

export type IssueRecoveryCodeMutation = {
  __typename: "Mutation";
  issueRecoveryCode: { __typename: "SignInCode"; code: string; expiresAt: string };
};

export type CredentialFieldsFragment = {
  __typename: "Credential";
  id: string;
  name: string;
  authenticatorName: string | null;
  aaguid: string;
  synced: boolean;
  backupEligible: boolean;
  transports: Array<string>;
  createdAt: string;
  lastUsedAt: string | null;
};

export type OwnPasskeysQueryVariables = Exact<{ [key: string]: never }>;

export type OwnPasskeysQuery = {
  __typename: "Query";
  viewer: {
    __typename: "Viewer";
    user: {
      __typename: "User";
      id: string;
      passkeys: Array<{
        __typename: "Credential";
        id: string;
        name: string;
        authenticatorName: string | null;
        aaguid: string;
        synced: boolean;
        backupEligible: boolean;
        transports: Array<string>;
        createdAt: string;
        lastUsedAt: string | null;
      }>;
    } | null;
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { __typename: "Mutation"; signOut: boolean };

export type ViewerFieldsFragment = {
  __typename: "Viewer";
  authenticated: boolean;
  user: { __typename: "User"; id: string; email: string; displayName: string; role: Role; hasPassword: boolean } | null;
  organisation: {
    __typename: "Organisation";
    id: string;
    name: string;
    slug: string;
    passkeysActivated: boolean;
  } | null;
  session: {
    __typename: "Session";
    id: string;
    authMethod: AuthMethod;
    userVerified: boolean;
    restricted: boolean;
    createdAt: string;
    expiresAt: string;
  } | null;
  passkeySetup: {
    __typename: "PasskeySetupState";
    nextStep: PasskeyNextStep;
    requirement: PasskeyRequirement;
    canSkip: boolean;
    reason: PasskeySetupReason | null;
    hasPasskey: boolean;
    skippedAt: string | null;
    skipCount: number;
    remindAt: string | null;
  } | null;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  __typename: "Query";
  viewer: {
    __typename: "Viewer";
    authenticated: boolean;
    user: {
      __typename: "User";
      id: string;
      email: string;
      displayName: string;
      role: Role;
      hasPassword: boolean;
    } | null;
    organisation: {
      __typename: "Organisation";
      id: string;
      name: string;
      slug: string;
      passkeysActivated: boolean;
    } | null;
    session: {
      __typename: "Session";
      id: string;
      authMethod: AuthMethod;
      userVerified: boolean;
      restricted: boolean;
      createdAt: string;
      expiresAt: string;
    } | null;
    passkeySetup: {
      __typename: "PasskeySetupState";
      nextStep: PasskeyNextStep;
      requirement: PasskeyRequirement;
      canSkip: boolean;
      reason: PasskeySetupReason | null;
      hasPasskey: boolean;
      skippedAt: string | null;
      skipCount: number;
      remindAt: string | null;
    } | null;
  };
};

export const PolicyFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PolicyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PasskeyPolicy" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "forcePasskeySetup" } },
          { kind: "Field", name: { kind: "Name", value: "requirement" } },
          { kind: "Field", name: { kind: "Name", value: "enabledFrom" } },
          { kind: "Field", name: { kind: "Name", value: "forceSetupFrom" } },
          { kind: "Field", name: { kind: "Name", value: "remindAfterDays" } },
          { kind: "Field", name: { kind: "Name", value: "maxSkips" } },
          { kind: "Field", name: { kind: "Name", value: "mandatoryRoles" } },
          { kind: "Field", name: { kind: "Name", value: "userVerification" } },
          { kind: "Field", name: { kind: "Name", value: "allowedAuthenticators" } },
          { kind: "Field", name: { kind: "Name", value: "requireAttestation" } },
          { kind: "Field", name: { kind: "Name", value: "allowPasswordAfterPasskey" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updatedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const OrganisationRowFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyPolicy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "requirement" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "users" } },
                { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                { kind: "Field", name: { kind: "Name", value: "lastActivityAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationRowFieldsFragment, unknown>;
export const AppRegistrationFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AppRegistrationFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AppRegistration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "platform" } },
          { kind: "Field", name: { kind: "Name", value: "appId" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "bundleId" } },
          { kind: "Field", name: { kind: "Name", value: "packageName" } },
          { kind: "Field", name: { kind: "Name", value: "certificateFingerprints" } },
          { kind: "Field", name: { kind: "Name", value: "origins" } },
          { kind: "Field", name: { kind: "Name", value: "associationFile" } },
          { kind: "Field", name: { kind: "Name", value: "associationEntry" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRegistrationFieldsFragment, unknown>;
export const UserRowFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserRowFieldsFragment, unknown>;
export const CredentialFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CredentialFieldsFragment, unknown>;
export const UserDetailFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserDetailFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "UserRowFields" } },
          { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeys" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserDetailFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const RenameCredentialDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RenameCredential" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "name" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "renameCredential" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "name" },
                value: { kind: "Variable", name: { kind: "Name", value: "name" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenameCredentialMutation, RenameCredentialMutationVariables>;
export const RevokeCredentialDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RevokeCredential" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeCredential" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCredentialMutation, RevokeCredentialMutationVariables>;
export const CreateSignInCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateSignInCode" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createSignInCode" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSignInCodeMutation, CreateSignInCodeMutationVariables>;
export const SignOutOtherSessionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignOutOtherSessions" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "signOutOtherSessions" } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutOtherSessionsMutation, SignOutOtherSessionsMutationVariables>;
export const AuditEventsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditEvents" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "types" } },
          type: {
            kind: "ListType",
            type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AuditEventType" } } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "DateTime" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "auditEvents" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "types" },
                      value: { kind: "Variable", name: { kind: "Name", value: "types" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "userId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "from" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "to" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                            { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "type" } },
                                  { kind: "Field", name: { kind: "Name", value: "data" } },
                                  { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "byPlatformSupport" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "actor" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "displayName" } },
                                        { kind: "Field", name: { kind: "Name", value: "email" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "subject" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "displayName" } },
                                        { kind: "Field", name: { kind: "Name", value: "email" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const PasskeySettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PasskeySettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "passkeyPolicy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PolicyFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PolicyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PasskeyPolicy" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "forcePasskeySetup" } },
          { kind: "Field", name: { kind: "Name", value: "requirement" } },
          { kind: "Field", name: { kind: "Name", value: "enabledFrom" } },
          { kind: "Field", name: { kind: "Name", value: "forceSetupFrom" } },
          { kind: "Field", name: { kind: "Name", value: "remindAfterDays" } },
          { kind: "Field", name: { kind: "Name", value: "maxSkips" } },
          { kind: "Field", name: { kind: "Name", value: "mandatoryRoles" } },
          { kind: "Field", name: { kind: "Name", value: "userVerification" } },
          { kind: "Field", name: { kind: "Name", value: "allowedAuthenticators" } },
          { kind: "Field", name: { kind: "Name", value: "requireAttestation" } },
          { kind: "Field", name: { kind: "Name", value: "allowPasswordAfterPasskey" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updatedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeySettingsQuery, PasskeySettingsQueryVariables>;
export const PasskeyStatsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PasskeyStats" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "passkeyStats" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalUsers" } },
                      { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                      { kind: "Field", name: { kind: "Name", value: "usersSkipped" } },
                      { kind: "Field", name: { kind: "Name", value: "usersPending" } },
                      { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "signInsByMethod" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "days" },
                            value: { kind: "IntValue", value: "30" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "method" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "adoptionByDay" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "days" },
                            value: { kind: "IntValue", value: "30" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "day" } },
                            { kind: "Field", name: { kind: "Name", value: "users" } },
                            { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                            { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeyStatsQuery, PasskeyStatsQueryVariables>;
export const UpdatePasskeyPolicyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "UpdatePasskeyPolicy" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdatePasskeyPolicyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updatePasskeyPolicy" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PolicyFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PolicyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PasskeyPolicy" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "forcePasskeySetup" } },
          { kind: "Field", name: { kind: "Name", value: "requirement" } },
          { kind: "Field", name: { kind: "Name", value: "enabledFrom" } },
          { kind: "Field", name: { kind: "Name", value: "forceSetupFrom" } },
          { kind: "Field", name: { kind: "Name", value: "remindAfterDays" } },
          { kind: "Field", name: { kind: "Name", value: "maxSkips" } },
          { kind: "Field", name: { kind: "Name", value: "mandatoryRoles" } },
          { kind: "Field", name: { kind: "Name", value: "userVerification" } },
          { kind: "Field", name: { kind: "Name", value: "allowedAuthenticators" } },
          { kind: "Field", name: { kind: "Name", value: "requireAttestation" } },
          { kind: "Field", name: { kind: "Name", value: "allowPasswordAfterPasskey" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updatedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePasskeyPolicyMutation, UpdatePasskeyPolicyMutationVariables>;
export const PasskeyAuthenticatorsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PasskeyAuthenticators" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyAuthenticators" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "aaguid" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeyAuthenticatorsQuery, PasskeyAuthenticatorsQueryVariables>;
export const UsersWithoutPasskeyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UsersWithoutPasskey" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "status" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PasskeyStatus" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "users" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "passkeyStatus" },
                      value: { kind: "Variable", name: { kind: "Name", value: "status" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "25" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                            { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "displayName" } },
                                  { kind: "Field", name: { kind: "Name", value: "email" } },
                                  { kind: "Field", name: { kind: "Name", value: "passkeySkipCount" } },
                                  { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersWithoutPasskeyQuery, UsersWithoutPasskeyQueryVariables>;
export const PasskeySecurityProfileDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PasskeySecurityProfile" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySecurityProfile" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "organisationId" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "organisationId" } },
                { kind: "Field", name: { kind: "Name", value: "organisationName" } },
                { kind: "Field", name: { kind: "Name", value: "rpId" } },
                { kind: "Field", name: { kind: "Name", value: "rpName" } },
                { kind: "Field", name: { kind: "Name", value: "webOrigins" } },
                { kind: "Field", name: { kind: "Name", value: "androidAppOrigins" } },
                { kind: "Field", name: { kind: "Name", value: "iosAppIds" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "userVerification" } },
                { kind: "Field", name: { kind: "Name", value: "requireAttestation" } },
                { kind: "Field", name: { kind: "Name", value: "attestationTrustRootsConfigured" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "allowedAuthenticators" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "aaguid" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "allowPasswordAfterPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "sessionIdleMinutes" } },
                { kind: "Field", name: { kind: "Name", value: "sessionAbsoluteHours" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rateLimits" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "accountAttempts" } },
                      { kind: "Field", name: { kind: "Name", value: "accountWindowMinutes" } },
                      { kind: "Field", name: { kind: "Name", value: "accountBlockMinutes" } },
                      { kind: "Field", name: { kind: "Name", value: "ipAttempts" } },
                      { kind: "Field", name: { kind: "Name", value: "ipWindowMinutes" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "challengeMinutes" } },
                { kind: "Field", name: { kind: "Name", value: "signInCodeMinutes" } },
                { kind: "Field", name: { kind: "Name", value: "signInCodeTries" } },
                { kind: "Field", name: { kind: "Name", value: "auditRetentionDays" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "passkeys" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      { kind: "Field", name: { kind: "Name", value: "synced" } },
                      { kind: "Field", name: { kind: "Name", value: "deviceBound" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "generatedAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PasskeySecurityProfileQuery, PasskeySecurityProfileQueryVariables>;
export const StartPasskeyRegistrationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StartPasskeyRegistration" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "startPasskeyRegistration" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "challengeId" } },
                { kind: "Field", name: { kind: "Name", value: "options" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPasskeyRegistrationMutation, StartPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "FinishPasskeyRegistration" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "FinishPasskeyRegistrationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "finishPasskeyRegistration" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "credential" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const SkipPasskeySetupDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SkipPasskeySetup" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "skipPasskeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SkipPasskeySetupMutation, SkipPasskeySetupMutationVariables>;
export const SignInOptionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SignInOptions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signInOptions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "organisationSlug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "organisationName" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysAvailable" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const SignInWithPasswordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignInWithPassword" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PasswordSignInInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signInWithPassword" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInWithPasswordMutation, SignInWithPasswordMutationVariables>;
export const StartPasskeySignInDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "StartPasskeySignIn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "StartPasskeySignInInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "startPasskeySignIn" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "challengeId" } },
                { kind: "Field", name: { kind: "Name", value: "options" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartPasskeySignInMutation, StartPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "FinishPasskeySignIn" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "FinishPasskeySignInInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "finishPasskeySignIn" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;
export const SignInWithCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignInWithCode" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CodeSignInInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signInWithCode" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const OrganisationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Organisations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sort" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "OrganisationSort" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "direction" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "SortDirection" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisations" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: { kind: "Variable", name: { kind: "Name", value: "search" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sort" },
                value: { kind: "Variable", name: { kind: "Name", value: "sort" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "direction" },
                value: { kind: "Variable", name: { kind: "Name", value: "direction" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationRowFields" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyPolicy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "requirement" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "users" } },
                { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                { kind: "Field", name: { kind: "Name", value: "lastActivityAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const SupportOrganisationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SupportOrganisation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationRowFields" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "apps" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyPolicy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "requirement" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "users" } },
                { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                { kind: "Field", name: { kind: "Name", value: "lastActivityAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportOrganisationQuery, SupportOrganisationQueryVariables>;
export const CreateOrganisationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateOrganisation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateOrganisationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createOrganisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationRowFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyPolicy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "requirement" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "users" } },
                { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                { kind: "Field", name: { kind: "Name", value: "lastActivityAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const SetPasskeysActivatedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SetPasskeysActivated" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "activated" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "setPasskeysActivated" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "organisationId" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "activated" },
                value: { kind: "Variable", name: { kind: "Name", value: "activated" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrganisationRowFields" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "passkeyPolicy" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PolicyFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrganisationRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organisation" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeyPolicy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "requirement" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "summary" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "users" } },
                { kind: "Field", name: { kind: "Name", value: "usersWithPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "adoptionRate" } },
                { kind: "Field", name: { kind: "Name", value: "lastActivityAt" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PolicyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PasskeyPolicy" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "enabled" } },
          { kind: "Field", name: { kind: "Name", value: "forcePasskeySetup" } },
          { kind: "Field", name: { kind: "Name", value: "requirement" } },
          { kind: "Field", name: { kind: "Name", value: "enabledFrom" } },
          { kind: "Field", name: { kind: "Name", value: "forceSetupFrom" } },
          { kind: "Field", name: { kind: "Name", value: "remindAfterDays" } },
          { kind: "Field", name: { kind: "Name", value: "maxSkips" } },
          { kind: "Field", name: { kind: "Name", value: "mandatoryRoles" } },
          { kind: "Field", name: { kind: "Name", value: "userVerification" } },
          { kind: "Field", name: { kind: "Name", value: "allowedAuthenticators" } },
          { kind: "Field", name: { kind: "Name", value: "requireAttestation" } },
          { kind: "Field", name: { kind: "Name", value: "allowPasswordAfterPasskey" } },
          { kind: "Field", name: { kind: "Name", value: "version" } },
          { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "updatedBy" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPasskeysActivatedMutation, SetPasskeysActivatedMutationVariables>;
export const OrganisationAppsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrganisationApps" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "apps" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AppRegistrationFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AppRegistrationFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AppRegistration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "platform" } },
          { kind: "Field", name: { kind: "Name", value: "appId" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "bundleId" } },
          { kind: "Field", name: { kind: "Name", value: "packageName" } },
          { kind: "Field", name: { kind: "Name", value: "certificateFingerprints" } },
          { kind: "Field", name: { kind: "Name", value: "origins" } },
          { kind: "Field", name: { kind: "Name", value: "associationFile" } },
          { kind: "Field", name: { kind: "Name", value: "associationEntry" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationAppsQuery, OrganisationAppsQueryVariables>;
export const RegisterIosAppDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RegisterIosApp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterIosAppInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerIosApp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AppRegistrationFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AppRegistrationFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AppRegistration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "platform" } },
          { kind: "Field", name: { kind: "Name", value: "appId" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "bundleId" } },
          { kind: "Field", name: { kind: "Name", value: "packageName" } },
          { kind: "Field", name: { kind: "Name", value: "certificateFingerprints" } },
          { kind: "Field", name: { kind: "Name", value: "origins" } },
          { kind: "Field", name: { kind: "Name", value: "associationFile" } },
          { kind: "Field", name: { kind: "Name", value: "associationEntry" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterIosAppMutation, RegisterIosAppMutationVariables>;
export const RegisterAndroidAppDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RegisterAndroidApp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterAndroidAppInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerAndroidApp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "AppRegistrationFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "AppRegistrationFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AppRegistration" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "platform" } },
          { kind: "Field", name: { kind: "Name", value: "appId" } },
          { kind: "Field", name: { kind: "Name", value: "teamId" } },
          { kind: "Field", name: { kind: "Name", value: "bundleId" } },
          { kind: "Field", name: { kind: "Name", value: "packageName" } },
          { kind: "Field", name: { kind: "Name", value: "certificateFingerprints" } },
          { kind: "Field", name: { kind: "Name", value: "origins" } },
          { kind: "Field", name: { kind: "Name", value: "associationFile" } },
          { kind: "Field", name: { kind: "Name", value: "associationEntry" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterAndroidAppMutation, RegisterAndroidAppMutationVariables>;
export const RemoveAppDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RemoveApp" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "removeApp" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveAppMutation, RemoveAppMutationVariables>;
export const OrganisationUsersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrganisationUsers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "passkeyStatus" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "PasskeyStatus" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "role" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Role" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "users" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "Variable", name: { kind: "Name", value: "first" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "search" },
                      value: { kind: "Variable", name: { kind: "Name", value: "search" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "passkeyStatus" },
                      value: { kind: "Variable", name: { kind: "Name", value: "passkeyStatus" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "role" },
                      value: { kind: "Variable", name: { kind: "Name", value: "role" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                            { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "UserRowFields" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationUsersQuery, OrganisationUsersQueryVariables>;
export const UserDetailDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UserDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "organisationId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "id" },
                      value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserDetailFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserDetailFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "UserRowFields" } },
          { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeys" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserDetailQuery, UserDetailQueryVariables>;
export const CreateUserDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CreateUser" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CreateUserInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createUser" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserRowFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const RevokeUserCredentialsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RevokeUserCredentials" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "credentialId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "endSessions" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeUserCredentials" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "credentialId" },
                value: { kind: "Variable", name: { kind: "Name", value: "credentialId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "endSessions" },
                value: { kind: "Variable", name: { kind: "Name", value: "endSessions" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserDetailFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "displayName" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "passkeyStatus" } },
          { kind: "Field", name: { kind: "Name", value: "lastSignInAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserDetailFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "FragmentSpread", name: { kind: "Name", value: "UserRowFields" } },
          { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeys" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeUserCredentialsMutation, RevokeUserCredentialsMutationVariables>;
export const IssueRecoveryCodeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IssueRecoveryCode" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "userId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "issueRecoveryCode" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "userId" },
                value: { kind: "Variable", name: { kind: "Name", value: "userId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueRecoveryCodeMutation, IssueRecoveryCodeMutationVariables>;
export const OwnPasskeysDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OwnPasskeys" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "passkeys" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CredentialFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CredentialFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Credential" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "authenticatorName" } },
          { kind: "Field", name: { kind: "Name", value: "aaguid" } },
          { kind: "Field", name: { kind: "Name", value: "synced" } },
          { kind: "Field", name: { kind: "Name", value: "backupEligible" } },
          { kind: "Field", name: { kind: "Name", value: "transports" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "lastUsedAt" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnPasskeysQuery, OwnPasskeysQueryVariables>;
export const SignOutDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SignOut" },
      selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "signOut" } }] },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Viewer" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ViewerFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ViewerFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Viewer" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "authenticated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "hasPassword" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "organisation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "passkeysActivated" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "session" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "authMethod" } },
                { kind: "Field", name: { kind: "Name", value: "userVerified" } },
                { kind: "Field", name: { kind: "Name", value: "restricted" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "passkeySetup" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "nextStep" } },
                { kind: "Field", name: { kind: "Name", value: "requirement" } },
                { kind: "Field", name: { kind: "Name", value: "canSkip" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "hasPasskey" } },
                { kind: "Field", name: { kind: "Name", value: "skippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "skipCount" } },
                { kind: "Field", name: { kind: "Name", value: "remindAt" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
