import { Organisation } from "../src/modules/organisations/organisation.entity";
import { PasskeyPolicy } from "../src/modules/policy/passkey-policy.entity";
import { SoftwareAuthenticator } from "./authenticator";
import { buildOrganisation } from "./factories";
import { GraphQLClient, GraphQLResponse, TestServer } from "./harness";

/** Helpers that run the passkey ceremonies over real HTTP with the software authenticator. */

export const START_REGISTRATION = `mutation { startPasskeyRegistration { challengeId options expiresAt } }`;
export const FINISH_REGISTRATION = `mutation($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    token
    credential { id name authenticatorName aaguid synced backupEligible transports createdAt lastUsedAt }
    viewer { authenticated user { id } session { id } passkeySetup { nextStep hasPasskey } }
  }
}`;
export const START_SIGN_IN = `mutation($input: StartPasskeySignInInput!) { startPasskeySignIn(input: $input) { challengeId options expiresAt } }`;
export const FINISH_SIGN_IN = `mutation($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) { token viewer { authenticated user { id email } session { id } passkeySetup { nextStep } } }
}`;

/** An organisation where support activated passkeys and the admin switched them on (OPTIONAL unless the policy says more). */
export function buildPasskeyOrganisation(
  server: TestServer,
  policy: Partial<PasskeyPolicy> = {},
): Promise<Organisation> {
  return buildOrganisation(server, { passkeysActivated: true, policy: { enabled: true, ...policy } });
}

export function authenticatorFor(
  server: TestServer,
  options: Partial<ConstructorParameters<typeof SoftwareAuthenticator>[0]> = {},
) {
  return new SoftwareAuthenticator({ origin: server.origin, ...options });
}

export async function startRegistration(client: GraphQLClient) {
  return (await client.ok(START_REGISTRATION)).startPasskeyRegistration as {
    challengeId: string;
    options: any;
    expiresAt: string;
  };
}

export function finishRegistration(
  client: GraphQLClient,
  challengeId: string,
  response: unknown,
  name?: string | null,
): Promise<GraphQLResponse> {
  return client.request(FINISH_REGISTRATION, {
    input: { challengeId, response, ...(name !== undefined ? { name } : {}) },
  });
}

/**
 * Registers a passkey for the client's user with the authenticator; the client carries the
 * rotated token afterwards (bearer) or the new cookie (cookie jar).
 */
export async function registerPasskey(
  client: GraphQLClient,
  authenticator: SoftwareAuthenticator,
  overrides: Parameters<SoftwareAuthenticator["register"]>[1] = {},
  name?: string,
) {
  const started = await startRegistration(client);
  const response = authenticator.register(started.options, overrides);
  const result = await finishRegistration(client, started.challengeId, response, name);
  if (result.errors?.length) throw new Error(`registration failed: ${JSON.stringify(result.errors)}`);
  const payload = result.data.finishPasskeyRegistration;
  if (payload.token) client.bearer = payload.token;
  return payload;
}

export async function startSignIn(
  client: GraphQLClient,
  input: { organisationSlug?: string | null; email?: string | null } = {},
) {
  return (await client.ok(START_SIGN_IN, { input })).startPasskeySignIn as {
    challengeId: string;
    options: any;
    expiresAt: string;
  };
}

export function finishSignIn(
  client: GraphQLClient,
  challengeId: string,
  response: unknown,
  delivery: "COOKIE" | "BEARER" = "BEARER",
): Promise<GraphQLResponse> {
  return client.request(FINISH_SIGN_IN, { input: { challengeId, response, delivery } });
}
