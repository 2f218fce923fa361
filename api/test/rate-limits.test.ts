import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { AuditEventType, Role } from "../src/modules/enums";
import { buildOrganisation, buildUser, signIn } from "./factories";
import { codeOf, GraphQLClient, GraphQLResponse, startTestServer, TestServer } from "./harness";

/**
 * Brute-force limits on sign-in finishes (the passkey finish has its own suite beside the
 * ceremony). Defaults: 10 failures per account in 15 minutes lock it for 5; 300 per IP.
 */

const PASSWORD = "correct horse battery staple";
const PASSWORD_SIGN_IN = `mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
const CODE_SIGN_IN = `mutation($i: CodeSignInInput!) { signInWithCode(input: $i) { token } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** A client whose requests come from `ip` (the API trusts X-Forwarded-For from loopback, as behind a proxy). */
function from(target: TestServer, ip: string): GraphQLClient {
  const client = target.client();
  client.headers["x-forwarded-for"] = ip;
  return client;
}

const password = (client: GraphQLClient, slug: string | null, email: string, pw = "a wrong password, surely") =>
  client.request(PASSWORD_SIGN_IN, { i: { organisationSlug: slug, email, password: pw, delivery: "BEARER" } });

const code = (client: GraphQLClient, slug: string | null, email: string, value = "ABCD-EFGH") =>
  client.request(CODE_SIGN_IN, { i: { organisationSlug: slug, email, code: value, delivery: "BEARER" } });

/** The key column of rate-limiter-flexible's table. */
const key = () => (server.dataSource.options.type === "better-sqlite3" ? "key" : "`key`");

function expectLimited(res: GraphQLResponse, atLeastSeconds: number, atMostSeconds: number) {
  expect(res.status).toBe(200);
  expect(res.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  const wait = res.errors![0].extensions!.retryAfterSeconds;
  expect(wait).toBeGreaterThanOrEqual(atLeastSeconds);
  expect(wait).toBeLessThanOrEqual(atMostSeconds);
  expect(res.errors![0].message).toBe(`Too many attempts. Try again in ${wait} seconds.`);
}

describe("per account", () => {
  it("password: 10 failures lock the account for about 5 minutes, even for the right password; others are untouched", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD });
    const colleague = await buildUser(server, { organisation, password: PASSWORD });
    const client = from(server, "198.51.100.1");
    for (let i = 0; i < 10; i++)
      expect(codeOf(await password(client, organisation.slug, user.email))).toBe("INVALID_CREDENTIALS");
    expectLimited(await password(client, organisation.slug, user.email, PASSWORD), 290, 300);
    // The account is what is locked: the same email typed in another case, from another address, too.
    expectLimited(
      await password(from(server, "198.51.100.2"), organisation.slug, user.email.toUpperCase(), PASSWORD),
      290,
      300,
    );
    expect((await password(client, organisation.slug, colleague.email, PASSWORD)).errors).toBeUndefined();
  });

  it("password: a success clears the account's failures", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD });
    const client = from(server, "198.51.100.3");
    for (let i = 0; i < 9; i++) await password(client, organisation.slug, user.email);
    expect((await password(client, organisation.slug, user.email, PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 9; i++)
      expect(codeOf(await password(client, organisation.slug, user.email))).toBe("INVALID_CREDENTIALS");
    expect((await password(client, organisation.slug, user.email, PASSWORD)).errors).toBeUndefined();
  });

  it("code: 10 failures lock the account, even for a fresh, right code", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation });
    const client = from(server, "198.51.100.4");
    for (let i = 0; i < 10; i++)
      expect(codeOf(await code(client, organisation.slug, user.email))).toBe("INVALID_CREDENTIALS");
    const phone = await signIn(server, user);
    const fresh = (await phone.ok(`mutation { createSignInCode { code } }`)).createSignInCode.code;
    expectLimited(await code(client, organisation.slug, user.email, fresh), 290, 300);
  });

  it("counts password and code failures apart: locking one does not lock the other", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD });
    const client = from(server, "198.51.100.5");
    for (let i = 0; i < 10; i++) await code(client, organisation.slug, user.email);
    expect((await password(client, organisation.slug, user.email, PASSWORD)).errors).toBeUndefined();
  });

  it("lets no request get more than one failure through, however many aliased sign-ins it holds", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD });
    const client = from(server, "198.51.100.6");
    const fields = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i}: signInWithPassword(input: { organisationSlug: $slug, email: $email, password: "wrong guess ${i}!" }) { token }`,
    );
    const batch = `mutation($slug: String, $email: String!) { ${fields.join("\n")} }`;
    const variables = { slug: organisation.slug, email: user.email };
    for (let i = 0; i < 10; i++) {
      const res = await client.request(batch, variables);
      // The first failure nulls the non-null payload, which ends the request: the rest never run.
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["INVALID_CREDENTIALS"]);
      expect(res.data).toBeNull();
    }
    const failures = await server.dataSource
      .getRepository(AuditEvent)
      .countBy({ subjectId: user.id, type: AuditEventType.SIGN_IN_FAILED });
    expect(failures).toBe(10);
    expectLimited(await client.request(batch, variables), 290, 300);
  });

  it("after the lock, one more failure locks again while the 15-minute count is full; the right password clears it", async () => {
    const organisation = await buildOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD });
    const client = from(server, "198.51.100.8");
    for (let i = 0; i < 10; i++) await password(client, organisation.slug, user.email);
    // The lock lapses: rate-limiter-flexible keeps real time, so end it as time would.
    await server.dataSource.query(`DELETE FROM rate_limits WHERE ${key()} LIKE 'account:lock:%'`);
    expect(codeOf(await password(client, organisation.slug, user.email))).toBe("INVALID_CREDENTIALS");
    expectLimited(await password(client, organisation.slug, user.email, PASSWORD), 290, 300);
    await server.dataSource.query(`DELETE FROM rate_limits WHERE ${key()} LIKE 'account:lock:%'`);
    expect((await password(client, organisation.slug, user.email, PASSWORD)).errors).toBeUndefined();
    expect(codeOf(await password(client, organisation.slug, user.email))).toBe("INVALID_CREDENTIALS");
  });

  it("counts accounts with unicode emails and slugs (the key column is ASCII): refused as usual, never a 500", async () => {
    const client = from(server, "198.51.100.9");
    for (const [slug, email] of [
      ["ünïcode-örg", "zoë@exämple.test"],
      [null, "支持@例子.测试"],
      ["😀", "x".repeat(300)],
    ] as const) {
      const byPassword = await password(client, slug, email);
      expect(byPassword.status).toBeLessThan(500);
      expect(codeOf(byPassword)).toMatch(/^(INVALID_CREDENTIALS|BAD_USER_INPUT)$/);
      const byCode = await code(client, slug, email);
      expect(byCode.status).toBeLessThan(500);
      expect(codeOf(byCode)).toMatch(/^(INVALID_CREDENTIALS|BAD_USER_INPUT)$/);
    }
  });

  it("SUPPORT staff (no organisation) are limited on their own account", async () => {
    const support = await buildUser(server, { role: Role.SUPPORT, password: PASSWORD });
    const client = from(server, "198.51.100.7");
    for (let i = 0; i < 10; i++) await password(client, null, support.email);
    expectLimited(await password(client, null, support.email, PASSWORD), 290, 300);
  });
});

describe("per IP", () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ env: { RATE_LIMIT_IP_ATTEMPTS: "6", RATE_LIMIT_IP_WINDOW_MINUTES: "15" } });
  });
  afterAll(() => strict?.close());

  it("failures across many accounts from one address lock that address for every sign-in, not another address", async () => {
    const organisation = await buildOrganisation(strict);
    const user = await buildUser(strict, { organisation, password: PASSWORD });
    const office = from(strict, "203.0.113.10");
    for (let i = 0; i < 3; i++) await password(office, organisation.slug, `nobody-${i}@example.test`);
    for (let i = 0; i < 3; i++) await code(office, organisation.slug, `nobody-else-${i}@example.test`);
    expectLimited(await password(office, organisation.slug, user.email, PASSWORD), 1, 900);
    expectLimited(await code(office, organisation.slug, user.email), 1, 900);
    expect(
      (await password(from(strict, "203.0.113.11"), organisation.slug, user.email, PASSWORD)).errors,
    ).toBeUndefined();
  });

  it("reads the limit from configuration: the default lets a whole office fail far more often", async () => {
    const organisation = await buildOrganisation(server);
    const office = from(server, "203.0.113.20");
    for (let i = 0; i < 30; i++) {
      expect(codeOf(await password(office, organisation.slug, `typo-${i}@example.test`))).toBe("INVALID_CREDENTIALS");
    }
  });
});
