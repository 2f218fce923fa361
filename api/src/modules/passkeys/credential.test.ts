import { IsNull } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "../../../test/authenticator";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishSignIn,
  registerPasskey,
  startSignIn,
} from "../../../test/ceremonies";
import { buildUser, signIn } from "../../../test/factories";
import { codeOf, GraphQLClient, startTestServer, TestServer } from "../../../test/harness";
import { countQueries } from "../../../test/query-counter";
import { AuditEvent } from "../audit/audit-event.entity";
import { Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { User } from "../users/user.entity";
import { Credential } from "./credential.entity";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PASSKEYS = `{ viewer { user { passkeyStatus passkeys { id name authenticatorName aaguid synced backupEligible transports createdAt lastUsedAt } } } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameCredential(id: $id, name: $name) { id name } }`;
const REVOKE = `mutation($id: ID!) { revokeCredential(id: $id) }`;
const REVOKE_FOR = `mutation($u: ID!, $c: ID, $end: Boolean) {
  revokeUserCredentials(userId: $u, credentialId: $c, endSessions: $end) { id passkeyStatus passkeys { id } }
}`;
const STATS = `query($id: ID) { organisation(id: $id) { passkeyStats { usersWithPasskey usersPending usersSkipped } } }`;

interface Member {
  organisation: Organisation;
  user: User;
  client: GraphQLClient;
  devices: SoftwareAuthenticator[];
}

/** A user of a passkey organisation, signed in, with `devices` passkeys registered through the ceremony. */
async function member(
  options: { devices?: number; role?: Role; organisation?: Organisation; policy?: Partial<PasskeyPolicy> } = {},
): Promise<Member> {
  const organisation = options.organisation ?? (await buildPasskeyOrganisation(server, options.policy));
  const user = await buildUser(server, { organisation, role: options.role });
  const client = await signIn(server, user);
  const devices: SoftwareAuthenticator[] = [];
  for (let i = 0; i < (options.devices ?? 1); i++) {
    const device = authenticatorFor(server, { flags: { be: true, bs: i === 0 } });
    // The test clock stands still; a second apart, "oldest first" has a meaning.
    server.clock.advance(1000);
    await registerPasskey(client, device, {}, `Device ${i + 1}`);
    devices.push(device);
  }
  return { organisation, user, client, devices };
}

const passkeysOf = async (client: GraphQLClient) => (await client.ok(PASSKEYS)).viewer.user;
const idOf = (device: SoftwareAuthenticator) => device.credential.id;
const stored = (device: SoftwareAuthenticator) =>
  server.dataSource.getRepository(Credential).findOneByOrFail({ credentialId: idOf(device) });
const events = (user: User, type: string) =>
  server.dataSource.getRepository(AuditEvent).find({ where: { subjectId: user.id, type: type as never } });

async function signsInWith(m: Member, device: SoftwareAuthenticator) {
  const client = server.client();
  const started = await startSignIn(client, { organisationSlug: m.organisation.slug });
  return finishSignIn(client, started.challengeId, device.authenticate(started.options));
}

describe("User.passkeys", () => {
  it("lists the user's unrevoked passkeys, oldest first, with what the authenticator said", async () => {
    const m = await member({ devices: 2 });
    const { passkeys, passkeyStatus } = await passkeysOf(m.client);
    expect(passkeyStatus).toBe("HAS_PASSKEY");
    expect(passkeys).toEqual([
      expect.objectContaining({ id: idOf(m.devices[0]), name: "Device 1", synced: true, backupEligible: true }),
      expect.objectContaining({ id: idOf(m.devices[1]), name: "Device 2", synced: false, lastUsedAt: null }),
    ]);
  });

  it("costs one credentials query for a page of users, whatever its size", async () => {
    const admin = await member({ role: Role.ORG_ADMIN });
    for (let i = 0; i < 6; i++) await member({ organisation: admin.organisation });
    const PAGE = `query($id: ID, $first: Int) { organisation(id: $id) { users(first: $first) { edges { node { id passkeys { id name } } } } } }`;
    const small = await countQueries(server.dataSource, () =>
      admin.client.ok(PAGE, { id: admin.organisation.id, first: 2 }),
    );
    const large = await countQueries(server.dataSource, async () => {
      const data = await admin.client.ok(PAGE, { id: admin.organisation.id, first: 7 });
      expect(data.organisation.users.edges.every((e: any) => e.node.passkeys.length === 1)).toBe(true);
    });
    expect(large.count).toBe(small.count);
  });
});

describe("users.passkeyCount", () => {
  const counted = async (user: User) => {
    const { passkeyCount } = await server.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    const unrevoked = await server.dataSource
      .getRepository(Credential)
      .count({ where: { userId: user.id, revokedAt: IsNull() } });
    return { passkeyCount, unrevoked };
  };

  it("stays equal to the unrevoked passkeys through registrations and revocations, racing ones too", async () => {
    const m = await member({ devices: 3 });
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    expect(await counted(m.user)).toEqual({ passkeyCount: 3, unrevoked: 3 });

    await Promise.all([
      m.client.request(REVOKE, { id: idOf(m.devices[0]) }),
      admin.client.request(REVOKE_FOR, { u: m.user.id, c: idOf(m.devices[1]) }),
      // The same passkey twice at once: one revoke wins, the other finds nothing left to revoke.
      m.client.request(REVOKE, { id: idOf(m.devices[1]) }),
    ]);
    expect(await counted(m.user)).toEqual({ passkeyCount: 1, unrevoked: 1 });

    await registerPasskey(m.client, authenticatorFor(server));
    expect(await counted(m.user)).toEqual({ passkeyCount: 2, unrevoked: 2 });

    await Promise.all([
      admin.client.request(REVOKE_FOR, { u: m.user.id }),
      m.client.request(REVOKE, { id: idOf(m.devices[2]) }),
    ]);
    expect(await counted(m.user)).toEqual({ passkeyCount: 0, unrevoked: 0 });
    // Four passkeys revoked, each audited once, whichever of the racing calls revoked it.
    expect(await events(m.user, "PASSKEY_REVOKED")).toHaveLength(4);
  });
});

describe("renameCredential", () => {
  it("renames the caller's own passkey, trimmed, and audits the old and new name", async () => {
    const m = await member();
    const res = await m.client.ok(RENAME, { id: idOf(m.devices[0]), name: "  Work laptop  " });
    expect(res.renameCredential).toEqual({ id: idOf(m.devices[0]), name: "Work laptop" });
    expect((await passkeysOf(m.client)).passkeys[0].name).toBe("Work laptop");
    const [renamed] = await events(m.user, "PASSKEY_RENAMED");
    expect(renamed).toMatchObject({
      actorId: m.user.id,
      organisationId: m.organisation.id,
      data: { credentialId: idOf(m.devices[0]), from: "Device 1", to: "Work laptop" },
    });
  });

  it.each([
    ["empty", "   "],
    ["longer than 100 characters", "x".repeat(101)],
    ["with control characters", "Work\u0000laptop"],
  ])("refuses a name that is %s with BAD_USER_INPUT and changes nothing", async (_label, name) => {
    const m = await member();
    const res = await m.client.request(RENAME, { id: idOf(m.devices[0]), name });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect((await stored(m.devices[0])).name).toBe("Device 1");
    expect(await events(m.user, "PASSKEY_RENAMED")).toEqual([]);
  });

  it("answers NOT_FOUND for a colleague's passkey, a revoked one, an unknown one and a 5,000-character id", async () => {
    const m = await member();
    const colleague = await member({ organisation: m.organisation });
    const revoked = await member();
    await revoked.client.ok(REVOKE, { id: idOf(revoked.devices[0]) });
    for (const [client, id] of [
      [m.client, idOf(colleague.devices[0])],
      [revoked.client, idOf(revoked.devices[0])],
      [m.client, "bm8tc3VjaC1wYXNza2V5"],
      [m.client, "A".repeat(5000)],
    ] as const) {
      const res = await client.request(RENAME, { id, name: "Mine now" });
      expect(res.status).toBe(200);
      expect(codeOf(res)).toBe("NOT_FOUND");
    }
    expect((await stored(colleague.devices[0])).name).toBe("Device 1");
  });
});

describe("revokeCredential", () => {
  it("revokes the caller's own passkey: gone from the list, kept in the table, audited, and never verifies again", async () => {
    const m = await member({ devices: 2 });
    expect((await signsInWith(m, m.devices[0])).errors).toBeUndefined();
    expect((await m.client.ok(REVOKE, { id: idOf(m.devices[0]) })).revokeCredential).toBe(true);

    expect((await passkeysOf(m.client)).passkeys.map((p: any) => p.id)).toEqual([idOf(m.devices[1])]);
    expect(await stored(m.devices[0])).toMatchObject({ revokedAt: server.clock.now(), revokedById: m.user.id });
    const [revoked] = await events(m.user, "PASSKEY_REVOKED");
    expect(revoked).toMatchObject({ actorId: m.user.id, data: { credentialId: idOf(m.devices[0]), name: "Device 1" } });

    const refused = await signsInWith(m, m.devices[0]);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    expect((await events(m.user, "SIGN_IN_FAILED")).at(-1)!.data).toMatchObject({ reason: "revoked_credential" });
    expect((await signsInWith(m, m.devices[1])).errors).toBeUndefined();

    expect(codeOf(await m.client.request(REVOKE, { id: idOf(m.devices[0]) }))).toBe("NOT_FOUND");
  });

  it("removing the last passkey under a mandatory policy sends the user back to setup", async () => {
    const m = await member({ policy: { forcePasskeySetup: true } });
    await m.client.ok(REVOKE, { id: idOf(m.devices[0]) });
    const { viewer } = await m.client.ok(`{ viewer { session { restricted } passkeySetup { nextStep reason } } }`);
    expect(viewer).toEqual({
      session: { restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", reason: "FIRST_PASSKEY" },
    });
  });

  it("is refused for anyone else's passkey, even by their admin or support (they use revokeUserCredentials)", async () => {
    const m = await member();
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    expect(codeOf(await admin.client.request(REVOKE, { id: idOf(m.devices[0]) }))).toBe("NOT_FOUND");
    expect((await stored(m.devices[0])).revokedAt).toBeNull();
  });
});

describe("revokeUserCredentials", () => {
  it("an admin revokes one passkey of an employee; the stats follow", async () => {
    const m = await member({ devices: 2 });
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    const statsBefore = (await admin.client.ok(STATS, { id: m.organisation.id })).organisation.passkeyStats;

    const one = await admin.client.ok(REVOKE_FOR, { u: m.user.id, c: idOf(m.devices[1]) });
    expect(one.revokeUserCredentials).toEqual({
      id: m.user.id,
      passkeyStatus: "HAS_PASSKEY",
      passkeys: [{ id: idOf(m.devices[0]) }],
    });
    expect((await events(m.user, "PASSKEY_REVOKED"))[0]).toMatchObject({ actorId: admin.user.id });
    expect((await stored(m.devices[1])).revokedById).toBe(admin.user.id);

    const all = await admin.client.ok(REVOKE_FOR, { u: m.user.id });
    expect(all.revokeUserCredentials).toEqual({ id: m.user.id, passkeyStatus: "PENDING", passkeys: [] });
    expect(await events(m.user, "PASSKEY_REVOKED")).toHaveLength(2);
    const statsAfter = (await admin.client.ok(STATS, { id: m.organisation.id })).organisation.passkeyStats;
    expect(statsAfter).toEqual({
      ...statsBefore,
      usersWithPasskey: statsBefore.usersWithPasskey - 1,
      usersPending: statsBefore.usersPending + 1,
    });
    expect((await signsInWith(m, m.devices[0])).errors?.[0].extensions?.code).toBe("CEREMONY_FAILED");
  });

  it("revokes all of a user's passkeys at once, one audit event each, and keeps their sessions unless asked", async () => {
    const m = await member({ devices: 3 });
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    await admin.client.ok(REVOKE_FOR, { u: m.user.id, c: null });
    expect(await events(m.user, "PASSKEY_REVOKED")).toHaveLength(3);
    expect((await m.client.ok(`{ viewer { authenticated } }`)).viewer.authenticated).toBe(true);
    // With nothing left to revoke, it is a quiet success.
    expect((await admin.client.ok(REVOKE_FOR, { u: m.user.id })).revokeUserCredentials.passkeys).toEqual([]);
  });

  it("with endSessions, signs the user out on every device (the lost phone too), but not the admin", async () => {
    const m = await member();
    const secondDevice = await signIn(server, m.user);
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    await admin.client.ok(REVOKE_FOR, { u: m.user.id, end: true });
    for (const client of [m.client, secondDevice]) {
      expect((await client.ok(`{ viewer { authenticated } }`)).viewer.authenticated).toBe(false);
    }
    expect((await admin.client.ok(`{ viewer { authenticated } }`)).viewer.authenticated).toBe(true);
    const [signedOut] = await events(m.user, "SIGNED_OUT");
    expect(signedOut).toMatchObject({ actorId: admin.user.id, data: { otherSessions: 2, reason: "passkeys_revoked" } });
  });

  it("with endSessions on one's own account, keeps the caller's session", async () => {
    const admin = await member({ role: Role.ORG_ADMIN, devices: 2 });
    const other = await signIn(server, admin.user);
    await admin.client.ok(REVOKE_FOR, { u: admin.user.id, c: idOf(admin.devices[1]), end: true });
    expect((await admin.client.ok(`{ viewer { authenticated } }`)).viewer.authenticated).toBe(true);
    expect((await other.ok(`{ viewer { authenticated } }`)).viewer.authenticated).toBe(false);
  });

  it("answers NOT_FOUND for a passkey that is not the user's, and for a user that does not exist", async () => {
    const m = await member();
    const colleague = await member({ organisation: m.organisation });
    const admin = await member({ organisation: m.organisation, role: Role.ORG_ADMIN });
    expect(codeOf(await admin.client.request(REVOKE_FOR, { u: m.user.id, c: idOf(colleague.devices[0]) }))).toBe(
      "NOT_FOUND",
    );
    expect((await stored(colleague.devices[0])).revokedAt).toBeNull();
    expect(codeOf(await admin.client.request(REVOKE_FOR, { u: "00000000-0000-4000-8000-000000000000" }))).toBe(
      "NOT_FOUND",
    );
  });
});
