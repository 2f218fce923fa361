import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { AuthMethod } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { User } from "../src/modules/users/user.entity";
import { SoftwareAuthenticator } from "./authenticator";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { codeOf, GraphQLClient, startTestServer, TestServer, withoutStacktraces } from "./harness";

/**
 * The sign-in rules of DESIGN "Security rules" that an attacker would test first, each through
 * HTTP against the real server. Each of these failed before the sign-in core was rebuilt.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const VIEWER = "{ viewer { authenticated user { id } session { restricted authMethod } passkeySetup { nextStep } } }";

function from(target: TestServer, ip: string): GraphQLClient {
  const client = target.client();
  client.headers["x-forwarded-for"] = ip;
  return client;
}

async function victim(policy: object = {}) {
  const organisation = await buildPasskeyOrganisation(server, policy);
  const user = await buildUser(server, { organisation });
  const authenticator = authenticatorFor(server);
  await registerPasskey(await signIn(server, user), authenticator);
  return { organisation, user, authenticator };
}

/** An attacker's authenticator holding a key of its own under the victim's credential id. */
function forger(target: { user: User; authenticator: SoftwareAuthenticator }, credentialId?: string) {
  const forged = authenticatorFor(server);
  forged.register(
    { rp: { id: server.config.rpId }, user: { id: target.user.webauthnUserId }, challenge: "AAAA" },
    { credentialId: credentialId ?? target.authenticator.credential.id },
  );
  return forged;
}

async function signInWithPasskey(client: GraphQLClient, authenticator: SoftwareAuthenticator, start = {}) {
  const started = await startSignIn(client, start);
  return finishSignIn(client, started.challengeId, authenticator.authenticate(started.options));
}

describe("failed passkey finishes never lock a credential or its owner", () => {
  it("many forged finishes naming the victim's credential, from many addresses, then the victim signs in first time", async () => {
    const v = await victim();
    const forged = forger(v);
    for (let i = 0; i < 30; i++) {
      const attacker = from(server, `198.51.100.${i % 10}`);
      const res = await signInWithPasskey(attacker, forged, {
        organisationSlug: v.organisation.slug,
        email: v.user.email,
      });
      expect(codeOf(res)).toBe("CEREMONY_FAILED");
    }
    const res = await signInWithPasskey(from(server, "203.0.113.50"), v.authenticator);
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeySignIn.viewer.user.id).toBe(v.user.id);
  });

  it("many concurrent finishes of one valid assertion: exactly one signs in, the rest are CHALLENGE_EXPIRED, and the owner signs in again", async () => {
    const v = await victim();
    const client = from(server, "203.0.113.51");
    const started = await startSignIn(client, {});
    const response = v.authenticator.authenticate(started.options);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => finishSignIn(from(server, "203.0.113.51"), started.challengeId, response)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map(codeOf))).toEqual(new Set(["CHALLENGE_EXPIRED"]));
    expect((await signInWithPasskey(client, v.authenticator)).errors).toBeUndefined();
  });

  it("the per-IP limit still stops one address from forging without end, and only that address", async () => {
    const strict = await startTestServer({ env: { RATE_LIMIT_IP_ATTEMPTS: "5" } });
    try {
      const organisation = await buildPasskeyOrganisation(strict);
      const user = await buildUser(strict, { organisation });
      const authenticator = authenticatorFor(strict);
      await registerPasskey(await signIn(strict, user), authenticator);
      const attacker = from(strict, "198.51.100.200");
      for (let i = 0; i < 5; i++) {
        const started = await startSignIn(attacker, {});
        const res = await finishSignIn(
          attacker,
          started.challengeId,
          authenticator.authenticate(started.options, { origin: "https://evil.example" }),
        );
        expect(codeOf(res)).toBe("CEREMONY_FAILED");
      }
      const started = await startSignIn(attacker, {});
      expect(
        codeOf(await finishSignIn(attacker, started.challengeId, authenticator.authenticate(started.options))),
      ).toBe("RATE_LIMITED");
      const elsewhere = from(strict, "203.0.113.52");
      const again = await startSignIn(elsewhere, {});
      expect(
        (await finishSignIn(elsewhere, again.challengeId, authenticator.authenticate(again.options))).errors,
      ).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});

describe("who has a passkey cannot be enumerated", () => {
  it("a forged finish gets the same code and message whether the credential id is real or made up", async () => {
    const v = await victim();
    const real = forger(v);
    const madeUp = forger(v, Buffer.alloc(32, 7).toString("base64url"));
    const answers = [];
    for (const forged of [real, madeUp]) {
      for (const start of [{}, { organisationSlug: v.organisation.slug, email: v.user.email }]) {
        const res = await signInWithPasskey(server.client(), forged, start);
        answers.push(withoutStacktraces(res));
      }
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].errors).toEqual([
      {
        message: "The passkey response did not verify: the passkey is not recognised.",
        locations: [{ line: 2, column: 3 }],
        path: ["finishPasskeySignIn"],
        extensions: { code: "CEREMONY_FAILED" },
      },
    ]);
  });
});

