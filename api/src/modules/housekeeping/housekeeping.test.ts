import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, signIn } from "../../../test/factories";
import { DAY, MINUTE, startTestServer, TestServer } from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, SessionDelivery } from "../enums";
import { Challenge, ChallengePurpose } from "../passkeys/challenge.entity";
import { Session } from "../sessions/session.entity";
import { SignInCode, SignInCodeKind } from "../sign-in-codes/sign-in-code.entity";
import { HousekeepingLease } from "./housekeeping-lease.entity";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { AUDIT_RETENTION_DAYS: "30", HOUSEKEEPING_INTERVAL_MINUTES: "10" } });
});
afterAll(() => server?.close());

const count = (entity: Parameters<TestServer["dataSource"]["getRepository"]>[0], where: object) =>
  server.dataSource.getRepository(entity).count({ where });

/** Moves the clock past the last run's lease, so the next run may start. */
const afterTheLease = () => server.clock.advance(11 * MINUTE);

describe("housekeeping", () => {
  it("deletes expired challenges, lapsed sessions, expired codes, closed rate-limit windows and audit events past the retention, and keeps the rest", async () => {
    afterTheLease();
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation });
    const now = server.clock.now();
    const at = (ms: number) => new Date(now.getTime() + ms);
    const challenge = (expiresAt: Date) => ({
      id: randomUUID(),
      challenge: randomBytes(32).toString("base64url"),
      purpose: ChallengePurpose.AUTHENTICATION,
      userId: null,
      organisationId: null,
      sessionId: null,
      userVerification: "required" as const,
      createdAt: at(-DAY),
      expiresAt,
      consumedAt: null,
    });
    await server.dataSource
      .getRepository(Challenge)
      .insert([challenge(at(-2 * 60 * MINUTE)), challenge(at(-30 * MINUTE)), challenge(at(5 * MINUTE))]);

    const live = await signIn(server, user);
    const issue = () =>
      server.services.transactions.run((m) =>
        server.services.sessions.issue(m, {
          user,
          authMethod: AuthMethod.PASSWORD,
          userVerified: false,
          delivery: SessionDelivery.BEARER,
          ip: null,
        }),
      );
    const lapsed = await issue();
    await server.dataSource.getRepository(Session).update({ id: lapsed.session.id }, { expiresAt: at(-2 * DAY) });
    const endedLongAgo = await issue();
    await server.dataSource.getRepository(Session).update({ id: endedLongAgo.session.id }, { endedAt: at(-2 * DAY) });
    const endedToday = await issue();
    await server.dataSource.getRepository(Session).update({ id: endedToday.session.id }, { endedAt: at(-MINUTE) });

    const code = (expiresAt: Date) => ({
      id: randomUUID(),
      userId: user.id,
      organisationId: organisation.id,
      createdById: user.id,
      kind: SignInCodeKind.DEVICE,
      codeHash: "x",
      failedAttempts: 0,
      createdAt: at(-3 * DAY),
      expiresAt,
      usedAt: null,
    });
    await server.dataSource.getRepository(SignInCode).insert([code(at(-2 * DAY)), code(at(-MINUTE))]);

    await server.dataSource.query(
      server.dataSource.options.type === "better-sqlite3"
        ? `INSERT INTO rate_limits ("key", points, expire) VALUES ('hk:old', 3, ?), ('hk:live', 3, ?)`
        : "INSERT INTO rate_limits (`key`, points, expire) VALUES ('hk:old', 3, ?), ('hk:live', 3, ?)",
      [Date.now() - 60_000, Date.now() + 60 * 60_000],
    );

    const audit = (createdAt: Date) =>
      server.services.transactions.run((m) =>
        recordAudit(m, {
          type: AuditEventType.SIGNED_OUT,
          organisationId: organisation.id,
          subjectId: user.id,
          at: createdAt,
        }),
      );
    await audit(at(-31 * DAY));
    await audit(at(-29 * DAY));

    const result = await server.services.housekeeping.run();
    expect(result).toMatchObject({ challenges: 1, sessions: 2, codes: 1, auditEvents: 1 });
    expect(result!.rateLimits).toBeGreaterThanOrEqual(1);

    expect(await count(Challenge, {})).toBe(2);
    expect(await count(Session, { id: lapsed.session.id })).toBe(0);
    expect(await count(Session, { id: endedLongAgo.session.id })).toBe(0);
    expect(await count(Session, { id: endedToday.session.id })).toBe(1);
    expect((await live.ok("{ viewer { authenticated } }")).viewer.authenticated).toBe(true);
    expect(await count(SignInCode, { userId: user.id })).toBe(1);
    expect(await count(AuditEvent, { organisationId: organisation.id, type: AuditEventType.SIGNED_OUT })).toBe(1);
    const keys = (await server.dataSource.query("SELECT * FROM rate_limits")).map((r: { key: string }) => r.key);
    expect(keys).toContain("hk:live");
    expect(keys).not.toContain("hk:old");
    expect(
      (await server.dataSource.getRepository(HousekeepingLease).findOneByOrFail({ name: "purge" })).lastResult,
    ).toEqual(result);
  });

  it("runs in one process at a time: of runs racing on one database, exactly one wins, and no run starts again before the lease ends", async () => {
    afterTheLease();
    const second = await startTestServer({ database: server.database, clock: server.clock });
    try {
      const results = await Promise.all([
        server.services.housekeeping.run(),
        second.services.housekeeping.run(),
        server.services.housekeeping.run(),
        second.services.housekeeping.run(),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      server.clock.advance(5 * MINUTE);
      expect(await second.services.housekeeping.run()).toBeNull();
      afterTheLease();
      expect(await second.services.housekeeping.run()).not.toBeNull();
    } finally {
      await second.close();
    }
  });

  it("deletes in batches until nothing is left", async () => {
    afterTheLease();
    const organisation = await buildOrganisation(server);
    const old = new Date(server.clock.now().getTime() - 40 * DAY);
    const rows = Array.from({ length: 2_500 }, () => ({
      id: randomUUID(),
      type: AuditEventType.SIGNED_OUT,
      organisationId: organisation.id,
      actorId: null,
      subjectId: null,
      data: null,
      method: null,
      ip: null,
      createdAt: old,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await server.dataSource.getRepository(AuditEvent).insert(rows.slice(i, i + 500));
    }
    const result = await server.services.housekeeping.run();
    expect(result!.auditEvents).toBeGreaterThanOrEqual(2_500);
    expect(await count(AuditEvent, { organisationId: organisation.id })).toBe(1);
  });
});
