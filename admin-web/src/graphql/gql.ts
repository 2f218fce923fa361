/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RevokeCredential($id: ID!) {\n    revokeCredential(id: $id)\n  }\n": typeof types.RevokeCredentialDocument,
    "\n  mutation CreateSignInCode {\n    createSignInCode {\n      id\n      code\n      expiresAt\n    }\n  }\n": typeof types.CreateSignInCodeDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": typeof types.SignOutOtherSessionsDocument,
    "\n  query AuditEvents(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $types: [AuditEventType!]\n    $userId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    organisation(id: $organisationId) {\n      id\n      auditEvents(first: $first, after: $after, types: $types, userId: $userId, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            data\n            createdAt\n            actor {\n              id\n              displayName\n              email\n            }\n            subject {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment PolicyFields on PasskeyPolicy {\n    enabled\n    forcePasskeySetup\n    requirement\n    enabledFrom\n    forceSetupFrom\n    remindAfterDays\n    maxSkips\n    mandatoryRoles\n    userVerification\n    allowedAuthenticators\n    requireAttestation\n    allowPasswordAfterPasskey\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query PasskeySettings($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      passkeysActivated\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.PasskeySettingsDocument,
    "\n  query PasskeyStats($id: ID!) {\n    organisation(id: $id) {\n      id\n      passkeyStats {\n        totalUsers\n        usersWithPasskey\n        usersSkipped\n        usersPending\n        adoptionRate\n        signInsByMethod(days: 30) {\n          method\n          count\n        }\n        adoptionByDay(days: 30) {\n          day\n          users\n          usersWithPasskey\n          adoptionRate\n        }\n      }\n    }\n  }\n": typeof types.PasskeyStatsDocument,
    "\n  mutation UpdatePasskeyPolicy($input: UpdatePasskeyPolicyInput!) {\n    updatePasskeyPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.UpdatePasskeyPolicyDocument,
    "\n  query PasskeyAuthenticators {\n    passkeyAuthenticators {\n      aaguid\n      name\n    }\n  }\n": typeof types.PasskeyAuthenticatorsDocument,
    "\n  query UsersWithoutPasskey($id: ID!, $status: PasskeyStatus!, $after: String) {\n    organisation(id: $id) {\n      id\n      users(passkeyStatus: $status, first: 25, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            displayName\n            email\n            passkeySkipCount\n            lastSignInAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersWithoutPasskeyDocument,
    "\n  query PasskeyPolicyImpact($input: UpdatePasskeyPolicyInput!) {\n    passkeyPolicyImpact(input: $input) {\n      ...PolicyImpactFields\n    }\n  }\n": typeof types.PasskeyPolicyImpactDocument,
    "\n  fragment PolicyImpactFields on PasskeyPolicyImpact {\n    requirementNow\n    requirementAfter\n    takesEffectAt\n    pausesPasskeys\n    pauseNeedsConfirmation\n    mandatoryDatePassed\n    totalUsers\n    usersWithPasskey\n    usersHeldAtPrompt\n    usersOffered\n    viewerHeldAtPrompt\n  }\n": typeof types.PolicyImpactFieldsFragmentDoc,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      credential {\n        ...CredentialFields\n      }\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation SkipPasskeySetup {\n    skipPasskeySetup {\n      ...ViewerFields\n    }\n  }\n": typeof types.SkipPasskeySetupDocument,
    "\n  query SignInOptions($slug: String!) {\n    signInOptions(organisationSlug: $slug) {\n      organisationName\n      passkeysAvailable\n      requirement\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignInWithPassword($input: PasswordSignInInput!) {\n    signInWithPassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInWithPasswordDocument,
    "\n  mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {\n    startPasskeySignIn(input: $input) {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n": typeof types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.FinishPasskeySignInDocument,
    "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    slug\n    passkeysActivated\n    createdAt\n    passkeyPolicy {\n      requirement\n    }\n  }\n": typeof types.OrganisationRowFieldsFragmentDoc,
    "\n  query Organisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationRowFields\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query SupportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationRowFields\n      apps {\n        id\n      }\n    }\n  }\n": typeof types.SupportOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation SetPasskeysActivated($organisationId: ID!, $activated: Boolean!) {\n    setPasskeysActivated(organisationId: $organisationId, activated: $activated) {\n      ...OrganisationRowFields\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.SetPasskeysActivatedDocument,
    "\n  fragment AppRegistrationFields on AppRegistration {\n    id\n    platform\n    appId\n    teamId\n    bundleId\n    packageName\n    certificateFingerprints\n    origins\n    associationFile\n    associationEntry\n    createdAt\n  }\n": typeof types.AppRegistrationFieldsFragmentDoc,
    "\n  query OrganisationApps($id: ID!) {\n    organisation(id: $id) {\n      id\n      apps {\n        ...AppRegistrationFields\n      }\n    }\n  }\n": typeof types.OrganisationAppsDocument,
    "\n  mutation RegisterIosApp($input: RegisterIosAppInput!) {\n    registerIosApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n": typeof types.RegisterIosAppDocument,
    "\n  mutation RegisterAndroidApp($input: RegisterAndroidAppInput!) {\n    registerAndroidApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n": typeof types.RegisterAndroidAppDocument,
    "\n  mutation RemoveApp($id: ID!) {\n    removeApp(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveAppDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    passkeyStatus\n    passkeysRevokedAt\n    active\n    lastSignInAt\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  fragment UserDetailFields on User {\n    ...UserRowFields\n    hasPassword\n    createdAt\n    deactivatedAt\n    passkeys {\n      ...CredentialFields\n    }\n  }\n": typeof types.UserDetailFieldsFragmentDoc,
    "\n  query OrganisationUsers(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $passkeyStatus: PasskeyStatus\n    $role: Role\n  ) {\n    organisation(id: $organisationId) {\n      id\n      users(first: $first, after: $after, search: $search, passkeyStatus: $passkeyStatus, role: $role) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...UserRowFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationUsersDocument,
    "\n  query UserDetail($organisationId: ID!, $userId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      user(id: $userId) {\n        ...UserDetailFields\n      }\n    }\n  }\n": typeof types.UserDetailDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID, $endSessions: Boolean!) {\n    revokeUserCredentials(userId: $userId, credentialId: $credentialId, endSessions: $endSessions) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.RevokeUserCredentialsDocument,
    "\n  mutation IssueRecoveryCode($userId: ID!) {\n    issueRecoveryCode(userId: $userId) {\n      id\n      code\n      expiresAt\n    }\n  }\n": typeof types.IssueRecoveryCodeDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  fragment CredentialFields on Credential {\n    id\n    name\n    authenticatorName\n    aaguid\n    synced\n    backupEligible\n    transports\n    createdAt\n    lastUsedAt\n  }\n": typeof types.CredentialFieldsFragmentDoc,
    "\n  mutation RenameCredential($id: ID!, $name: String!) {\n    renameCredential(id: $id, name: $name) {\n      ...CredentialFields\n    }\n  }\n": typeof types.RenameCredentialDocument,
    "\n  query OwnPasskeys {\n    viewer {\n      user {\n        id\n        passkeys {\n          ...CredentialFields\n        }\n      }\n    }\n  }\n": typeof types.OwnPasskeysDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query SignInCodeState($id: ID!) {\n    signInCodeState(id: $id) {\n      id\n      status\n      expiresAt\n      usedAt\n    }\n  }\n": typeof types.SignInCodeStateDocument,
    "\n  fragment ViewerFields on Viewer {\n    authenticated\n    user {\n      id\n      email\n      displayName\n      role\n      hasPassword\n    }\n    organisation {\n      id\n      name\n      slug\n      passkeysActivated\n    }\n    session {\n      id\n      authMethod\n      userVerified\n      restricted\n      createdAt\n      expiresAt\n    }\n    passkeySetup {\n      nextStep\n      requirement\n      canSkip\n      reason\n      hasPasskey\n      skippedAt\n      skipCount\n      remindAt\n      skipsRemaining\n      nextPromptAt\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation RevokeCredential($id: ID!) {\n    revokeCredential(id: $id)\n  }\n": types.RevokeCredentialDocument,
    "\n  mutation CreateSignInCode {\n    createSignInCode {\n      id\n      code\n      expiresAt\n    }\n  }\n": types.CreateSignInCodeDocument,
    "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n": types.SignOutOtherSessionsDocument,
    "\n  query AuditEvents(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $types: [AuditEventType!]\n    $userId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    organisation(id: $organisationId) {\n      id\n      auditEvents(first: $first, after: $after, types: $types, userId: $userId, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            data\n            createdAt\n            actor {\n              id\n              displayName\n              email\n            }\n            subject {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment PolicyFields on PasskeyPolicy {\n    enabled\n    forcePasskeySetup\n    requirement\n    enabledFrom\n    forceSetupFrom\n    remindAfterDays\n    maxSkips\n    mandatoryRoles\n    userVerification\n    allowedAuthenticators\n    requireAttestation\n    allowPasswordAfterPasskey\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n      email\n    }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query PasskeySettings($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      passkeysActivated\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.PasskeySettingsDocument,
    "\n  query PasskeyStats($id: ID!) {\n    organisation(id: $id) {\n      id\n      passkeyStats {\n        totalUsers\n        usersWithPasskey\n        usersSkipped\n        usersPending\n        adoptionRate\n        signInsByMethod(days: 30) {\n          method\n          count\n        }\n        adoptionByDay(days: 30) {\n          day\n          users\n          usersWithPasskey\n          adoptionRate\n        }\n      }\n    }\n  }\n": types.PasskeyStatsDocument,
    "\n  mutation UpdatePasskeyPolicy($input: UpdatePasskeyPolicyInput!) {\n    updatePasskeyPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.UpdatePasskeyPolicyDocument,
    "\n  query PasskeyAuthenticators {\n    passkeyAuthenticators {\n      aaguid\n      name\n    }\n  }\n": types.PasskeyAuthenticatorsDocument,
    "\n  query UsersWithoutPasskey($id: ID!, $status: PasskeyStatus!, $after: String) {\n    organisation(id: $id) {\n      id\n      users(passkeyStatus: $status, first: 25, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            displayName\n            email\n            passkeySkipCount\n            lastSignInAt\n          }\n        }\n      }\n    }\n  }\n": types.UsersWithoutPasskeyDocument,
    "\n  query PasskeyPolicyImpact($input: UpdatePasskeyPolicyInput!) {\n    passkeyPolicyImpact(input: $input) {\n      ...PolicyImpactFields\n    }\n  }\n": types.PasskeyPolicyImpactDocument,
    "\n  fragment PolicyImpactFields on PasskeyPolicyImpact {\n    requirementNow\n    requirementAfter\n    takesEffectAt\n    pausesPasskeys\n    pauseNeedsConfirmation\n    mandatoryDatePassed\n    totalUsers\n    usersWithPasskey\n    usersHeldAtPrompt\n    usersOffered\n    viewerHeldAtPrompt\n  }\n": types.PolicyImpactFieldsFragmentDoc,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      credential {\n        ...CredentialFields\n      }\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation SkipPasskeySetup {\n    skipPasskeySetup {\n      ...ViewerFields\n    }\n  }\n": types.SkipPasskeySetupDocument,
    "\n  query SignInOptions($slug: String!) {\n    signInOptions(organisationSlug: $slug) {\n      organisationName\n      passkeysAvailable\n      requirement\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignInWithPassword($input: PasswordSignInInput!) {\n    signInWithPassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInWithPasswordDocument,
    "\n  mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {\n    startPasskeySignIn(input: $input) {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n": types.StartPasskeySignInDocument,
    "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.FinishPasskeySignInDocument,
    "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    slug\n    passkeysActivated\n    createdAt\n    passkeyPolicy {\n      requirement\n    }\n  }\n": types.OrganisationRowFieldsFragmentDoc,
    "\n  query Organisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationRowFields\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query SupportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationRowFields\n      apps {\n        id\n      }\n    }\n  }\n": types.SupportOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation SetPasskeysActivated($organisationId: ID!, $activated: Boolean!) {\n    setPasskeysActivated(organisationId: $organisationId, activated: $activated) {\n      ...OrganisationRowFields\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.SetPasskeysActivatedDocument,
    "\n  fragment AppRegistrationFields on AppRegistration {\n    id\n    platform\n    appId\n    teamId\n    bundleId\n    packageName\n    certificateFingerprints\n    origins\n    associationFile\n    associationEntry\n    createdAt\n  }\n": types.AppRegistrationFieldsFragmentDoc,
    "\n  query OrganisationApps($id: ID!) {\n    organisation(id: $id) {\n      id\n      apps {\n        ...AppRegistrationFields\n      }\n    }\n  }\n": types.OrganisationAppsDocument,
    "\n  mutation RegisterIosApp($input: RegisterIosAppInput!) {\n    registerIosApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n": types.RegisterIosAppDocument,
    "\n  mutation RegisterAndroidApp($input: RegisterAndroidAppInput!) {\n    registerAndroidApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n": types.RegisterAndroidAppDocument,
    "\n  mutation RemoveApp($id: ID!) {\n    removeApp(id: $id) {\n      id\n    }\n  }\n": types.RemoveAppDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    passkeyStatus\n    passkeysRevokedAt\n    active\n    lastSignInAt\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  fragment UserDetailFields on User {\n    ...UserRowFields\n    hasPassword\n    createdAt\n    deactivatedAt\n    passkeys {\n      ...CredentialFields\n    }\n  }\n": types.UserDetailFieldsFragmentDoc,
    "\n  query OrganisationUsers(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $passkeyStatus: PasskeyStatus\n    $role: Role\n  ) {\n    organisation(id: $organisationId) {\n      id\n      users(first: $first, after: $after, search: $search, passkeyStatus: $passkeyStatus, role: $role) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...UserRowFields\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationUsersDocument,
    "\n  query UserDetail($organisationId: ID!, $userId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      user(id: $userId) {\n        ...UserDetailFields\n      }\n    }\n  }\n": types.UserDetailDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID, $endSessions: Boolean!) {\n    revokeUserCredentials(userId: $userId, credentialId: $credentialId, endSessions: $endSessions) {\n      ...UserDetailFields\n    }\n  }\n": types.RevokeUserCredentialsDocument,
    "\n  mutation IssueRecoveryCode($userId: ID!) {\n    issueRecoveryCode(userId: $userId) {\n      id\n      code\n      expiresAt\n    }\n  }\n": types.IssueRecoveryCodeDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...UserDetailFields\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  fragment CredentialFields on Credential {\n    id\n    name\n    authenticatorName\n    aaguid\n    synced\n    backupEligible\n    transports\n    createdAt\n    lastUsedAt\n  }\n": types.CredentialFieldsFragmentDoc,
    "\n  mutation RenameCredential($id: ID!, $name: String!) {\n    renameCredential(id: $id, name: $name) {\n      ...CredentialFields\n    }\n  }\n": types.RenameCredentialDocument,
    "\n  query OwnPasskeys {\n    viewer {\n      user {\n        id\n        passkeys {\n          ...CredentialFields\n        }\n      }\n    }\n  }\n": types.OwnPasskeysDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query SignInCodeState($id: ID!) {\n    signInCodeState(id: $id) {\n      id\n      status\n      expiresAt\n      usedAt\n    }\n  }\n": types.SignInCodeStateDocument,
    "\n  fragment ViewerFields on Viewer {\n    authenticated\n    user {\n      id\n      email\n      displayName\n      role\n      hasPassword\n    }\n    organisation {\n      id\n      name\n      slug\n      passkeysActivated\n    }\n    session {\n      id\n      authMethod\n      userVerified\n      restricted\n      createdAt\n      expiresAt\n    }\n    passkeySetup {\n      nextStep\n      requirement\n      canSkip\n      reason\n      hasPasskey\n      skippedAt\n      skipCount\n      remindAt\n      skipsRemaining\n      nextPromptAt\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCredential($id: ID!) {\n    revokeCredential(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeCredential($id: ID!) {\n    revokeCredential(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSignInCode {\n    createSignInCode {\n      id\n      code\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSignInCode {\n    createSignInCode {\n      id\n      code\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"): (typeof documents)["\n  mutation SignOutOtherSessions {\n    signOutOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $types: [AuditEventType!]\n    $userId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    organisation(id: $organisationId) {\n      id\n      auditEvents(first: $first, after: $after, types: $types, userId: $userId, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            data\n            createdAt\n            actor {\n              id\n              displayName\n              email\n            }\n            subject {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $types: [AuditEventType!]\n    $userId: ID\n    $from: DateTime\n    $to: DateTime\n  ) {\n    organisation(id: $organisationId) {\n      id\n      auditEvents(first: $first, after: $after, types: $types, userId: $userId, from: $from, to: $to) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            data\n            createdAt\n            actor {\n              id\n              displayName\n              email\n            }\n            subject {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on PasskeyPolicy {\n    enabled\n    forcePasskeySetup\n    requirement\n    enabledFrom\n    forceSetupFrom\n    remindAfterDays\n    maxSkips\n    mandatoryRoles\n    userVerification\n    allowedAuthenticators\n    requireAttestation\n    allowPasswordAfterPasskey\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on PasskeyPolicy {\n    enabled\n    forcePasskeySetup\n    requirement\n    enabledFrom\n    forceSetupFrom\n    remindAfterDays\n    maxSkips\n    mandatoryRoles\n    userVerification\n    allowedAuthenticators\n    requireAttestation\n    allowPasswordAfterPasskey\n    version\n    updatedAt\n    updatedBy {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasskeySettings($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      passkeysActivated\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PasskeySettings($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      slug\n      passkeysActivated\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasskeyStats($id: ID!) {\n    organisation(id: $id) {\n      id\n      passkeyStats {\n        totalUsers\n        usersWithPasskey\n        usersSkipped\n        usersPending\n        adoptionRate\n        signInsByMethod(days: 30) {\n          method\n          count\n        }\n        adoptionByDay(days: 30) {\n          day\n          users\n          usersWithPasskey\n          adoptionRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PasskeyStats($id: ID!) {\n    organisation(id: $id) {\n      id\n      passkeyStats {\n        totalUsers\n        usersWithPasskey\n        usersSkipped\n        usersPending\n        adoptionRate\n        signInsByMethod(days: 30) {\n          method\n          count\n        }\n        adoptionByDay(days: 30) {\n          day\n          users\n          usersWithPasskey\n          adoptionRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePasskeyPolicy($input: UpdatePasskeyPolicyInput!) {\n    updatePasskeyPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePasskeyPolicy($input: UpdatePasskeyPolicyInput!) {\n    updatePasskeyPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasskeyAuthenticators {\n    passkeyAuthenticators {\n      aaguid\n      name\n    }\n  }\n"): (typeof documents)["\n  query PasskeyAuthenticators {\n    passkeyAuthenticators {\n      aaguid\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersWithoutPasskey($id: ID!, $status: PasskeyStatus!, $after: String) {\n    organisation(id: $id) {\n      id\n      users(passkeyStatus: $status, first: 25, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            displayName\n            email\n            passkeySkipCount\n            lastSignInAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersWithoutPasskey($id: ID!, $status: PasskeyStatus!, $after: String) {\n    organisation(id: $id) {\n      id\n      users(passkeyStatus: $status, first: 25, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            displayName\n            email\n            passkeySkipCount\n            lastSignInAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasskeyPolicyImpact($input: UpdatePasskeyPolicyInput!) {\n    passkeyPolicyImpact(input: $input) {\n      ...PolicyImpactFields\n    }\n  }\n"): (typeof documents)["\n  query PasskeyPolicyImpact($input: UpdatePasskeyPolicyInput!) {\n    passkeyPolicyImpact(input: $input) {\n      ...PolicyImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyImpactFields on PasskeyPolicyImpact {\n    requirementNow\n    requirementAfter\n    takesEffectAt\n    pausesPasskeys\n    pauseNeedsConfirmation\n    mandatoryDatePassed\n    totalUsers\n    usersWithPasskey\n    usersHeldAtPrompt\n    usersOffered\n    viewerHeldAtPrompt\n  }\n"): (typeof documents)["\n  fragment PolicyImpactFields on PasskeyPolicyImpact {\n    requirementNow\n    requirementAfter\n    takesEffectAt\n    pausesPasskeys\n    pauseNeedsConfirmation\n    mandatoryDatePassed\n    totalUsers\n    usersWithPasskey\n    usersHeldAtPrompt\n    usersOffered\n    viewerHeldAtPrompt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      credential {\n        ...CredentialFields\n      }\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      credential {\n        ...CredentialFields\n      }\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipPasskeySetup {\n    skipPasskeySetup {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SkipPasskeySetup {\n    skipPasskeySetup {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions($slug: String!) {\n    signInOptions(organisationSlug: $slug) {\n      organisationName\n      passkeysAvailable\n      requirement\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions($slug: String!) {\n    signInOptions(organisationSlug: $slug) {\n      organisationName\n      passkeysAvailable\n      requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($input: PasswordSignInInput!) {\n    signInWithPassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($input: PasswordSignInInput!) {\n    signInWithPassword(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {\n    startPasskeySignIn(input: $input) {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {\n    startPasskeySignIn(input: $input) {\n      challengeId\n      options\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {\n    finishPasskeySignIn(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    slug\n    passkeysActivated\n    createdAt\n    passkeyPolicy {\n      requirement\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRowFields on Organisation {\n    id\n    name\n    slug\n    passkeysActivated\n    createdAt\n    passkeyPolicy {\n      requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganisationRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationRowFields\n      apps {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationRowFields\n      apps {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasskeysActivated($organisationId: ID!, $activated: Boolean!) {\n    setPasskeysActivated(organisationId: $organisationId, activated: $activated) {\n      ...OrganisationRowFields\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasskeysActivated($organisationId: ID!, $activated: Boolean!) {\n    setPasskeysActivated(organisationId: $organisationId, activated: $activated) {\n      ...OrganisationRowFields\n      passkeyPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppRegistrationFields on AppRegistration {\n    id\n    platform\n    appId\n    teamId\n    bundleId\n    packageName\n    certificateFingerprints\n    origins\n    associationFile\n    associationEntry\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AppRegistrationFields on AppRegistration {\n    id\n    platform\n    appId\n    teamId\n    bundleId\n    packageName\n    certificateFingerprints\n    origins\n    associationFile\n    associationEntry\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationApps($id: ID!) {\n    organisation(id: $id) {\n      id\n      apps {\n        ...AppRegistrationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationApps($id: ID!) {\n    organisation(id: $id) {\n      id\n      apps {\n        ...AppRegistrationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterIosApp($input: RegisterIosAppInput!) {\n    registerIosApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterIosApp($input: RegisterIosAppInput!) {\n    registerIosApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAndroidApp($input: RegisterAndroidAppInput!) {\n    registerAndroidApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAndroidApp($input: RegisterAndroidAppInput!) {\n    registerAndroidApp(input: $input) {\n      ...AppRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveApp($id: ID!) {\n    removeApp(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveApp($id: ID!) {\n    removeApp(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    passkeyStatus\n    passkeysRevokedAt\n    active\n    lastSignInAt\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    passkeyStatus\n    passkeysRevokedAt\n    active\n    lastSignInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetailFields on User {\n    ...UserRowFields\n    hasPassword\n    createdAt\n    deactivatedAt\n    passkeys {\n      ...CredentialFields\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetailFields on User {\n    ...UserRowFields\n    hasPassword\n    createdAt\n    deactivatedAt\n    passkeys {\n      ...CredentialFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationUsers(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $passkeyStatus: PasskeyStatus\n    $role: Role\n  ) {\n    organisation(id: $organisationId) {\n      id\n      users(first: $first, after: $after, search: $search, passkeyStatus: $passkeyStatus, role: $role) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...UserRowFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationUsers(\n    $organisationId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $passkeyStatus: PasskeyStatus\n    $role: Role\n  ) {\n    organisation(id: $organisationId) {\n      id\n      users(first: $first, after: $after, search: $search, passkeyStatus: $passkeyStatus, role: $role) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...UserRowFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDetail($organisationId: ID!, $userId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      user(id: $userId) {\n        ...UserDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserDetail($organisationId: ID!, $userId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      user(id: $userId) {\n        ...UserDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID, $endSessions: Boolean!) {\n    revokeUserCredentials(userId: $userId, credentialId: $credentialId, endSessions: $endSessions) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeUserCredentials($userId: ID!, $credentialId: ID, $endSessions: Boolean!) {\n    revokeUserCredentials(userId: $userId, credentialId: $credentialId, endSessions: $endSessions) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueRecoveryCode($userId: ID!) {\n    issueRecoveryCode(userId: $userId) {\n      id\n      code\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssueRecoveryCode($userId: ID!) {\n    issueRecoveryCode(userId: $userId) {\n      id\n      code\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CredentialFields on Credential {\n    id\n    name\n    authenticatorName\n    aaguid\n    synced\n    backupEligible\n    transports\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment CredentialFields on Credential {\n    id\n    name\n    authenticatorName\n    aaguid\n    synced\n    backupEligible\n    transports\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCredential($id: ID!, $name: String!) {\n    renameCredential(id: $id, name: $name) {\n      ...CredentialFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameCredential($id: ID!, $name: String!) {\n    renameCredential(id: $id, name: $name) {\n      ...CredentialFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnPasskeys {\n    viewer {\n      user {\n        id\n        passkeys {\n          ...CredentialFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnPasskeys {\n    viewer {\n      user {\n        id\n        passkeys {\n          ...CredentialFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInCodeState($id: ID!) {\n    signInCodeState(id: $id) {\n      id\n      status\n      expiresAt\n      usedAt\n    }\n  }\n"): (typeof documents)["\n  query SignInCodeState($id: ID!) {\n    signInCodeState(id: $id) {\n      id\n      status\n      expiresAt\n      usedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    authenticated\n    user {\n      id\n      email\n      displayName\n      role\n      hasPassword\n    }\n    organisation {\n      id\n      name\n      slug\n      passkeysActivated\n    }\n    session {\n      id\n      authMethod\n      userVerified\n      restricted\n      createdAt\n      expiresAt\n    }\n    passkeySetup {\n      nextStep\n      requirement\n      canSkip\n      reason\n      hasPasskey\n      skippedAt\n      skipCount\n      remindAt\n      skipsRemaining\n      nextPromptAt\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    authenticated\n    user {\n      id\n      email\n      displayName\n      role\n      hasPassword\n    }\n    organisation {\n      id\n      name\n      slug\n      passkeysActivated\n    }\n    session {\n      id\n      authMethod\n      userVerified\n      restricted\n      createdAt\n      expiresAt\n    }\n    passkeySetup {\n      nextStep\n      requirement\n      canSkip\n      reason\n      hasPasskey\n      skippedAt\n      skipCount\n      remindAt\n      skipsRemaining\n      nextPromptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;