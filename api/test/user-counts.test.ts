import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { passkeyStatusOf } from "../src/modules/users/user.service";
import { User } from "../src/modules/users/user.entity";
import { USER_BUCKETS, userCounts } from "../src/modules/users/user-count.entity";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { buildOrganisation, buildUser, givePasskey } from "./factories";
import { startTestServer, TestServer } from "./harness";

/**
 * user_counts is kept by triggers on users, so it must equal a count of the users themselves
 * after every kind of write: the services' own, and SQL that no service wrote.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** The buckets as counted from the users table, by the same rules as passkeyStatus. */
async function counted(organisationId: string): Promise<number[]> {
  const counts = [0, 0, 0, 0, 0, 0];
  const users = await server.dataSource.getRepository(User).findBy({ organisationId });
  for (const user of users) {
    counts[USER_BUCKETS[user.disabledAt ? "disabled" : "enabled"][passkeyStatusOf(user)]]++;
  }
  return counts;
}

async function expectTrue(...organisations: Organisation[]) {
  for (const organisation of organisations) {
    expect(await userCounts(server.dataSource.manager, organisation.id)).toEqual(await counted(organisation.id));
  }
}

describe("user_counts", () => {
  it("follows every change of a user's organisation, activity and passkey status, whoever wrote it", async () => {
    const a = await buildOrganisation(server);
    const b = await buildOrganisation(server);
    const admin = await buildUser(server, { organisation: a, role: Role.ORG_ADMIN });
    const users: User[] = [];
    for (let i = 0; i < 6; i++) users.push(await buildUser(server, { organisation: a }));
    await buildUser(server, { role: Role.SUPPORT });
    await expectTrue(a, b);
    expect(await userCounts(server.dataSource.manager, a.id)).toEqual([0, 0, 7, 0, 0, 0]);

    // Two passkeys: one move (pending to has-passkey), not two.
    await givePasskey(server, users[0]);
    await givePasskey(server, users[0]);
    await givePasskey(server, users[1]);
    await server.services.transactions.run((m) => server.services.users.recordSkip(m, users[2].id, new Date()));
    await server.services.transactions.run((m) => server.services.users.recordSkip(m, users[2].id, new Date()));
    await expectTrue(a, b);

    await server.services.transactions.run((m) => server.services.users.setActive(m, admin, users[0].id, false));
    await server.services.transactions.run((m) => server.services.users.setActive(m, admin, users[2].id, false));
    await expectTrue(a, b);
    await server.services.credentials.revoke(users[0], null, { user: admin, sessionId: "", ip: null });
    await server.services.transactions.run((m) => server.services.users.setActive(m, admin, users[2].id, true));
    await expectTrue(a, b);

    // Plain SQL, as a script or an operator would write it.
    await server.dataSource.getRepository(User).update({ id: users[3].id }, { organisationId: b.id, tenantKey: b.id });
    await server.dataSource.getRepository(User).update({ id: users[4].id }, { skipCount: 3 });
    await server.dataSource.getRepository(User).update({ id: users[4].id }, { lastSignInAt: new Date() });
    await server.dataSource.getRepository(User).delete({ id: users[5].id });
    await expectTrue(a, b);
    expect((await userCounts(server.dataSource.manager, b.id)).reduce((x, y) => x + y)).toBe(1);
  });

  it("loses no count when many users of one organisation sign up and get passkeys at once", async () => {
    const organisation = await buildOrganisation(server);
    const users = await Promise.all(Array.from({ length: 24 }, () => buildUser(server, { organisation })));
    await Promise.all(users.slice(0, 16).map((user) => givePasskey(server, user)));
    await expectTrue(organisation);
    expect(await userCounts(server.dataSource.manager, organisation.id)).toEqual([16, 0, 8, 0, 0, 0]);
  });
});