describe("a session opened with only a password never becomes a full one", () => {
  it("registering a passkey in one session ends the user's other restricted sessions; the new token is full", async () => {
    const organisation = await buildPasskeyOrganisation(server, { forcePasskeySetup: true });
    const user = await buildUser(server, { organisation });
    const s1 = await signIn(server, user);
    const s2 = await signIn(server, user);
    expect((await s1.ok(VIEWER)).viewer.session.restricted).toBe(true);

    await registerPasskey(s2, authenticatorFor(server));
    expect((await s2.ok(VIEWER)).viewer).toMatchObject({ authenticated: true, session: { restricted: false } });
    expect((await s1.ok(VIEWER)).viewer.authenticated).toBe(false);
    expect(codeOf(await s1.request("mutation { createSignInCode { code } }"))).toBe("UNAUTHENTICATED");
    const event = await server.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ subjectId: user.id, type: "PASSKEY_REGISTERED" as never });
    expect(event.data).toMatchObject({ restrictedSessionsEnded: 1 });
  });

  it("keeps the user's full sessions (OPTIONAL: nothing was restricted) and a code session's NEW_DEVICE step", async () => {
    const organisation: Organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const optional = await signIn(server, user);
    await registerPasskey(await signIn(server, user), authenticatorFor(server));
    expect((await optional.ok(VIEWER)).viewer).toMatchObject({ authenticated: true, session: { restricted: false } });

    const mandatory = await buildPasskeyOrganisation(server, { forcePasskeySetup: true });
    const admin = await buildUser(server, { organisation: mandatory });
    await registerPasskey(await signIn(server, admin), authenticatorFor(server));
    const laptop = await signIn(server, admin, { authMethod: AuthMethod.SIGN_IN_CODE });
    const full = await signIn(server, admin, { authMethod: AuthMethod.PASSKEY });
    expect((await laptop.ok(VIEWER)).viewer.session.restricted).toBe(true);
    await registerPasskey(full, authenticatorFor(server));
    // The laptop was held at the prompt, so it ended too rather than being lifted by a passkey made elsewhere.
    expect((await laptop.ok(VIEWER)).viewer.authenticated).toBe(false);
    expect((await full.ok(VIEWER)).viewer.authenticated).toBe(true);
  });
});

describe("skipPasskeySetup under MANDATORY", () => {
  it("answers FORBIDDEN, as the contract says, not PASSKEY_SETUP_REQUIRED", async () => {
    const organisation = await buildPasskeyOrganisation(server, { forcePasskeySetup: true });
    const client = await signIn(server, await buildUser(server, { organisation }));
    const res = await client.request("mutation { skipPasskeySetup { authenticated } }");
    expect(codeOf(res)).toBe("FORBIDDEN");
    expect(res.errors![0].message).toBe("Your organisation requires a passkey: it cannot be skipped.");
  });
});

describe("the __Host- cookie in production over https", () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ env: { NODE_ENV: "production", TRUST_PROXY: "loopback" } });
  });
  afterAll(() => production?.close());

  async function cookieSession(name: string, proto: "https" | "http") {
    const organisation = await buildPasskeyOrganisation(production);
    const user = await buildUser(production, { organisation });
    const bearer = await signIn(production, user);
    const client = production.client();
    client.headers["x-forwarded-proto"] = proto;
    client.cookies.set(name, bearer.bearer!);
    return (await client.ok(VIEWER)).viewer.authenticated as boolean;
  }

  it("reads only the prefixed cookie over https: the unprefixed one is ignored", async () => {
    expect(await cookieSession("__Host-pk_session", "https")).toBe(true);
    expect(await cookieSession("pk_session", "https")).toBe(false);
  });

  it("sets the prefixed cookie over https at sign-in", async () => {
    const organisation = await buildPasskeyOrganisation(production);
    const user = await buildUser(production, { organisation, password: "correct horse battery staple" });
    const client = production.client();
    client.headers["x-forwarded-proto"] = "https";
    const res = await client.request(`mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`, {
      i: { organisationSlug: organisation.slug, email: user.email, password: "correct horse battery staple" },
    });
    expect(res.errors).toBeUndefined();
    expect([...client.cookies.keys()]).toEqual(["__Host-pk_session"]);
    expect(res.headers.get("set-cookie")).toMatch(
      /^__Host-pk_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
    );
  });
});
