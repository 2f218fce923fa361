import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { Role } from "../src/modules/enums";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { startTestServer, TestServer } from "./harness";
import { countQueries } from "./query-counter";

/**
 * SQL statements per operation, through TypeORM. The rate-limit store's own statements are not
 * TypeORM's: they are proved absent by watching the service that sends them. A budget that only
 * goes down: the sign-in core reads what it needs in one joined statement, and the payload's
 * viewer comes from what the sign-in already read.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** The statements between BEGIN and COMMIT, when `queries` are exactly one transaction. */
function oneTransaction(queries: string[]): string[] {
  const opens = queries.filter((q) => /^(BEGIN|START TRANSACTION)/i.test(q));
  expect(opens).toHaveLength(1);
  expect(queries[0]).toMatch(/^(BEGIN|START TRANSACTION)/i);
  expect(queries.at(-1)).toMatch(/^COMMIT/i);
  return queries.slice(1, -1);
}

describe("statements per operation", () => {
  it("a passkey sign-in: at most 2 to start, at most 6 to finish (not counting BEGIN and COMMIT), all in one transaction, and no rate-limit statement of its own", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const authenticator = authenticatorFor(server);
    await registerPasskey(await signIn(server, user), authenticator);
    // A first ceremony, so the challenge purge of this minute is behind us.
    const client = server.client();
    const warm = await startSignIn(client, {});
    await finishSignIn(client, warm.challengeId, authenticator.authenticate(warm.options));

    const limits = server.services.rateLimits;
    const limitCalls = [vi.spyOn(limits, "check"), vi.spyOn(limits, "failed"), vi.spyOn(limits, "succeeded")];
    let started!: Awaited<ReturnType<typeof startSignIn>>;
    const start = await countQueries(server.dataSource, async () => {
      started = await startSignIn(client, { organisationSlug: organisation.slug, email: user.email });
    });
    const finish = await countQueries(server.dataSource, async () => {
      const res = await finishSignIn(client, started.challengeId, authenticator.authenticate(started.options));
      expect(res.errors).toBeUndefined();
    });
    const inside = oneTransaction(finish.queries);
    const reads = inside.filter((q) => /^SELECT/i.test(q));
    const writes = inside.filter((q) => /^(INSERT|UPDATE|DELETE)/i.test(q));
    // One joined read (challenge, credential, owner, organisation, policy, and the IP's rate-limit
    // row when it has failures), then consume the challenge, the sign count, the session,
    // lastSignInAt and SIGN_IN_SUCCEEDED.
    expect({ start: start.count, finish: inside.length, reads: reads.length, writes: writes.length }).toEqual({
      start: 2,
      finish: 6,
      reads: 1,
      writes: 5,
    });
    expect(limitCalls.map((call) => call.mock.calls.length)).toEqual([0, 0, 0]);
    limitCalls.forEach((call) => call.mockRestore());
  });

  it("a failed passkey finish: its writes and SIGN_IN_FAILED in the same one transaction, then the IP's failure counted", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const authenticator = authenticatorFor(server);
    await registerPasskey(await signIn(server, user), authenticator);
    const client = server.client();
    const started = await startSignIn(client, {});
    const failed = vi.spyOn(server.services.rateLimits, "failed");
    const finish = await countQueries(server.dataSource, async () => {
      const res = await finishSignIn(
        client,
        started.challengeId,
        authenticator.authenticate(started.options, { origin: "https://evil.example" }),
      );
      expect(res.errors?.[0].extensions?.code).toBe("CEREMONY_FAILED");
    });
    // The failure's own count is rate-limiter-flexible's statement, not TypeORM's.
    expect(oneTransaction(finish.queries)).toHaveLength(3);
    expect(failed).toHaveBeenCalledTimes(1);
    failed.mockRestore();
  });

  it("a password sign-in: the account and IP limits read in one statement, the account in one, then one transaction of three writes", async () => {
    const organisation = await buildOrganisation(server);
    const password = "correct horse battery staple";
    const user = await buildUser(server, { organisation, password });
    const limits = server.services.rateLimits as unknown as Record<"account" | "ip", { get: () => unknown }>;
    const limiterReads = [vi.spyOn(limits.account, "get"), vi.spyOn(limits.ip, "get")];
    const { queries } = await countQueries(server.dataSource, async () => {
      const res = await server
        .client()
        .request(`mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`, {
          i: { organisationSlug: organisation.slug, email: user.email, password, delivery: "BEARER" },
        });
      expect(res.errors).toBeUndefined();
    });
    expect(queries.filter((q) => /rate_limits/.test(q))).toHaveLength(1);
    const opened = queries.findIndex((q) => /^(BEGIN|START TRANSACTION)/i.test(q));
    expect({ before: opened, inside: oneTransaction(queries.slice(opened)).length }).toEqual({ before: 2, inside: 3 });
    for (const read of limiterReads) expect(read).not.toHaveBeenCalled();
  });

  it("viewer: one statement (session, user, organisation and policy joined)", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const client = await signIn(server, await buildUser(server, { organisation }));
    await client.ok("{ viewer { authenticated } }");
    const viewer = await countQueries(server.dataSource, () =>
      client.ok("{ viewer { authenticated user { id } organisation { id } passkeySetup { nextStep } } }"),
    );
    expect(viewer.count).toBe(1);
  });

  it("an admin's users page (search, status, role, cursor; with passkey status and passkeys): 5 statements, as many for 50 users as for 5", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    for (let i = 0; i < 60; i++) {
      const user = await buildUser(server, { organisation, email: `page-${i}@budget.test` });
      if (i % 2 === 0) await givePasskey(server, user);
    }
    const client = await signIn(server, admin);
    const page = `query ($id: ID!, $first: Int, $after: String, $search: String, $status: PasskeyStatus, $role: Role) {
      organisation(id: $id) { users(first: $first, after: $after, search: $search, passkeyStatus: $status, role: $role) {
        totalCount edges { node { id email displayName role passkeyStatus passkeySkipCount lastSignInAt passkeys { id name synced lastUsedAt } } }
        pageInfo { hasNextPage endCursor } } } }`;
    await client.ok(page, { id: organisation.id });
    const counted = async (variables: Record<string, unknown>) =>
      (await countQueries(server.dataSource, () => client.ok(page, { id: organisation.id, ...variables }))).count;
    const first = await client.ok(page, { id: organisation.id, first: 5 });
    // The session (joined), the organisation, the page, its total, and the page's passkeys in one query.
    const budget = 5;
    expect({
      five: await counted({ first: 5 }),
      fifty: await counted({ first: 50 }),
      next: await counted({ first: 50, after: first.organisation.users.pageInfo.endCursor }),
      filtered: await counted({ first: 50, search: "page-", status: "HAS_PASSKEY", role: "EMPLOYEE" }),
    }).toEqual({ five: budget, fifty: budget, next: budget, filtered: budget });
  });

  it("passkeyStats with signInsByMethod and adoptionByDay: a fixed number of statements, whatever the size and the window", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    for (let i = 0; i < 10; i++) await givePasskey(server, await buildUser(server, { organisation }));
    const client = await signIn(server, admin);
    const stats = `query ($id: ID!, $days: Int) { organisation(id: $id) { passkeyStats {
      totalUsers usersWithPasskey usersSkipped usersPending adoptionRate
      signInsByMethod(days: $days) { method count } adoptionByDay(days: $days) { day users usersWithPasskey } } } }`;
    // The first read of a window stores its closed days; every later one reads them.
    await client.ok(stats, { id: organisation.id, days: 365 });
    const counted = async (days: number) =>
      (await countQueries(server.dataSource, () => client.ok(stats, { id: organisation.id, days }))).count;
    // The session, the organisation, the totals, then per chart: the stored days and today's live part
    // (sign-ins: the two partial days; adoption: the totals again).
    expect({ week: await counted(7), year: await counted(365) }).toEqual({ week: 7, year: 7 });
  });

  it("many admins opening the same new chart window at once wait for one fill of its days, not one each", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    for (let i = 0; i < 3; i++) await givePasskey(server, await buildUser(server, { organisation }));
    const client = await signIn(server, admin);
    const stats = `query ($id: ID!) { organisation(id: $id) { passkeyStats {
      adoptionByDay(days: 30) { day users } } } }`;
    // On MySQL the six requests' statements interleave; SQLite's run one at a time, so there the first fill tends
    // to be stored before the others look.
    const { queries } = await countQueries(server.dataSource, () =>
      Promise.all(Array.from({ length: 6 }, () => client.ok(stats, { id: organisation.id }))),
    );
    const fills = queries.filter((query) => /insert\s+(ignore\s+)?into\s+[`"]?stats_days/i.test(query));
    expect(fills).toHaveLength(1);
  });
});
