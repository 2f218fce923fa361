import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import {
  codeOf,
  DAY,
  GraphQLClient,
  MINUTE,
  startTestServer,
  TestServer,
  withoutStacktraces,
} from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";

const PASSWORD = "correct horse battery staple";
const SIGN_IN = `mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) {
  token viewer { authenticated user { email } session { id authMethod userVerified restricted expiresAt } passkeySetup { nextStep } } } }`;
const VIEWER =
  "{ viewer { authenticated user { email } session { id restricted } passkeySetup { nextStep canSkip reason skipCount } } }";

describe("sessions", () => {
  let server: TestServer;
  let org: Organisation;

  beforeAll(async () => {
    server = await startTestServer({ env: { SESSION_IDLE_MINUTES: "30", SESSION_ABSOLUTE_HOURS: "12" } });
    org = await buildOrganisation(server, { passkeysActivated: true, policy: { enabled: true } });
  });
  afterAll(() => server.close());

  const signInAs = async (
    email: string,
    options: { slug?: string | null; password?: string; delivery?: string } = {},
  ) => {
    const client = server.client();
    const result = await client.request(SIGN_IN, {
      i: {
        organisationSlug: options.slug === undefined ? org.slug : options.slug,
        email,
        password: options.password ?? PASSWORD,
        delivery: options.delivery ?? "COOKIE",
      },
    });
    return { client, result };
  };

  describe("successful sign-in with a password", () => {
    it("sets an HttpOnly, SameSite=Strict session cookie and never shows its token", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const { client, result } = await signInAs(user.email.toUpperCase());
      expect(result.errors).toBeUndefined();
      expect(result.data.signInWithPassword.token).toBeNull();
      expect(result.data.signInWithPassword.viewer).toMatchObject({
        authenticated: true,
        user: { email: user.email },
        session: { authMethod: "PASSWORD", userVerified: false, restricted: false },
        passkeySetup: { nextStep: "OFFER_SETUP" },
      });
      const cookie = result.headers.getSetCookie().find((c) => c.startsWith("pk_session="))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\//);
      // Plain-http localhost: browsers would drop a Secure cookie set over http.
      expect(cookie).not.toMatch(/Secure/);
      expect((await client.ok(VIEWER)).viewer.user.email).toBe(user.email);
    });

    it("gives a BEARER client its 32-byte token in the payload and no cookie", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const { result } = await signInAs(user.email, { delivery: "BEARER" });
      const token = result.data.signInWithPassword.token as string;
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(result.headers.getSetCookie()).toEqual([]);
      const app = server.client();
      app.bearer = token;
      expect((await app.ok(VIEWER)).viewer.authenticated).toBe(true);
    });

    it("signs SUPPORT staff in without an organisation and records the sign-in", async () => {
      const support = await buildUser(server, { role: Role.SUPPORT, password: PASSWORD });
      const { result } = await signInAs(support.email, { slug: null });
      expect(result.errors).toBeUndefined();
      // SUPPORT is always MANDATORY: without a passkey the session is restricted to setup.
      expect(result.data.signInWithPassword.viewer.session.restricted).toBe(true);
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ subjectId: support.id, type: AuditEventType.SIGN_IN_SUCCEEDED });
      expect(events).toHaveLength(1);
      expect(events[0].data).toMatchObject({ method: "PASSWORD" });
    });

    it("ends the session after the idle time and after the absolute lifetime", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const idle = (await signInAs(user.email)).client;
      server.clock.advance(29 * MINUTE);
      expect((await idle.ok(VIEWER)).viewer.authenticated).toBe(true);
      server.clock.advance(29 * MINUTE);
      expect((await idle.ok(VIEWER)).viewer.authenticated).toBe(true);
      server.clock.advance(31 * MINUTE);
      expect((await idle.ok(VIEWER)).viewer).toMatchObject({
        authenticated: false,
        user: null,
        session: null,
        passkeySetup: null,
      });

      const busy = (await signInAs(user.email)).client;
      // Used every 20 minutes, it never idles out, but it still ends 12 hours after sign-in.
      for (let step = 0; step < 35; step++) {
        server.clock.advance(20 * MINUTE);
        expect((await busy.ok(VIEWER)).viewer.authenticated).toBe(true);
      }
      server.clock.advance(25 * MINUTE);
      expect((await busy.ok(VIEWER)).viewer.authenticated).toBe(false);
    });
  });

  describe("failing sign-in", () => {
    it("answers every failure with the same error, whatever the reason", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const noPassword = await buildUser(server, { organisation: org, password: null });
      const other = await buildOrganisation(server);
      const failures = await Promise.all([
        signInAs(user.email, { password: "wrong password entirely" }),
        signInAs("nobody@example.test"),
        signInAs(user.email, { slug: "no-such-organisation" }),
        signInAs(user.email, { slug: other.slug }),
        signInAs(noPassword.email),
        signInAs(user.email, { slug: null }),
      ]);
      const errors = failures.map(({ result }) => withoutStacktraces(result));
      expect(errors[0].errors).toEqual([
        {
          message: "The organisation, email or password is not right.",
          path: ["signInWithPassword"],
          locations: [{ line: 1, column: 39 }],
          extensions: { code: "INVALID_CREDENTIALS" },
        },
      ]);
      for (const error of errors) expect(error).toEqual(errors[0]);
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ type: AuditEventType.SIGN_IN_FAILED, organisationId: org.id });
      expect(events.map((e) => e.data!.reason).sort()).toEqual(
        expect.arrayContaining(["no_password", "unknown_user", "wrong_password"]),
      );
      expect(JSON.stringify(events)).not.toContain("wrong password entirely");
    });

    it("refuses a password to a user who has a passkey, unless the organisation allows it", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      await givePasskey(server, user);
      expect(codeOf((await signInAs(user.email)).result)).toBe("PASSKEY_REQUIRED");
      // A wrong password still says only INVALID_CREDENTIALS: PASSKEY_REQUIRED needs the right one.
      expect(codeOf((await signInAs(user.email, { password: "wrong password entirely" })).result)).toBe(
        "INVALID_CREDENTIALS",
      );

      const lenient = await buildOrganisation(server, {
        passkeysActivated: true,
        policy: { enabled: true, allowPasswordAfterPasskey: true },
      });
      const allowed = await buildUser(server, { organisation: lenient, password: PASSWORD });
      await givePasskey(server, allowed);
      expect((await signInAs(allowed.email, { slug: lenient.slug })).result.errors).toBeUndefined();

      const off = await buildOrganisation(server, { passkeysActivated: true, policy: { enabled: false } });
      const offUser = await buildUser(server, { organisation: off, password: PASSWORD });
      await givePasskey(server, offUser);
      expect((await signInAs(offUser.email, { slug: off.slug })).result.errors).toBeUndefined();

      const support = await buildUser(server, { role: Role.SUPPORT, password: PASSWORD });
      await givePasskey(server, support);
      expect(codeOf((await signInAs(support.email, { slug: null })).result)).toBe("PASSKEY_REQUIRED");
    });

    it("refuses absurd lengths with BAD_USER_INPUT, and wrong types at validation, never a 500", async () => {
      const huge = "x".repeat(10_000);
      expect(codeOf((await signInAs(`${huge}@example.test`)).result)).toBe("BAD_USER_INPUT");
      expect(codeOf((await signInAs("a@example.test", { password: huge })).result)).toBe("BAD_USER_INPUT");
      expect(codeOf((await signInAs("a@example.test", { slug: huge })).result)).toBe("BAD_USER_INPUT");
      const wrongType = await server.client().request(SIGN_IN, { i: { email: 42, password: true } });
      expect(codeOf(wrongType)).toBe("BAD_USER_INPUT");
      const badDelivery = await server
        .client()
        .request(SIGN_IN, { i: { email: "a@b.c", password: "x", delivery: "CARRIER_PIGEON" } });
      expect(codeOf(badDelivery)).toBe("BAD_USER_INPUT");
    });
  });

  describe("signing out", () => {
    it("ends the current session, clears the cookie and is true even when signed out", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const { client } = await signInAs(user.email);
      const stolen = new GraphQLClient(client.url);
      stolen.cookies = new Map(client.cookies);
      const result = await client.request("mutation { signOut }");
      expect(result.data.signOut).toBe(true);
      expect(result.headers.getSetCookie()[0]).toMatch(/^pk_session=;.*Max-Age=0/);
      expect((await stolen.ok(VIEWER)).viewer.authenticated).toBe(false);
      expect((await server.client().ok("mutation { signOut }")).signOut).toBe(true);
      expect(
        await server.dataSource
          .getRepository(AuditEvent)
          .countBy({ subjectId: user.id, type: AuditEventType.SIGNED_OUT }),
      ).toBe(1);
    });

    it("ends every other live session of the caller and says how many", async () => {
      const user = await buildUser(server, { organisation: org, password: PASSWORD });
      const phone = (await signInAs(user.email, { delivery: "BEARER" })).client;
      phone.bearer = (
        await phone.request(SIGN_IN, {
          i: { organisationSlug: org.slug, email: user.email, password: PASSWORD, delivery: "BEARER" },
        })
      ).data.signInWithPassword.token;
      const laptop = (await signInAs(user.email)).client;
      const tablet = (await signInAs(user.email)).client;
      const colleague = await signIn(server, await buildUser(server, { organisation: org }));
      expect((await laptop.ok("mutation { signOutOtherSessions }")).signOutOtherSessions).toBe(3);
      expect((await laptop.ok(VIEWER)).viewer.authenticated).toBe(true);
      expect((await tablet.ok(VIEWER)).viewer.authenticated).toBe(false);
      expect((await phone.ok(VIEWER)).viewer.authenticated).toBe(false);
      expect((await colleague.ok(VIEWER)).viewer.authenticated).toBe(true);
      expect((await laptop.ok("mutation { signOutOtherSessions }")).signOutOtherSessions).toBe(0);
    });
  });

  describe("restricted sessions", () => {
    it("answer PASSKEY_SETUP_REQUIRED at every root field but viewer, the registration ceremony, signOut and skipPasskeySetup (FORBIDDEN)", async () => {
      const support = await buildUser(server, { role: Role.SUPPORT });
      const client = await signIn(server, support);
      expect((await client.ok(VIEWER)).viewer.session.restricted).toBe(true);
      // Every root field with valid arguments, for every kind of caller, is in test/authorization-matrix.test.ts.
      const withArgs = await client.request(SIGN_IN, { i: { email: "a@b.c", password: "whatever password" } });
      expect(codeOf(withArgs)).toBe("PASSKEY_SETUP_REQUIRED");
      expect(codeOf(await client.request("mutation { skipPasskeySetup { authenticated } }"))).toBe("FORBIDDEN");
      expect(codeOf(await client.request("{ organisations { totalCount } }"))).toBe("PASSKEY_SETUP_REQUIRED");
      expect(codeOf(await client.request("mutation { signOutOtherSessions }"))).toBe("PASSKEY_SETUP_REQUIRED");
      expect((await client.ok("mutation { signOut }")).signOut).toBe(true);
    });

    it("are refused in nested organisation fields too", async () => {
      const admin = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
      const forced = await buildOrganisation(server, {
        passkeysActivated: true,
        policy: { enabled: true, forcePasskeySetup: true },
      });
      const forcedAdmin = await buildUser(server, { organisation: forced, role: Role.ORG_ADMIN });
      const client = await signIn(server, forcedAdmin);
      const result = await client.request(
        "{ viewer { organisation { users { totalCount } passkeyStats { totalUsers } } } }",
      );
      expect(codeOf(result)).toBe("PASSKEY_SETUP_REQUIRED");
      expect(
        (await (await signIn(server, admin)).ok("{ viewer { organisation { users { totalCount } } } }")).viewer
          .organisation.users.totalCount,
      ).toBeGreaterThan(0);
    });
  });

  describe("skipping the prompt", () => {
    it("counts each skip under OPTIONAL, offers again after remindAfterDays, and is FORBIDDEN when mandatory", async () => {
      const reminding = await buildOrganisation(server, {
        passkeysActivated: true,
        policy: { enabled: true, remindAfterDays: 3, maxSkips: 2 },
      });
      const user = await buildUser(server, { organisation: reminding });
      const client = await signIn(server, user);
      expect((await client.ok(VIEWER)).viewer.passkeySetup).toMatchObject({
        nextStep: "OFFER_SETUP",
        canSkip: true,
        skipCount: 0,
      });
      const skipped = await client.ok(
        "mutation { skipPasskeySetup { passkeySetup { nextStep skipCount skippedAt remindAt } } }",
      );
      expect(skipped.skipPasskeySetup.passkeySetup).toMatchObject({
        nextStep: "NONE",
        skipCount: 1,
        skippedAt: server.clock.now().toISOString(),
      });
      expect(skipped.skipPasskeySetup.passkeySetup.remindAt).toBe(
        new Date(server.clock.now().getTime() + 3 * DAY).toISOString(),
      );
      expect(codeOf(await client.request("mutation { skipPasskeySetup { authenticated } }"))).toBe("FORBIDDEN");

      server.clock.advanceDays(3);
      const later = await signIn(server, user);
      expect((await later.ok(VIEWER)).viewer.passkeySetup).toMatchObject({ nextStep: "OFFER_SETUP", canSkip: true });
      await later.ok("mutation { skipPasskeySetup { authenticated } }");
      // The second skip reached maxSkips: setup is now mandatory for this user, and the session restricted.
      expect((await later.ok(VIEWER)).viewer).toMatchObject({
        session: { restricted: true },
        passkeySetup: { nextStep: "REQUIRE_SETUP", canSkip: false, skipCount: 2 },
      });
      expect(codeOf(await later.request("mutation { skipPasskeySetup { authenticated } }"))).toBe("FORBIDDEN");
      expect(
        await server.dataSource
          .getRepository(AuditEvent)
          .countBy({ subjectId: user.id, type: AuditEventType.PASSKEY_SETUP_SKIPPED }),
      ).toBe(2);
    });
  });
});
