import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import { codeOf, DAY, GraphQLClient, startTestServer, TestServer } from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, Role, UserVerificationRequirement } from "../enums";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { User } from "../users/user.entity";
import { Organisation } from "./organisation.entity";

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name slug passkeysActivated createdAt } }`;
const ACTIVATE = `mutation ($id: ID!, $on: Boolean!) { setPasskeysActivated(organisationId: $id, activated: $on) { id passkeysActivated } }`;
const BY = `query ($id: ID, $slug: String) { organisation(id: $id, slug: $slug) { id slug } }`;
const LIST = `query ($first: Int, $after: String, $search: String) {
  organisations(first: $first, after: $after, search: $search) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } }
}`;

describe("organisations", () => {
  let server: TestServer;
  let support: GraphQLClient;
  let supportUser: User;

  beforeAll(async () => {
    server = await startTestServer();
    supportUser = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, supportUser);
    support = await signIn(server, supportUser);
  });
  afterAll(() => server.close());

  describe("support creates an organisation", () => {
    it("with its default passkey policy and an ORGANISATION_CREATED event", async () => {
      const { createOrganisation: org } = await support.ok(CREATE, {
        input: { name: "  Acme Logistics ", slug: "Acme-Logistics" },
      });
      expect(org).toMatchObject({
        name: "Acme Logistics",
        slug: "acme-logistics",
        passkeysActivated: false,
        createdAt: server.clock.now().toISOString(),
      });

      const policy = await server.dataSource.getRepository(PasskeyPolicy).findOneByOrFail({ organisationId: org.id });
      expect(policy).toMatchObject({
        enabled: false,
        forcePasskeySetup: false,
        enabledFrom: null,
        forceSetupFrom: null,
        remindAfterDays: null,
        maxSkips: null,
        mandatoryRoles: [],
        userVerification: UserVerificationRequirement.REQUIRED,
        allowedAuthenticators: [],
        allowPasswordAfterPasskey: false,
        version: 1,
      });
      expect(policy.updatedAt.toISOString()).toBe(server.clock.now().toISOString());

      const events = await server.dataSource.getRepository(AuditEvent).findBy({ organisationId: org.id });
      expect(events.map((e) => [e.type, e.actorId, e.data])).toEqual([
        [AuditEventType.ORGANISATION_CREATED, supportUser.id, { name: "Acme Logistics", slug: "acme-logistics" }],
      ]);
    });

    it.each([
      ["a", "slug"],
      ["-acme", "slug"],
      ["acme-", "slug"],
      ["ac me", "slug"],
      ["acmé", "slug"],
      ["a".repeat(65), "slug"],
      ["x".repeat(10_000), "slug"],
    ])("refuses a bad slug (case %#) with BAD_USER_INPUT", async (slug, field) => {
      const res = await support.request(CREATE, { input: { name: "Acme", slug } });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.field).toBe(field);
    });

    it.each([[""], ["   "], ["n".repeat(201)], ["n".repeat(10_000)], ["Acme\u0000"], ["Acme\nLtd"]])(
      "refuses a bad name (case %#) with BAD_USER_INPUT",
      async (name) => {
        const res = await support.request(CREATE, { input: { name, slug: "valid-slug" } });
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0].extensions!.field).toBe("name");
      },
    );

    it("refuses a taken slug, also when two creates race, and writes nothing for the loser", async () => {
      await support.ok(CREATE, { input: { name: "First", slug: "taken" } });
      const again = await support.request(CREATE, { input: { name: "Second", slug: "taken" } });
      expect(codeOf(again)).toBe("BAD_USER_INPUT");

      const results = await Promise.all(
        [1, 2, 3].map((i) => support.request(CREATE, { input: { name: `Racer ${i}`, slug: "race" } })),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => codeOf(r) === "BAD_USER_INPUT").length).toBe(2);
      const orgs = await server.dataSource.getRepository(Organisation).findBy({ slug: "race" });
      expect(orgs.length).toBe(1);
      const created = await server.dataSource
        .getRepository(AuditEvent)
        .countBy({ type: AuditEventType.ORGANISATION_CREATED, organisationId: orgs[0].id });
      expect(created).toBe(1);
    });

    it("answers BAD_USER_INPUT for wrong input types, never a 500", async () => {
      const res = await support.request(CREATE, { input: { name: 42, slug: ["x"] } });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
    });
  });

  describe("support activates passkeys", () => {
    it("records PASSKEYS_ACTIVATED and PASSKEYS_DEACTIVATED only when the value changes", async () => {
      const org = await buildOrganisation(server);
      for (const on of [true, true, false]) {
        server.clock.advance(1000);
        expect((await support.ok(ACTIVATE, { id: org.id, on })).setPasskeysActivated.passkeysActivated).toBe(on);
      }
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .find({ where: { organisationId: org.id }, order: { createdAt: "ASC" } });
      expect(events.map((e) => e.type)).toEqual([
        AuditEventType.ORGANISATION_CREATED,
        AuditEventType.PASSKEYS_ACTIVATED,
        AuditEventType.PASSKEYS_DEACTIVATED,
      ]);
    });

    it("records one PASSKEYS_ACTIVATED when support activates twice at the same moment", async () => {
      const org = await buildOrganisation(server);
      const results = await Promise.all([1, 2, 3].map(() => support.ok(ACTIVATE, { id: org.id, on: true })));
      expect(results.map((r) => r.setPasskeysActivated.passkeysActivated)).toEqual([true, true, true]);
      const activated = await server.dataSource
        .getRepository(AuditEvent)
        .countBy({ organisationId: org.id, type: AuditEventType.PASSKEYS_ACTIVATED });
      expect(activated).toBe(1);
    });

    it.each([["00000000-0000-4000-8000-000000000000"], ["not-an-id"], ["x".repeat(10_000)]])(
      "answers NOT_FOUND for an unknown or malformed organisation id (case %#)",
      async (id) => {
        expect(codeOf(await support.request(ACTIVATE, { id, on: true }))).toBe("NOT_FOUND");
      },
    );
  });

  describe("organisation(id, slug)", () => {
    let own: Organisation;
    let other: Organisation;
    let admin: GraphQLClient;
    let editor: GraphQLClient;
    let employee: GraphQLClient;

    beforeAll(async () => {
      own = await buildOrganisation(server);
      other = await buildOrganisation(server);
      admin = await signIn(server, await buildUser(server, { organisation: own, role: Role.ORG_ADMIN }));
      editor = await signIn(server, await buildUser(server, { organisation: own, role: Role.APP_EDITOR }));
      employee = await signIn(server, await buildUser(server, { organisation: own, role: Role.EMPLOYEE }));
    });

    it("shows ORG_ADMIN and APP_EDITOR their own organisation, by id or by slug", async () => {
      for (const client of [admin, editor]) {
        expect((await client.ok(BY, { id: own.id })).organisation).toEqual({ id: own.id, slug: own.slug });
        expect((await client.ok(BY, { slug: own.slug.toUpperCase() })).organisation).toEqual({
          id: own.id,
          slug: own.slug,
        });
      }
    });

    it("hides another tenant's organisation (NOT_FOUND) and refuses employees (FORBIDDEN)", async () => {
      expect(codeOf(await admin.request(BY, { id: other.id }))).toBe("NOT_FOUND");
      expect(codeOf(await editor.request(BY, { slug: other.slug }))).toBe("NOT_FOUND");
      expect(codeOf(await admin.request(BY, { slug: "no-such-org" }))).toBe("NOT_FOUND");
      expect(codeOf(await employee.request(BY, { id: own.id }))).toBe("FORBIDDEN");
    });

    it("shows support any organisation, and null for one that does not exist", async () => {
      expect((await support.ok(BY, { id: other.id })).organisation.id).toBe(other.id);
      expect((await support.ok(BY, { slug: "no-such-org" })).organisation).toBeNull();
      expect((await support.ok(BY, { id: "malformed" })).organisation).toBeNull();
    });

    it("needs exactly one of id and slug", async () => {
      expect(codeOf(await support.request(BY, {}))).toBe("BAD_USER_INPUT");
      expect(codeOf(await support.request(BY, { id: own.id, slug: own.slug }))).toBe("BAD_USER_INPUT");
      expect(codeOf(await admin.request(BY, {}))).toBe("BAD_USER_INPUT");
    });

    it("treats malformed and huge ids and slugs as names of nothing", async () => {
      expect(codeOf(await admin.request(BY, { id: "x".repeat(10_000) }))).toBe("NOT_FOUND");
      expect(codeOf(await admin.request(BY, { slug: "x".repeat(10_000) }))).toBe("NOT_FOUND");
    });
  });

  describe("organisations (support's list)", () => {
    let fresh: TestServer;
    let staff: GraphQLClient;
    beforeAll(async () => {
      fresh = await startTestServer();
      const user = await buildUser(fresh, { role: Role.SUPPORT });
      await givePasskey(fresh, user);
      staff = await signIn(fresh, user);
      for (const [name, slug] of [
        ["Alpha Care", "alpha"],
        ["Beta 100% Foods", "beta"],
        ["Gamma_Retail", "gamma"],
        ["Delta Care", "delta"],
        ["Epsilon", "care-epsilon"],
      ]) {
        await buildOrganisation(fresh, { name, slug });
        fresh.clock.advance(1000);
      }
    });
    afterAll(() => fresh.close());

    it("pages oldest first with opaque cursors and a total count", async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: any = (await staff.ok(LIST, { first: 2, after })).organisations;
        expect(res.totalCount).toBe(5);
        seen.push(...res.edges.map((e: any) => e.node.slug));
        after = res.pageInfo.hasNextPage ? res.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(["alpha", "beta", "gamma", "delta", "care-epsilon"]);
    });

    it("keeps pages stable when rows share a creation time", async () => {
      // The test clock stands still: these three share one createdAt, and only the id orders them.
      for (const slug of ["same-a", "same-b", "same-c"]) await buildOrganisation(fresh, { slug, name: "Same" });
      const first = (await staff.ok(LIST, { first: 2, search: "same" })).organisations;
      const second = (await staff.ok(LIST, { first: 2, search: "same", after: first.pageInfo.endCursor }))
        .organisations;
      const slugs = [...first.edges, ...second.edges].map((e: any) => e.node.slug);
      expect(new Set(slugs).size).toBe(3);
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    });

    it("searches name and slug case-insensitively, with % and _ taken literally", async () => {
      const slugs = async (search: string) =>
        (await staff.ok(LIST, { search })).organisations.edges.map((e: any) => e.node.slug);
      expect(await slugs("CARE")).toEqual(["alpha", "delta", "care-epsilon"]);
      expect(await slugs("100%")).toEqual(["beta"]);
      expect(await slugs("%")).toEqual(["beta"]);
      expect(await slugs("a_r")).toEqual(["gamma"]);
      expect(await slugs("!")).toEqual([]);
      expect((await staff.ok(LIST, { search: "care" })).organisations.totalCount).toBe(3);
    });

    it.each([
      [{ first: 0 }],
      [{ first: 101 }],
      [{ first: -1 }],
      [{ after: "not a cursor" }],
      [{ after: Buffer.from('["yesterday","x"]').toString("base64url") }],
      [{ after: Buffer.from("{}").toString("base64url") }],
      [{ after: "x".repeat(10_000) }],
      [{ search: "s".repeat(10_000) }],
      [{ first: "ten" }],
    ])("answers BAD_USER_INPUT for bad paging input (case %#)", async (variables) => {
      expect(codeOf(await staff.request(LIST, variables))).toBe("BAD_USER_INPUT");
    });
  });

  describe("passkeyStats", () => {
    const STATS = `query ($id: ID!, $days: Int) { organisation(id: $id) { passkeyStats {
      totalUsers usersWithPasskey usersSkipped usersPending adoptionRate signInsByMethod(days: $days) { method count } } } }`;

    it("counts adoption with aggregates and sign-ins per method over the last days", async () => {
      const org = await buildOrganisation(server);
      const admin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
      const withPasskey = await buildUser(server, { organisation: org });
      const revokedOnly = await buildUser(server, { organisation: org });
      const skipped = await buildUser(server, { organisation: org });
      const disabled = await buildUser(server, { organisation: org });
      await buildUser(server, { organisation: await buildOrganisation(server) }); // another tenant
      await givePasskey(server, admin);
      await givePasskey(server, withPasskey);
      await givePasskey(server, withPasskey);
      await givePasskey(server, revokedOnly, { revokedAt: server.clock.now() });
      await server.dataSource
        .getRepository(User)
        .update({ id: skipped.id }, { skipCount: 2, skippedAt: server.clock.now() });
      await server.dataSource.getRepository(User).update({ id: disabled.id }, { disabledAt: server.clock.now() });
      // Skipped once, then made a passkey: HAS_PASSKEY, not SKIPPED. A disabled user's passkey counts for nothing.
      await server.dataSource
        .getRepository(User)
        .update({ id: withPasskey.id }, { skipCount: 1, skippedAt: server.clock.now() });
      await givePasskey(server, disabled);

      const now = server.clock.now().getTime();
      const signIn_ = (method: AuthMethod | null, daysAgo: number, type = AuditEventType.SIGN_IN_SUCCEEDED) =>
        server.services.transactions.run((manager) =>
          recordAudit(manager, {
            type,
            organisationId: org.id,
            actorId: admin.id,
            data: method ? { method } : {},
            at: new Date(now - daysAgo * DAY),
          }),
        );
      await signIn_(AuthMethod.PASSKEY, 1);
      await signIn_(AuthMethod.PASSKEY, 29);
      await signIn_(AuthMethod.PASSWORD, 2);
      await signIn_(AuthMethod.PASSWORD, 31);
      await signIn_(AuthMethod.PASSWORD, 3, AuditEventType.SIGN_IN_FAILED);
      await signIn_(null, 1);

      const client = await signIn(server, admin);
      const stats = (await client.ok(STATS, { id: org.id })).organisation.passkeyStats;
      expect(stats).toEqual({
        totalUsers: 4,
        usersWithPasskey: 2,
        usersSkipped: 1,
        usersPending: 1,
        adoptionRate: 0.5,
        signInsByMethod: [
          { method: "PASSWORD", count: 1 },
          { method: "PASSKEY", count: 2 },
          { method: "SIGN_IN_CODE", count: 0 },
        ],
      });
      const longer = (await client.ok(STATS, { id: org.id, days: 365 })).organisation.passkeyStats.signInsByMethod;
      expect(longer).toContainEqual({ method: "PASSWORD", count: 2 });
      const shorter = (await client.ok(STATS, { id: org.id, days: 1 })).organisation.passkeyStats.signInsByMethod;
      expect(shorter).toContainEqual({ method: "PASSKEY", count: 1 });
    });

    it("reports zeros and an adoption rate of 0 for an organisation without users", async () => {
      const org = await buildOrganisation(server);
      const stats = (await support.ok(STATS, { id: org.id })).organisation.passkeyStats;
      expect(stats).toMatchObject({
        totalUsers: 0,
        usersWithPasskey: 0,
        usersSkipped: 0,
        usersPending: 0,
        adoptionRate: 0,
      });
      expect(stats.signInsByMethod.map((s: any) => s.count)).toEqual([0, 0, 0]);
    });

    it.each([[0], [366], [-5]])("answers BAD_USER_INPUT for days = %j", async (days) => {
      const org = await buildOrganisation(server);
      expect(codeOf(await support.request(STATS, { id: org.id, days }))).toBe("BAD_USER_INPUT");
    });
  });
});
