import { randomBytes, randomUUID } from "node:crypto";
import { get } from "node:http";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { User } from "../src/modules/users/user.entity";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { DAY, GraphQLClient, startTestServer, TestClock, TestServer } from "./harness";

let server: TestServer;
const clock = new TestClock(new Date("2026-11-01T09:00:00Z"));
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server?.close());

function download(client: GraphQLClient | null, path: string) {
  const headers: Record<string, string> = {};
  if (client?.bearer) headers.authorization = `Bearer ${client.bearer}`;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    get(`${server.url}${path}`, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    }).on("error", reject);
  });
}

const adoptionQuery = `query ($id: ID!, $days: Int) {
  organisation(id: $id) { passkeyStats { adoptionByDay(days: $days) { day users usersWithPasskey adoptionRate } } }
}`;

describe("adoption over time", () => {
  it("counts, for each day, the enabled users and those with an unrevoked passkey at its end", async () => {
    clock.set("2026-11-01T09:00:00Z");
    const organisation = await buildOrganisation(server);
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    const alex = await buildUser(server, { organisation });
    clock.advanceDays(1); // 2 Nov
    await givePasskey(server, alex, { createdAt: clock.now() });
    const sam = await buildUser(server, { organisation });
    clock.advanceDays(1); // 3 Nov
    const revoked = await givePasskey(server, sam, { createdAt: clock.now() });
    clock.advanceDays(1); // 4 Nov
    // Through the passkey service, which keeps passkeyCount (today's figure reads it).
    await server.services.credentials.revoke(sam, revoked.credentialId, { user: admin, sessionId: "", ip: null });

    const client = await signIn(server, admin);
    const { organisation: result } = await client.ok(adoptionQuery, { id: organisation.id, days: 5 });
    expect(result.passkeyStats.adoptionByDay).toEqual([
      { day: "2026-10-31T00:00:00.000Z", users: 0, usersWithPasskey: 0, adoptionRate: 0 },
      { day: "2026-11-01T00:00:00.000Z", users: 2, usersWithPasskey: 0, adoptionRate: 0 },
      { day: "2026-11-02T00:00:00.000Z", users: 3, usersWithPasskey: 1, adoptionRate: 1 / 3 },
      { day: "2026-11-03T00:00:00.000Z", users: 3, usersWithPasskey: 2, adoptionRate: 2 / 3 },
      { day: "2026-11-04T00:00:00.000Z", users: 3, usersWithPasskey: 1, adoptionRate: 1 / 3 },
    ]);
  });

  it("answers a window outside 1..365 days with BAD_USER_INPUT, and another tenant with NOT_FOUND", async () => {
    const organisation = await buildOrganisation(server);
    const admin = await signIn(server, await buildUser(server, { organisation, role: Role.ORG_ADMIN }));
    const bad = await admin.request(adoptionQuery, { id: organisation.id, days: 0 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "days" });
    const other = await signIn(server, await buildUser(server, { role: Role.ORG_ADMIN }));
    const hidden = await other.request(adoptionQuery, { id: organisation.id, days: 7 });
    expect(hidden.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("who still needs to create a passkey, for a large organisation", () => {
  const size = 20_000;
  let large: Organisation;
  let admin: User;

  beforeAll(async () => {
    clock.set("2026-11-10T09:00:00Z");
    large = await buildOrganisation(server);
    admin = await buildUser(server, { organisation: large, role: Role.ORG_ADMIN });
    const template = await buildUser(server, { organisation: large });
    // A third has a passkey (counted, as the passkey service keeps passkeyCount), a third skipped, a third was never asked.
    for (let offset = 0; offset < size; offset += 200) {
      const rows = Array.from({ length: 200 }, (_, j) => {
        const i = offset + j;
        return {
          ...template,
          id: randomUUID(),
          email: `person-${i}@large.example`,
          displayName: `Person ${i}`,
          webauthnUserId: randomBytes(32).toString("base64url"),
          passkeyCount: i % 3 === 0 ? 1 : 0,
          skipCount: i % 3 === 1 ? 1 + (i % 4) : 0,
          lastSignInAt: i % 5 === 0 ? null : new Date(clock.now().getTime() - i * 60_000),
          createdAt: new Date(clock.now().getTime() - DAY - i * 1000),
        };
      });
      await server.dataSource
        .createQueryBuilder()
        .insert()
        .into(User)
        .values(rows as QueryDeepPartialEntity<User>[])
        .execute();
    }
  }, 300_000);

  it("streams them as CSV with their skip count and last sign-in, to admins of that organisation only", async () => {
    const client = await signIn(server, admin);
    const started = performance.now();
    const res = await download(client, `/exports/organisations/${large.id}/users-without-passkey.csv`);
    const ms = Math.round(performance.now() - started);
    console.log(`users-without-passkey CSV: ${size} users in ${ms} ms (${server.database.url.split(":")[0]})`);
    expect(res.status).toBe(200);
    const lines = res.body.trim().split("\n");
    expect(lines[0]).toBe("name,email,role,status,skip_count,last_sign_in");
    // Two thirds of the inserted people, and the template user and the admin (never asked).
    const expected = Array.from({ length: size }, (_, i) => i).filter((i) => i % 3 !== 0).length + 2;
    expect(lines).toHaveLength(expected + 1);
    expect(lines).toContain(
      `Person 1,person-1@large.example,EMPLOYEE,skipped,2,${new Date(clock.now().getTime() - 60_000).toISOString()}`,
    );
    expect(lines).toContain("Person 5,person-5@large.example,EMPLOYEE,not asked yet,0,");
    expect(lines.some((line) => line.startsWith("Person 3,"))).toBe(false);

    const other = await signIn(server, await buildUser(server, { role: Role.ORG_ADMIN }));
    expect((await download(other, `/exports/organisations/${large.id}/users-without-passkey.csv`)).status).toBe(404);
    const employee = await signIn(server, await buildUser(server, { organisation: large }));
    expect((await download(employee, `/exports/organisations/${large.id}/users-without-passkey.csv`)).status).toBe(403);
  });

  it("lists them in the console's table through Organisation.users, with their skip count", async () => {
    const client = await signIn(server, admin);
    const { organisation } = await client.ok(
      `query ($id: ID!) { organisation(id: $id) {
        users(passkeyStatus: SKIPPED, first: 100) { totalCount edges { node { passkeySkipCount lastSignInAt } } }
        passkeyStats { usersWithPasskey usersSkipped usersPending totalUsers adoptionByDay(days: 2) { users usersWithPasskey } }
      } }`,
      { id: large.id },
    );
    const skipped = Array.from({ length: size }, (_, i) => i).filter((i) => i % 3 === 1).length;
    expect(organisation.users.totalCount).toBe(skipped);
    expect(organisation.users.edges.every((e: any) => e.node.passkeySkipCount >= 1)).toBe(true);
    expect(organisation.passkeyStats.usersSkipped).toBe(skipped);
    // No credential rows were inserted: over time, the share counts passkeys by their rows.
    expect(organisation.passkeyStats.adoptionByDay.at(-1).users).toBe(organisation.passkeyStats.totalUsers);
  });
});
