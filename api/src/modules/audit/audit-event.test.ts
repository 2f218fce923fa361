import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import { codeOf, GraphQLClient, startTestServer, TestServer } from "../../../test/harness";
import { countQueries } from "../../../test/query-counter";
import { AuditEventType, AuthMethod, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { AuditEvent } from "./audit-event.entity";
import { recordAudit } from "./audit.service";

const EVENTS = `query ($org: ID!, $first: Int, $after: String, $types: [AuditEventType!]) {
  organisation(id: $org) { auditEvents(first: $first, after: $after, types: $types) {
    edges { cursor node { type data createdAt actor { email } subject { email } } }
    pageInfo { hasNextPage endCursor }
  } }
}`;

describe("Organisation.auditEvents", () => {
  let server: TestServer;
  let org: Organisation;
  let admin: User;
  let employee: User;
  let supportUser: User;
  let adminClient: GraphQLClient;
  let supportClient: GraphQLClient;

  const record = (
    type: AuditEventType,
    actor: User | null,
    subject: User | null,
    data: Record<string, unknown> | null = null,
  ) => {
    server.clock.advance(1000);
    return server.services.transactions.run((manager) =>
      recordAudit(manager, {
        type,
        organisationId: org.id,
        actorId: actor?.id ?? null,
        subjectId: subject?.id ?? null,
        data,
        at: server.clock.now(),
      }),
    );
  };

  beforeAll(async () => {
    server = await startTestServer();
    org = await buildOrganisation(server); // ORGANISATION_CREATED
    server.clock.advance(1000);
    admin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN, email: "admin@audit.test" });
    server.clock.advance(1000);
    employee = await buildUser(server, { organisation: org, email: "emp@audit.test" });
    supportUser = await buildUser(server, { role: Role.SUPPORT, email: "staff@platform.test" });
    await givePasskey(server, supportUser);
    adminClient = await signIn(server, admin);
    supportClient = await signIn(server, supportUser);
    await record(AuditEventType.PASSKEYS_ACTIVATED, supportUser, null);
    await record(AuditEventType.SIGN_IN_SUCCEEDED, employee, employee, { method: AuthMethod.PASSWORD });
    await record(AuditEventType.SIGN_IN_FAILED, null, employee, {
      method: AuthMethod.PASSWORD,
      reason: "wrong password",
    });
    await record(AuditEventType.SIGN_IN_SUCCEEDED, admin, admin, { method: AuthMethod.PASSKEY });
    // Another tenant's events never show.
    const other = await buildOrganisation(server);
    await buildUser(server, { organisation: other });
  });
  afterAll(() => server.close());

  it("lists the organisation's events newest first, with actor, subject and data", async () => {
    const edges = (await adminClient.ok(EVENTS, { org: org.id })).organisation.auditEvents.edges;
    expect(edges.map((e: any) => [e.node.type, e.node.actor?.email ?? null, e.node.subject?.email ?? null])).toEqual([
      ["SIGN_IN_SUCCEEDED", "admin@audit.test", "admin@audit.test"],
      ["SIGN_IN_FAILED", null, "emp@audit.test"],
      ["SIGN_IN_SUCCEEDED", "emp@audit.test", "emp@audit.test"],
      // Platform staff stay anonymous to the tenant's admins.
      ["PASSKEYS_ACTIVATED", null, null],
      ["USER_CREATED", null, "emp@audit.test"],
      ["USER_CREATED", null, "admin@audit.test"],
      ["ORGANISATION_CREATED", null, null],
    ]);
    expect(edges[1].node.data).toEqual({ method: "PASSWORD", reason: "wrong password" });
  });

  it("shows support who of the staff acted", async () => {
    const edges = (await supportClient.ok(EVENTS, { org: org.id, types: ["PASSKEYS_ACTIVATED"] })).organisation
      .auditEvents.edges;
    expect(edges.map((e: any) => e.node.actor)).toEqual([{ email: "staff@platform.test" }]);
  });

  it("filters by type", async () => {
    const edges = (await adminClient.ok(EVENTS, { org: org.id, types: ["SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED"] }))
      .organisation.auditEvents.edges;
    expect(edges.map((e: any) => e.node.type)).toEqual(["SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "SIGN_IN_SUCCEEDED"]);
    const all = (await adminClient.ok(EVENTS, { org: org.id, types: [] })).organisation.auditEvents.edges;
    expect(all).toHaveLength(7);
  });

  it("pages newest first without skipping or repeating events that share a timestamp", async () => {
    const sameTime = await buildOrganisation(server);
    const at = server.clock.now();
    for (let i = 0; i < 5; i++) {
      await server.services.transactions.run((manager) =>
        recordAudit(manager, { type: AuditEventType.POLICY_UPDATED, organisationId: sameTime.id, data: { i }, at }),
      );
    }
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await supportClient.ok(EVENTS, { org: sameTime.id, first: 2, after, types: ["POLICY_UPDATED"] })
      ).organisation.auditEvents;
      seen.push(...page.edges.map((e: any) => e.node.data.i));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("resolves actors and subjects with one query per page, not per event", async () => {
    const busy = await buildOrganisation(server);
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await buildUser(server, { organisation: busy }));
    for (let i = 0; i < 50; i++) {
      server.clock.advance(10);
      const person = people[i % people.length];
      await server.services.transactions.run((manager) =>
        recordAudit(manager, {
          type: AuditEventType.SIGN_IN_SUCCEEDED,
          organisationId: busy.id,
          actorId: person.id,
          subjectId: person.id,
          data: { method: "PASSKEY" },
          at: server.clock.now(),
        }),
      );
    }
    const small = await countQueries(server.dataSource, () => supportClient.ok(EVENTS, { org: busy.id, first: 5 }));
    const large = await countQueries(server.dataSource, () => supportClient.ok(EVENTS, { org: busy.id, first: 50 }));
    expect(large.count).toBe(small.count);
  });

  it.each([
    ["first 0", { first: 0 }],
    ["first 1000", { first: 1000 }],
    ["a malformed cursor", { after: "garbage!" }],
    ["an unknown type", { types: ["EVERYTHING"] }],
  ])("answers BAD_USER_INPUT for %s", async (_label, variables) => {
    expect(codeOf(await adminClient.request(EVENTS, { org: org.id, ...variables }))).toBe("BAD_USER_INPUT");
  });

  it("keeps the sign-in method of each event in its own column for counting", async () => {
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ organisationId: org.id, type: AuditEventType.SIGN_IN_SUCCEEDED });
    expect(events.map((e) => e.method).sort()).toEqual(["PASSKEY", "PASSWORD"]);
  });
});
