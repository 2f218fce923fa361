import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../src/modules/audit/audit.service";
import { AuditEventType, AuthMethod } from "../src/modules/enums";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { buildOrganisation } from "./factories";
import { DAY, MINUTE, startTestServer, TestClock, TestServer } from "./harness";
import { countQueries } from "./query-counter";

const HOUR = 60 * MINUTE;
const clock = new TestClock(new Date("2026-11-10T17:20:00Z"));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server?.close());

/**
 * The sign-ins of a window's two partial days: closed whole hours are counted once per process and kept,
 * the rest live. The figures must equal a plain count of the audit trail at every moment, across hours.
 */
describe("signInsByMethod over the partial days", () => {
  it("equals a count of the audit trail as the hours close, and reads kept hours without counting them again", async () => {
    const organisation = await buildOrganisation(server);
    const signIn = (method: AuthMethod, at: Date) =>
      server.services.transactions.run((manager) =>
        recordAudit(manager, {
          type: AuditEventType.SIGN_IN_SUCCEEDED,
          organisationId: organisation.id,
          data: { method },
          at,
        }),
      );
    const truth = async (days: number) => {
      const since = clock.now().getTime() - days * DAY;
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ organisationId: organisation.id, type: AuditEventType.SIGN_IN_SUCCEEDED });
      return Object.values(AuthMethod).map((method) => ({
        method,
        count: events.filter((e) => e.method === method && e.createdAt.getTime() >= since).length,
      }));
    };
    const read = (days: number) => server.services.stats.signInsByMethod(organisation.id, days, clock.now());
    const at = (ms: number) => new Date(clock.now().getTime() + ms);

    // The window's first day (7 days ago, after 17:20) and today, in closed hours and in the open one.
    for (const offset of [-7 * DAY + 10 * MINUTE, -7 * DAY + 2 * HOUR, -7 * DAY + 5 * HOUR, -16 * HOUR, -3 * HOUR]) {
      await signIn(AuthMethod.PASSKEY, at(offset));
    }
    await signIn(AuthMethod.PASSWORD, at(-2 * HOUR));
    await signIn(AuthMethod.PASSKEY, at(-10 * MINUTE));
    expect(await read(7)).toEqual(await truth(7));

    // Read again within the hour: the closed hours are kept, so one plain count of the open pieces.
    const again = await countQueries(server.dataSource, () => read(7));
    const counts = again.queries.filter((q) => /audit_events/.test(q));
    expect(counts).toHaveLength(1);
    expect(counts[0]).not.toMatch(/CASE/);

    // Two hours on: the hour that was open closes, new sign-ins arrive, the window's start moves on.
    clock.advance(2 * HOUR);
    await signIn(AuthMethod.SIGN_IN_CODE, at(-30 * MINUTE));
    await signIn(AuthMethod.PASSKEY, at(-1 * MINUTE));
    expect(await read(7)).toEqual(await truth(7));
    expect(await read(1)).toEqual(await truth(1));
    // Just after midnight, in the five minutes a closing hour is still counted live.
    clock.set("2026-11-11T00:03:00Z");
    await signIn(AuthMethod.PASSWORD, at(-1 * MINUTE));
    expect(await read(7)).toEqual(await truth(7));
    expect(await read(30)).toEqual(await truth(30));
  });
});
