import { randomUUID } from "node:crypto";
import { get } from "node:http";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { AuditEventType, Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { User } from "../src/modules/users/user.entity";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { GraphQLClient, startTestServer, TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/**
 * GET a file with the client's session (bearer), as the console's download link does. A fresh connection each time
 * (node:http without an agent): a kept-alive socket may be closed by the server while a test inserts many rows.
 */
function download(client: GraphQLClient | null, path: string) {
  const headers: Record<string, string> = {};
  if (client?.bearer) headers.authorization = `Bearer ${client.bearer}`;
  return new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    get(`${server.url}${path}`, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

const csvPath = (organisation: Organisation, query = "") =>
  `/exports/organisations/${organisation.id}/activity.csv${query ? `?${query}` : ""}`;

/** Inserts audit rows straight into the table, many per statement, one minute apart going back from `start`. */
async function insertEvents(
  organisation: Organisation,
  count: number,
  make: (i: number) => Partial<AuditEvent>,
  start = new Date("2026-11-30T12:00:00Z"),
) {
  const batch = 1000;
  for (let offset = 0; offset < count; offset += batch) {
    const rows = Array.from({ length: Math.min(batch, count - offset) }, (_, j) => {
      const i = offset + j;
      return {
        id: randomUUID(),
        organisationId: organisation.id,
        type: AuditEventType.SIGN_IN_SUCCEEDED,
        actorId: null,
        subjectId: null,
        data: { method: "PASSWORD" },
        method: "PASSWORD",
        ip: null,
        createdAt: new Date(start.getTime() - i * 60_000),
        ...make(i),
      };
    });
    await server.dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values(rows as QueryDeepPartialEntity<AuditEvent>[])
      .execute();
  }
}

describe("the activity CSV export", () => {
  let organisation: Organisation;
  let other: Organisation;
  let admin: User;
  let alex: User;
  let sam: User;

  beforeAll(async () => {
    organisation = await buildOrganisation(server);
    other = await buildOrganisation(server);
    admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    alex = await buildUser(server, { organisation, displayName: "Alex Kim", email: "alex@example.test" });
    sam = await buildUser(server, { organisation, displayName: "=cmd|' /C calc'!A0", email: "sam@example.test" });
    await insertEvents(organisation, 6, (i) => ({
      type: i % 2 ? AuditEventType.PASSKEY_REGISTERED : AuditEventType.SIGN_IN_SUCCEEDED,
      actorId: i < 3 ? alex.id : sam.id,
      subjectId: i < 3 ? alex.id : sam.id,
      createdAt: new Date(Date.UTC(2026, 9, 10 + i, 9)),
    }));
  });

  it("streams the filtered events as CSV, newest first, with people by name", async () => {
    const client = await signIn(server, admin);
    const all = await download(client, csvPath(organisation, "from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z"));
    expect(all.status).toBe(200);
    expect(all.type).toMatch(/^text\/csv/);
    const lines = all.body.trim().split("\n");
    expect(lines[0]).toBe("time,event,by,by_email,about,about_email,details");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^2026-10-15T09:00:00.000Z,PASSKEY_REGISTERED,/);
    expect(lines.at(-1)).toMatch(/^2026-10-10T09:00:00.000Z,SIGN_IN_SUCCEEDED,Alex Kim,alex@example.test,/);
    // A cell that starts like a formula is neutralised for spreadsheets.
    expect(lines[1]).toContain(`,'=cmd|' /C calc'!A0,`);

    const byType = await download(client, csvPath(organisation, "types=PASSKEY_REGISTERED&userId=" + alex.id));
    expect(byType.body.trim().split("\n").slice(1)).toEqual([
      expect.stringMatching(/^2026-10-11T09:00:00.000Z,PASSKEY_REGISTERED,Alex Kim,/),
    ]);

    const range = await download(client, csvPath(organisation, "from=2026-10-12T00:00:00Z&to=2026-10-14T00:00:00Z"));
    expect(range.body.trim().split("\n")).toHaveLength(3);
  });

  it("filters Organisation.auditEvents by person and date range in GraphQL too, with keyset pages", async () => {
    const client = await signIn(server, admin);
    const query = `query ($id: ID!, $userId: ID, $from: DateTime, $to: DateTime, $after: String) {
      organisation(id: $id) {
        auditEvents(userId: $userId, from: $from, to: $to, first: 2, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { createdAt actor { displayName } } }
        }
      }
    }`;
    const variables = { id: organisation.id, userId: sam.id, from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" };
    const first = (await client.ok(query, variables)).organisation.auditEvents;
    expect(first.edges.map((e: any) => e.node.createdAt)).toEqual([
      "2026-10-15T09:00:00.000Z",
      "2026-10-14T09:00:00.000Z",
    ]);
    const second = (await client.ok(query, { ...variables, after: first.pageInfo.endCursor })).organisation.auditEvents;
    expect(second.edges.map((e: any) => e.node.createdAt)).toEqual(["2026-10-13T09:00:00.000Z"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await client.request(query, { ...variables, from: "2026-11-05T00:00:00Z" });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("refuses by the same rules as Organisation.auditEvents, before any row", async () => {
    expect((await download(null, csvPath(organisation))).status).toBe(401);
    const employee = await signIn(server, alex);
    const forbidden = await download(employee, csvPath(organisation));
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.body).error.code).toBe("FORBIDDEN");
    const otherAdmin = await signIn(server, await buildUser(server, { organisation: other, role: Role.ORG_ADMIN }));
    const hidden = await download(otherAdmin, csvPath(organisation));
    expect(hidden.status).toBe(404);
    expect(JSON.parse(hidden.body).error.code).toBe("NOT_FOUND");
    expect((await download(otherAdmin, `/exports/organisations/${randomUUID()}/activity.csv`)).status).toBe(404);

    const support = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, support);
    expect((await download(await signIn(server, support), csvPath(organisation))).status).toBe(200);
  });

  it("answers a bad filter with BAD_USER_INPUT and the field", async () => {
    const client = await signIn(server, admin);
    for (const [query, field] of [
      ["from=yesterday", "from"],
      ["userId=nope", "userId"],
      ["types=NOT_A_TYPE", "types"],
      ["from=2026-10-12T00:00:00Z&to=2026-10-11T00:00:00Z", "to"],
    ]) {
      const res = await download(client, csvPath(organisation, query));
      expect(res.status, query).toBe(400);
      expect(JSON.parse(res.body).error, query).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("streams 100,000 events", { timeout: 300_000 }, async () => {
    const large = await buildOrganisation(server);
    const largeAdmin = await buildUser(server, { organisation: large, role: Role.ORG_ADMIN });
    const person = await buildUser(server, { organisation: large });
    await insertEvents(large, 100_000, (i) => ({ actorId: i % 3 ? person.id : null }));

    const client = await signIn(server, largeAdmin);
    const started = performance.now();
    const res = await download(client, csvPath(large, "types=SIGN_IN_SUCCEEDED"));
    const ms = Math.round(performance.now() - started);
    console.log(`activity CSV export: 100,000 events in ${ms} ms (${server.database.url.split(":")[0]})`);
    expect(res.status).toBe(200);
    const lines = res.body.trim().split("\n");
    expect(lines).toHaveLength(100_001);
    // Newest first, without a gap or a repeat across the batches.
    const times = lines.slice(1).map((line) => Date.parse(line.slice(0, 24)));
    expect(new Set(times).size).toBe(100_000);
    expect(times.every((t, i) => i === 0 || t < times[i - 1])).toBe(true);
  });
});
