import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import { codeOf, GraphQLClient, startTestServer, TestServer } from "../../../test/harness";
import { countQueries } from "../../../test/query-counter";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "./user.entity";

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName role hasPassword passkeyStatus organisation { id } lastSignInAt }
}`;
const USERS = `query ($org: ID!, $first: Int, $after: String, $search: String, $status: PasskeyStatus, $role: Role) {
  organisation(id: $org) {
    users(first: $first, after: $after, search: $search, passkeyStatus: $status, role: $role) {
      totalCount
      edges { cursor node { email passkeyStatus } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe("users", () => {
  let server: TestServer;
  let org: Organisation;
  let otherOrg: Organisation;
  let admin: User;
  let adminClient: GraphQLClient;
  let support: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    org = await buildOrganisation(server);
    otherOrg = await buildOrganisation(server);
    admin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN, email: "admin@acme.test" });
    adminClient = await signIn(server, admin);
    const supportUser = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, supportUser);
    support = await signIn(server, supportUser);
  });
  afterAll(() => server.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    organisationId: org.id,
    email: `new-${Math.random().toString(36).slice(2)}@acme.test`,
    displayName: "New Colleague",
    role: "EMPLOYEE",
    ...overrides,
  });

  describe("an org admin creates a user", () => {
    it("in their own organisation, with USER_CREATED naming the admin", async () => {
      const { createUser } = await adminClient.ok(CREATE_USER, {
        input: input({ email: " Jo.Bloggs@ACME.test ", displayName: " Jo Bloggs ", password: "correct horse battery" }),
      });
      expect(createUser).toMatchObject({
        email: "jo.bloggs@acme.test",
        displayName: "Jo Bloggs",
        role: "EMPLOYEE",
        hasPassword: true,
        passkeyStatus: "PENDING",
        organisation: { id: org.id },
        lastSignInAt: null,
      });
      const events = await server.dataSource.getRepository(AuditEvent).findBy({ subjectId: createUser.id });
      expect(events.map((e) => [e.type, e.actorId, e.organisationId])).toEqual([
        [AuditEventType.USER_CREATED, admin.id, org.id],
      ]);
    });

    it("but not in another organisation, nor in one that does not exist (NOT_FOUND)", async () => {
      expect(codeOf(await adminClient.request(CREATE_USER, { input: input({ organisationId: otherOrg.id }) }))).toBe(
        "NOT_FOUND",
      );
      const unknown = "00000000-0000-4000-8000-000000000000";
      expect(codeOf(await adminClient.request(CREATE_USER, { input: input({ organisationId: unknown }) }))).toBe(
        "NOT_FOUND",
      );
      expect(
        codeOf(await adminClient.request(CREATE_USER, { input: input({ organisationId: "x".repeat(10_000) }) })),
      ).toBe("NOT_FOUND");
    });

    it("and never a SUPPORT user (FORBIDDEN)", async () => {
      expect(codeOf(await adminClient.request(CREATE_USER, { input: input({ role: "SUPPORT" }) }))).toBe("FORBIDDEN");
      expect(
        codeOf(await adminClient.request(CREATE_USER, { input: input({ role: "SUPPORT", organisationId: "" }) })),
      ).toBe("NOT_FOUND");
    });

    it("refuses an email already used in that organisation, but not in another one", async () => {
      await adminClient.ok(CREATE_USER, { input: input({ email: "twin@acme.test" }) });
      const again = await adminClient.request(CREATE_USER, { input: input({ email: "TWIN@acme.test" }) });
      expect(codeOf(again)).toBe("BAD_USER_INPUT");
      expect(again.errors![0].extensions!.field).toBe("email");
      await support.ok(CREATE_USER, { input: input({ email: "twin@acme.test", organisationId: otherOrg.id }) });
    });

    it("lets only one of two simultaneous creates of the same email win", async () => {
      const results = await Promise.all(
        [1, 2, 3].map(() => adminClient.request(CREATE_USER, { input: input({ email: "race@acme.test" }) })),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => codeOf(r) === "BAD_USER_INPUT").map((r) => r.errors![0].extensions!.field)).toEqual([
        "email",
        "email",
      ]);
      expect(await server.dataSource.getRepository(User).countBy({ email: "race@acme.test" })).toBe(1);
    });

    it.each([
      ["a 10 000-character email", { email: `${"e".repeat(10_000)}@acme.test` }, "email"],
      ["an email without @", { email: "not-an-email" }, "email"],
      ["an empty name", { displayName: "  " }, "displayName"],
      ["a 10 000-character name", { displayName: "n".repeat(10_000) }, "displayName"],
      ["a name with a line break", { displayName: "Jo\nBloggs" }, "displayName"],
      ["a short password", { password: "short" }, "password"],
      ["a 10 000-character password", { password: "p".repeat(10_000) }, "password"],
    ])("refuses %s with BAD_USER_INPUT", async (_label, overrides, field) => {
      const res = await adminClient.request(CREATE_USER, { input: input(overrides) });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.field).toBe(field);
    });

    it("answers BAD_USER_INPUT for an unknown role or a wrongly typed field", async () => {
      expect(codeOf(await adminClient.request(CREATE_USER, { input: input({ role: "OWNER" }) }))).toBe(
        "BAD_USER_INPUT",
      );
      expect(codeOf(await adminClient.request(CREATE_USER, { input: input({ email: 7 }) }))).toBe("BAD_USER_INPUT");
      expect(codeOf(await adminClient.request(CREATE_USER, { input: { email: "x@acme.test" } }))).toBe(
        "BAD_USER_INPUT",
      );
    });
  });

  describe("support creates users", () => {
    it("SUPPORT users belong to no organisation: organisationId is the empty string", async () => {
      const { createUser } = await support.ok(CREATE_USER, { input: input({ role: "SUPPORT", organisationId: "" }) });
      expect(createUser).toMatchObject({ role: "SUPPORT", organisation: null });
      const stored = await server.dataSource.getRepository(User).findOneByOrFail({ id: createUser.id });
      expect(stored.organisationId).toBeNull();
    });

    it("refuses a SUPPORT user inside an organisation, and an org user outside one", async () => {
      expect(codeOf(await support.request(CREATE_USER, { input: input({ role: "SUPPORT" }) }))).toBe("BAD_USER_INPUT");
      expect(codeOf(await support.request(CREATE_USER, { input: input({ organisationId: "" }) }))).toBe("NOT_FOUND");
    });

    it("in any organisation, which must exist", async () => {
      const { createUser } = await support.ok(CREATE_USER, {
        input: input({ organisationId: otherOrg.id, role: "ORG_ADMIN" }),
      });
      expect(createUser.organisation).toEqual({ id: otherOrg.id });
      const unknown = "00000000-0000-4000-8000-000000000000";
      expect(codeOf(await support.request(CREATE_USER, { input: input({ organisationId: unknown }) }))).toBe(
        "NOT_FOUND",
      );
    });
  });

  describe("Organisation.users", () => {
    let listed: Organisation;
    let listAdmin: GraphQLClient;

    beforeAll(async () => {
      listed = await buildOrganisation(server);
      const owner = await buildUser(server, {
        organisation: listed,
        role: Role.ORG_ADMIN,
        email: "owner@list.test",
        displayName: "Olive Owner",
      });
      listAdmin = await signIn(server, owner);
      const make = async (email: string, displayName: string, role = Role.EMPLOYEE) => {
        server.clock.advance(1000);
        return buildUser(server, { organisation: listed, email, displayName, role });
      };
      const passkeyUser = await make("pat@list.test", "Pat Passkey");
      await givePasskey(server, passkeyUser);
      const revoked = await make("rex@list.test", "Rex Revoked");
      await givePasskey(server, revoked, { revokedAt: server.clock.now() });
      const skipper = await make("sam@list.test", "Sam Skipper", Role.APP_EDITOR);
      await server.dataSource
        .getRepository(User)
        .update({ id: skipper.id }, { skipCount: 1, skippedAt: server.clock.now() });
      await make("percent@list.test", "100% Pending");
      await make("under_score@list.test", "Una Underscore");
      await buildUser(server, { organisation: otherOrg, email: "stranger@list.test" });
    });

    const emails = async (variables: Record<string, unknown>) =>
      (await listAdmin.ok(USERS, { org: listed.id, ...variables })).organisation.users.edges.map(
        (e: any) => e.node.email,
      );

    it("lists the organisation's users oldest first, with their passkey status", async () => {
      const users = (await listAdmin.ok(USERS, { org: listed.id })).organisation.users;
      expect(users.totalCount).toBe(6);
      expect(users.edges.map((e: any) => [e.node.email, e.node.passkeyStatus])).toEqual([
        ["owner@list.test", "PENDING"],
        ["pat@list.test", "HAS_PASSKEY"],
        ["rex@list.test", "PENDING"],
        ["sam@list.test", "SKIPPED"],
        ["percent@list.test", "PENDING"],
        ["under_score@list.test", "PENDING"],
      ]);
      expect(users.pageInfo.hasNextPage).toBe(false);
    });

    it("filters by passkey status and role, with a matching total", async () => {
      expect(await emails({ status: "HAS_PASSKEY" })).toEqual(["pat@list.test"]);
      expect(await emails({ status: "SKIPPED" })).toEqual(["sam@list.test"]);
      expect(await emails({ status: "PENDING" })).toEqual([
        "owner@list.test",
        "rex@list.test",
        "percent@list.test",
        "under_score@list.test",
      ]);
      expect(await emails({ role: "APP_EDITOR" })).toEqual(["sam@list.test"]);
      expect(await emails({ role: "ORG_ADMIN", status: "PENDING" })).toEqual(["owner@list.test"]);
      expect((await listAdmin.ok(USERS, { org: listed.id, status: "PENDING" })).organisation.users.totalCount).toBe(4);
    });

    it("searches email and name case-insensitively, wildcards taken literally", async () => {
      expect(await emails({ search: "PASSKEY" })).toEqual(["pat@list.test"]);
      expect(await emails({ search: "rex@" })).toEqual(["rex@list.test"]);
      expect(await emails({ search: "100%" })).toEqual(["percent@list.test"]);
      expect(await emails({ search: "x_l" })).toEqual([]); // an unescaped _ would match "rex@list"
      expect(await emails({ search: "_" })).toEqual(["under_score@list.test"]);
      expect(await emails({ search: "stranger" })).toEqual([]);
    });

    it("pages with cursors that resume exactly where the last page ended", async () => {
      const first = (await listAdmin.ok(USERS, { org: listed.id, first: 4 })).organisation.users;
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(6);
      const second = (await listAdmin.ok(USERS, { org: listed.id, first: 4, after: first.pageInfo.endCursor }))
        .organisation.users;
      expect(second.edges.map((e: any) => e.node.email)).toEqual(["percent@list.test", "under_score@list.test"]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      ["first 0", { first: 0 }],
      ["first 101", { first: 101 }],
      ["a malformed cursor", { after: "%%%" }],
      ["a cursor of the wrong shape", { after: Buffer.from('{"a":1}').toString("base64url") }],
      ["a 10 000-character search", { search: "s".repeat(10_000) }],
      ["an unknown status", { status: "SOMETIMES" }],
    ])("answers BAD_USER_INPUT for %s", async (_label, variables) => {
      expect(codeOf(await listAdmin.request(USERS, { org: listed.id, ...variables }))).toBe("BAD_USER_INPUT");
    });
  });

  describe("Organisation.user", () => {
    const ONE = `query ($org: ID!, $id: ID!) { organisation(id: $org) { user(id: $id) { id email role } } }`;

    it("finds one of the organisation's users by id", async () => {
      const user = await buildUser(server, { organisation: org, email: "found@acme.test" });
      const data = await adminClient.ok(ONE, { org: org.id, id: user.id });
      expect(data.organisation.user).toEqual({ id: user.id, email: "found@acme.test", role: "EMPLOYEE" });
    });

    it("is null for another organisation's user, a SUPPORT user, an unknown id and a malformed one", async () => {
      const elsewhere = await buildUser(server, { organisation: otherOrg });
      const supportUser = await buildUser(server, { role: Role.SUPPORT });
      for (const id of [elsewhere.id, supportUser.id, "00000000-0000-4000-8000-000000000000", "x".repeat(5000)]) {
        expect((await support.ok(ONE, { org: org.id, id })).organisation.user).toBeNull();
      }
    });
  });

  describe("no query per row", () => {
    const PAGE = `query ($org: ID!, $first: Int) { organisation(id: $org) { users(first: $first) {
      totalCount edges { node { id email passkeyStatus hasPassword lastSignInAt organisation { id name } } } } } }`;

    it("a page of 50 users costs as many queries as a page of 5", async () => {
      const big = await buildOrganisation(server);
      const owner = await buildUser(server, { organisation: big, role: Role.ORG_ADMIN });
      for (let i = 0; i < 55; i++) {
        const user = await buildUser(server, { organisation: big });
        if (i % 3 === 0) await givePasskey(server, user);
      }
      const client = await signIn(server, owner);
      const small = await countQueries(server.dataSource, async () => {
        const data = await client.ok(PAGE, { org: big.id, first: 5 });
        expect(data.organisation.users.edges).toHaveLength(5);
      });
      const large = await countQueries(server.dataSource, async () => {
        const data = await client.ok(PAGE, { org: big.id, first: 50 });
        expect(data.organisation.users.edges).toHaveLength(50);
        expect(new Set(data.organisation.users.edges.map((e: any) => e.node.passkeyStatus))).toEqual(
          new Set(["HAS_PASSKEY", "PENDING"]),
        );
      });
      expect(large.count).toBe(small.count);
    });
  });

  describe("who reads a user's account facts", () => {
    const SELF = `{ viewer { user { passkeyStatus hasPassword lastSignInAt organisation { id } } } }`;

    it("an employee reads their own", async () => {
      const employee = await buildUser(server, { organisation: org });
      await givePasskey(server, employee);
      const data = await (await signIn(server, employee)).ok(SELF);
      expect(data.viewer.user).toEqual({
        passkeyStatus: "HAS_PASSKEY",
        hasPassword: false,
        lastSignInAt: null,
        organisation: { id: org.id },
      });
    });

    it("an employee cannot list colleagues (FORBIDDEN)", async () => {
      const employee = await buildUser(server, { organisation: org });
      const res = await (
        await signIn(server, employee)
      ).request(`{ viewer { organisation { users { totalCount } } } }`);
      expect(codeOf(res)).toBe("FORBIDDEN");
    });
  });
});
