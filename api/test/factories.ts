import { createHash, randomBytes, randomUUID } from "node:crypto";
import { AuthMethod, Role, SessionDelivery } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { PasskeyPolicy } from "../src/modules/policy/passkey-policy.entity";
import { User } from "../src/modules/users/user.entity";
import { GraphQLClient, TestServer } from "./harness";

/**
 * Test fixtures built through the services (validation, audit and all), never hand-written SQL.
 * Each call makes unique names, so tests sharing a server do not collide.
 */

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}`;

/** An organisation with its default policy, made by OrganisationService.create. */
export async function buildOrganisation(
  server: TestServer,
  overrides: Partial<{ name: string; slug: string; passkeysActivated: boolean; policy: Partial<PasskeyPolicy> }> = {},
): Promise<Organisation> {
  const n = next();
  const organisation = await server.services.organisations.create(
    { name: overrides.name ?? `Organisation ${n}`, slug: overrides.slug ?? `org-${n}` },
    { id: null, ip: null },
  );
  if (overrides.passkeysActivated) {
    await server.services.organisations.setPasskeysActivated(organisation.id, true, { id: null, ip: null });
    organisation.passkeysActivated = true;
  }
  if (overrides.policy) {
    await server.dataSource.getRepository(PasskeyPolicy).update({ organisationId: organisation.id }, overrides.policy);
  }
  return organisation;
}

/** A user made by UserService.create. Role defaults to EMPLOYEE; SUPPORT users get no organisation. */
export async function buildUser(
  server: TestServer,
  overrides: Partial<{
    organisation: Organisation | null;
    email: string;
    displayName: string;
    role: Role;
    password: string | null;
  }> = {},
): Promise<User> {
  const n = next();
  const role = overrides.role ?? Role.EMPLOYEE;
  const organisation =
    role === Role.SUPPORT
      ? null
      : overrides.organisation === undefined
        ? await buildOrganisation(server)
        : overrides.organisation;
  return server.services.users.create(
    {
      organisationId: organisation?.id ?? null,
      email: overrides.email ?? `user-${n}@example.test`,
      displayName: overrides.displayName ?? `User ${n}`,
      role,
      password: overrides.password ?? null,
    },
    { id: null, ip: null },
  );
}

/**
 * A client signed in as `user`: a real session issued by SessionService (as every sign-in
 * ends), carried as a bearer token, without a password ceremony, for tests about what a
 * session may do rather than how it was made.
 */
export async function signIn(
  server: TestServer,
  user: User,
  options: Partial<{ authMethod: AuthMethod; userVerified: boolean }> = {},
): Promise<GraphQLClient> {
  const issued = await server.services.transactions.run((manager) =>
    server.services.sessions.issue(manager, {
      user,
      authMethod: options.authMethod ?? AuthMethod.PASSWORD,
      userVerified: options.userVerified ?? false,
      delivery: SessionDelivery.BEARER,
      ip: null,
    }),
  );
  const client = server.client();
  client.bearer = issued.token;
  return client;
}

/**
 * Gives `user` a stored (unrevoked) passkey row, for tests where the policy would otherwise
 * restrict them (SUPPORT without a passkey is always restricted). The key material is not a
 * real key: use the software authenticator for ceremonies.
 */
export async function givePasskey(
  server: TestServer,
  user: User,
  overrides: Partial<Credential> = {},
): Promise<Credential> {
  const credentialId = randomBytes(32).toString("base64url");
  const credential = server.dataSource.getRepository(Credential).create({
    id: randomUUID(),
    credentialId,
    credentialIdHash: createHash("sha256").update(credentialId).digest("hex"),
    userId: user.id,
    organisationId: user.organisationId,
    publicKey: randomBytes(77).toString("base64url"),
    signCount: 0,
    transports: ["internal"],
    aaguid: "00000000-0000-0000-0000-000000000000",
    backupEligible: false,
    backedUp: false,
    attestationFormat: "none",
    name: "Passkey",
    createdAt: server.clock.now(),
    lastUsedAt: null,
    revokedAt: null,
    revokedById: null,
    ...overrides,
  });
  await server.services.transactions.run((manager) => server.services.credentials.add(manager, credential));
  return credential;
}
