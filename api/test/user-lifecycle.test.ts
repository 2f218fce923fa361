import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { AuditEventType, Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { User } from "../src/modules/users/user.entity";
import { SoftwareAuthenticator } from "./authenticator";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishSignIn,
  registerPasskey,
  startRegistration,
  finishRegistration,
  startSignIn,
} from "./ceremonies";
import { buildUser, givePasskey, signIn } from "./factories";
import { codeOf, GraphQLClient, MINUTE, startTestServer, TestServer } from "./harness";

/**
 * A person's life in the organisation, over HTTP: their role changes, they are deactivated
 * (every session ends, every way of signing in is refused) and reactivated; an admin revokes
 * their passkeys and they show as having to create a new one; a passkey from an unknown
 * authenticator is named after the browser that made it; a code shows as used on the device
 * that made it.
 */

const PASSWORD = "correct horse battery staple";
const CHANGE_ROLE = `mutation ($u: ID!, $r: Role!) { changeUserRole(userId: $u, role: $r) { id role } }`;
const DEACTIVATE = `mutation ($u: ID!) { deactivateUser(userId: $u) { id active deactivatedAt } }`;
const REACTIVATE = `mutation ($u: ID!) { reactivateUser(userId: $u) { id active deactivatedAt } }`;
const VIEWER = `{ viewer { authenticated user { id } } }`;
const PASSWORD_SIGN_IN = `mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
const CODE_SIGN_IN = `mutation ($i: CodeSignInInput!) { signInWithCode(input: $i) { token } }`;
const CREATE_CODE = `mutation { createSignInCode { id code expiresAt } }`;
const RECOVERY_CODE = `mutation ($u: ID!) { issueRecoveryCode(userId: $u) { id code expiresAt } }`;
const CODE_STATE = `query ($id: ID!) { signInCodeState(id: $id) { id status expiresAt usedAt } }`;
const USER = `query ($o: ID!, $u: ID!) {
  organisation(id: $o) { user(id: $u) { id role active passkeyStatus passkeysRevokedAt passkeys { id name } } }
}`;
const REVOKE_ALL = `mutation ($u: ID!) { revokeUserCredentials(userId: $u, endSessions: true) { passkeyStatus passkeysRevokedAt } }`;

let server: TestServer;
let org: Organisation;
let admin: User;
let adminClient: GraphQLClient;
let support: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  // Passwords keep working beside passkeys here, so that each method can be refused on its own.
  org = await buildPasskeyOrganisation(server, { allowPasswordAfterPasskey: true });
  admin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN, displayName: "Ada Admin" });
  await givePasskey(server, admin);
  adminClient = await signIn(server, admin);
  const supportUser = await buildUser(server, { role: Role.SUPPORT });
  await givePasskey(server, supportUser);
  support = await signIn(server, supportUser);
});
afterAll(() => server?.close());

const events = (user: Pick<User, "id">, type: AuditEventType) =>
  server.dataSource
    .getRepository(AuditEvent)
    .find({ where: { subjectId: user.id, type }, order: { createdAt: "ASC" } });

const passwordSignIn = (user: User) =>
  server.client().request(PASSWORD_SIGN_IN, {
    i: { organisationSlug: org.slug, email: user.email, password: PASSWORD, delivery: "BEARER" },
  });

const codeSignIn = (user: User, code: string) =>
  server.client().request(CODE_SIGN_IN, {
    i: { organisationSlug: org.slug, email: user.email, code, delivery: "BEARER" },
  });

async function passkeySignIn(authenticator: SoftwareAuthenticator) {
  const client = server.client();
  const started = await startSignIn(client, { organisationSlug: org.slug });
  return finishSignIn(client, started.challengeId, authenticator.authenticate(started.options));
}

describe("changing a user's role", () => {
  it("an admin makes an employee an editor, audited with the old and new role", async () => {
    const jo = await buildUser(server, { organisation: org });
    const { changeUserRole } = await adminClient.ok(CHANGE_ROLE, { u: jo.id, r: "APP_EDITOR" });
    expect(changeUserRole).toEqual({ id: jo.id, role: "APP_EDITOR" });
    const [event] = await events(jo, AuditEventType.USER_ROLE_CHANGED);
    expect(event).toMatchObject({
      actorId: admin.id,
      organisationId: org.id,
      data: { from: "EMPLOYEE", to: "APP_EDITOR" },
    });
    // The same role again changes nothing and writes nothing.
    await adminClient.ok(CHANGE_ROLE, { u: jo.id, r: "APP_EDITOR" });
    expect(await events(jo, AuditEventType.USER_ROLE_CHANGED)).toHaveLength(1);
  });

  it("takes effect at once: a demoted admin's next request is an employee's", async () => {
    const other = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
    const otherClient = await signIn(server, other);
    await adminClient.ok(CHANGE_ROLE, { u: other.id, r: "EMPLOYEE" });
    const jo = await buildUser(server, { organisation: org });
    expect(codeOf(await otherClient.request(CHANGE_ROLE, { u: jo.id, r: "ORG_ADMIN" }))).toBe("FORBIDDEN");
  });

  it("nobody is made SUPPORT, and support staff are not changed here", async () => {
    const jo = await buildUser(server, { organisation: org });
    const res = await support.request(CHANGE_ROLE, { u: jo.id, r: "SUPPORT" });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "role" });
    const staff = await buildUser(server, { role: Role.SUPPORT });
    expect(codeOf(await support.request(CHANGE_ROLE, { u: staff.id, r: "EMPLOYEE" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await adminClient.request(CHANGE_ROLE, { u: staff.id, r: "EMPLOYEE" }))).toBe("NOT_FOUND");
  });

  it("editors and employees may not; another organisation's admin finds no such user", async () => {
    const jo = await buildUser(server, { organisation: org });
    const editor = await signIn(server, await buildUser(server, { organisation: org, role: Role.APP_EDITOR }));
    expect(codeOf(await editor.request(CHANGE_ROLE, { u: jo.id, r: "ORG_ADMIN" }))).toBe("FORBIDDEN");
    const elsewhere = await buildPasskeyOrganisation(server);
    const stranger = await buildUser(server, { organisation: elsewhere, role: Role.ORG_ADMIN });
    await givePasskey(server, stranger);
    const strangerClient = await signIn(server, stranger);
    expect(codeOf(await strangerClient.request(CHANGE_ROLE, { u: jo.id, r: "ORG_ADMIN" }))).toBe("NOT_FOUND");
    expect(
      codeOf(await support.request(CHANGE_ROLE, { u: "00000000-0000-4000-8000-000000000000", r: "EMPLOYEE" })),
    ).toBe("NOT_FOUND");
  });

  it("the last active admin cannot demote themselves, nor be demoted by support; with another admin they can", async () => {
    const solo = await buildPasskeyOrganisation(server);
    const only = await buildUser(server, { organisation: solo, role: Role.ORG_ADMIN });
    await givePasskey(server, only);
    const onlyClient = await signIn(server, only);
    const mine = await onlyClient.request(CHANGE_ROLE, { u: only.id, r: "EMPLOYEE" });
    expect(mine.errors?.[0]).toMatchObject({
      message: "You are the organisation's only active admin. Make someone else an admin first.",
      extensions: { code: "BAD_USER_INPUT", field: "role" },
    });
    expect(codeOf(await support.request(CHANGE_ROLE, { u: only.id, r: "EMPLOYEE" }))).toBe("BAD_USER_INPUT");

    // A deactivated admin does not count as another admin.
    const dormant = await buildUser(server, { organisation: solo, role: Role.ORG_ADMIN });
    await support.ok(DEACTIVATE, { u: dormant.id });
    expect(codeOf(await onlyClient.request(CHANGE_ROLE, { u: only.id, r: "EMPLOYEE" }))).toBe("BAD_USER_INPUT");

    const second = await buildUser(server, { organisation: solo });
    await onlyClient.ok(CHANGE_ROLE, { u: second.id, r: "ORG_ADMIN" });
    expect((await onlyClient.ok(CHANGE_ROLE, { u: only.id, r: "EMPLOYEE" })).changeUserRole.role).toBe("EMPLOYEE");
    const roles = await server.dataSource.getRepository(User).findBy({ organisationId: solo.id, role: Role.ORG_ADMIN });
    expect(roles.map((u) => u.id).sort()).toEqual([dormant.id, second.id].sort());
  });
});

describe("deactivating and reactivating a user", () => {
  it("ends their sessions and refuses password, code and passkey; reactivation lets them in again", async () => {
    const jo = await buildUser(server, { organisation: org, password: PASSWORD, displayName: "Jo Bloggs" });
    const phone = await signIn(server, jo);
    const authenticator = authenticatorFor(server);
    await registerPasskey(phone, authenticator);
    const laptop = await signIn(server, jo);
    const { code } = (await phone.ok(CREATE_CODE)).createSignInCode;

    const { deactivateUser } = await adminClient.ok(DEACTIVATE, { u: jo.id });
    expect(deactivateUser).toMatchObject({ id: jo.id, active: false, deactivatedAt: server.clock.now().toISOString() });
    const [event] = await events(jo, AuditEventType.USER_DEACTIVATED);
    expect(event).toMatchObject({ actorId: admin.id, organisationId: org.id, data: { sessionsEnded: 2 } });

    // Every session is over, and stays over after reactivation.
    for (const client of [phone, laptop])
      expect((await client.ok(VIEWER)).viewer).toMatchObject({ authenticated: false });
    expect(codeOf(await phone.request(CREATE_CODE))).toBe("UNAUTHENTICATED");

    // Every method is refused, with the answer a wrong secret gets.
    expect(codeOf(await passwordSignIn(jo))).toBe("INVALID_CREDENTIALS");
    expect(codeOf(await codeSignIn(jo, code))).toBe("INVALID_CREDENTIALS");
    expect(codeOf(await passkeySignIn(authenticator))).toBe("CEREMONY_FAILED");
    expect(codeOf(await adminClient.request(RECOVERY_CODE, { u: jo.id }))).toBe("FORBIDDEN");
    const reasons = (await events(jo, AuditEventType.SIGN_IN_FAILED)).map((e) => e.data?.reason);
    expect(reasons.sort()).toEqual(["disabled", "disabled", "disabled_user"]);

    // Twice is the same as once.
    await adminClient.ok(DEACTIVATE, { u: jo.id });
    expect(await events(jo, AuditEventType.USER_DEACTIVATED)).toHaveLength(1);

    const { reactivateUser } = await adminClient.ok(REACTIVATE, { u: jo.id });
    expect(reactivateUser).toEqual({ id: jo.id, active: true, deactivatedAt: null });
    expect(await events(jo, AuditEventType.USER_REACTIVATED)).toHaveLength(1);
    expect((await phone.ok(VIEWER)).viewer.authenticated).toBe(false);
    // The code made before the deactivation ended with it: it does not come back with the user.
    expect(codeOf(await codeSignIn(jo, code))).toBe("INVALID_CREDENTIALS");
    expect((await passwordSignIn(jo)).errors).toBeUndefined();
    expect((await passkeySignIn(authenticator)).errors).toBeUndefined();
    const fresh = (await adminClient.ok(RECOVERY_CODE, { u: jo.id })).issueRecoveryCode.code;
    expect((await codeSignIn(jo, fresh)).errors).toBeUndefined();
  });

  it("an admin cannot deactivate themselves, nor the last active admin be deactivated", async () => {
    expect(codeOf(await adminClient.request(DEACTIVATE, { u: admin.id }))).toBe("FORBIDDEN");
    const solo = await buildPasskeyOrganisation(server);
    const only = await buildUser(server, { organisation: solo, role: Role.ORG_ADMIN });
    const res = await support.request(DEACTIVATE, { u: only.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect(res.errors?.[0].message).toContain("only active admin");
  });

  it("editors may not, and another organisation's admin finds no such user", async () => {
    const jo = await buildUser(server, { organisation: org });
    const editor = await signIn(server, await buildUser(server, { organisation: org, role: Role.APP_EDITOR }));
    expect(codeOf(await editor.request(DEACTIVATE, { u: jo.id }))).toBe("FORBIDDEN");
    expect(codeOf(await editor.request(REACTIVATE, { u: jo.id }))).toBe("FORBIDDEN");
    const elsewhere = await buildPasskeyOrganisation(server);
    const stranger = await buildUser(server, { organisation: elsewhere, role: Role.ORG_ADMIN });
    await givePasskey(server, stranger);
    expect(codeOf(await (await signIn(server, stranger)).request(DEACTIVATE, { u: jo.id }))).toBe("NOT_FOUND");
    expect((await adminClient.ok(USER, { o: org.id, u: jo.id })).organisation.user.active).toBe(true);
  });
});

describe("after Revoke all", () => {
  it("the user shows as revoked, until they create a new passkey", async () => {
    const jo = await buildUser(server, { organisation: org });
    const phone = await signIn(server, jo);
    await registerPasskey(phone, authenticatorFor(server));
    const before = (await adminClient.ok(USER, { o: org.id, u: jo.id })).organisation.user;
    expect(before).toMatchObject({ passkeyStatus: "HAS_PASSKEY", passkeysRevokedAt: null });

    const { revokeUserCredentials } = await adminClient.ok(REVOKE_ALL, { u: jo.id });
    expect(revokeUserCredentials).toEqual({
      passkeyStatus: "PENDING",
      passkeysRevokedAt: server.clock.now().toISOString(),
    });

    server.clock.advance(MINUTE);
    const again = await signIn(server, jo);
    await registerPasskey(again, authenticatorFor(server));
    const after = (await adminClient.ok(USER, { o: org.id, u: jo.id })).organisation.user;
    expect(after).toMatchObject({ passkeyStatus: "HAS_PASSKEY", passkeysRevokedAt: null });
  });

  it("a user who never had a passkey is not shown as revoked", async () => {
    const jo = await buildUser(server, { organisation: org });
    expect((await adminClient.ok(USER, { o: org.id, u: jo.id })).organisation.user.passkeysRevokedAt).toBeNull();
  });
});

describe("naming a new passkey", () => {
  const MAC_CHROME =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

  it("an unknown authenticator is named after the browser and device that made it, and the event says where", async () => {
    const jo = await buildUser(server, { organisation: org });
    const client = await signIn(server, jo);
    client.headers["user-agent"] = MAC_CHROME;
    const { credential } = await registerPasskey(client, authenticatorFor(server));
    expect(credential).toMatchObject({ name: "Chrome on Mac", authenticatorName: null });
    const [event] = await events(jo, AuditEventType.PASSKEY_REGISTERED);
    expect(event.data).toMatchObject({ name: "Chrome on Mac", device: "Chrome on Mac" });
  });

  it("a known authenticator keeps its own name; a name given wins; no user agent is 'Passkey'", async () => {
    const jo = await buildUser(server, { organisation: org });
    const client = await signIn(server, jo);
    client.headers["user-agent"] = MAC_CHROME;
    const icloud = authenticatorFor(server, { aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd" });
    expect((await registerPasskey(client, icloud)).credential.name).toBe("Apple Passwords");
    expect((await registerPasskey(client, authenticatorFor(server), {}, "Work laptop")).credential.name).toBe(
      "Work laptop",
    );
    client.headers["user-agent"] = "curl/8.0";
    const started = await startRegistration(client);
    const res = await finishRegistration(
      client,
      started.challengeId,
      authenticatorFor(server).register(started.options),
    );
    expect(res.data.finishPasskeyRegistration.credential.name).toBe("Passkey");
  });
});

describe("a sign-in code's state, for the device that made it", () => {
  it("is ACTIVE, then USED once someone signs in with it", async () => {
    const jo = await buildUser(server, { organisation: org });
    const phone = await signIn(server, jo);
    await registerPasskey(phone, authenticatorFor(server));
    const made = (await phone.ok(CREATE_CODE)).createSignInCode;
    expect((await phone.ok(CODE_STATE, { id: made.id })).signInCodeState).toEqual({
      id: made.id,
      status: "ACTIVE",
      expiresAt: made.expiresAt,
      usedAt: null,
    });
    server.clock.advance(MINUTE);
    expect((await codeSignIn(jo, made.code)).errors).toBeUndefined();
    expect((await phone.ok(CODE_STATE, { id: made.id })).signInCodeState).toMatchObject({
      status: "USED",
      usedAt: server.clock.now().toISOString(),
    });
  });

  it("is EXPIRED after its time, or when a newer code replaced it", async () => {
    const jo = await buildUser(server, { organisation: org });
    const phone = await signIn(server, jo);
    await registerPasskey(phone, authenticatorFor(server));
    const first = (await phone.ok(CREATE_CODE)).createSignInCode;
    const second = (await phone.ok(CREATE_CODE)).createSignInCode;
    expect((await phone.ok(CODE_STATE, { id: first.id })).signInCodeState.status).toBe("EXPIRED");
    expect((await phone.ok(CODE_STATE, { id: second.id })).signInCodeState.status).toBe("ACTIVE");
    server.clock.advance(11 * MINUTE);
    expect((await phone.ok(CODE_STATE, { id: second.id })).signInCodeState.status).toBe("EXPIRED");
  });

  it("a recovery code is seen by the admin who issued it; nobody else sees a code", async () => {
    const jo = await buildUser(server, { organisation: org });
    const issued = (await adminClient.ok(RECOVERY_CODE, { u: jo.id })).issueRecoveryCode;
    expect((await adminClient.ok(CODE_STATE, { id: issued.id })).signInCodeState.status).toBe("ACTIVE");
    // Not the user it is for, nor another admin, nor support; a malformed id is NOT_FOUND too.
    const otherAdmin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
    await givePasskey(server, otherAdmin);
    for (const client of [await signIn(server, jo), await signIn(server, otherAdmin), support]) {
      expect(codeOf(await client.request(CODE_STATE, { id: issued.id }))).toBe("NOT_FOUND");
    }
    expect(codeOf(await adminClient.request(CODE_STATE, { id: "x".repeat(5000) }))).toBe("NOT_FOUND");
    expect(codeOf(await server.client().request(CODE_STATE, { id: issued.id }))).toBe("UNAUTHENTICATED");
  });
});
