import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { Role, UserVerificationRequirement } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { PasskeyPolicy } from "../src/modules/policy/passkey-policy.entity";
import { User } from "../src/modules/users/user.entity";
import { AuthenticateOverrides, SoftwareAuthenticator } from "./authenticator";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishSignIn,
  registerPasskey,
  startRegistration,
  startSignIn,
} from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { codeOf, MINUTE, startTestServer, TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SESSION_FIELDS = "{ token viewer { user { id } session { authMethod userVerified } } }";

interface Member {
  organisation: Organisation | null;
  user: User;
  authenticator: SoftwareAuthenticator;
}

/** A user of a passkey organisation with one registered passkey (through the real ceremony). */
async function member(
  options: {
    policy?: Partial<PasskeyPolicy>;
    organisation?: Organisation;
    authenticator?: SoftwareAuthenticator;
    role?: Role;
  } = {},
): Promise<Member> {
  const organisation =
    options.role === Role.SUPPORT
      ? null
      : (options.organisation ?? (await buildPasskeyOrganisation(server, options.policy)));
  const user = await buildUser(server, { organisation, role: options.role });
  const authenticator = options.authenticator ?? authenticatorFor(server);
  await registerPasskey(await signIn(server, user), authenticator);
  return { organisation, user, authenticator };
}

const stored = (m: Member) =>
  server.dataSource.getRepository(Credential).findOneByOrFail({ credentialId: m.authenticator.credential.id });
const events = (user: User, type: string) =>
  server.dataSource
    .getRepository(AuditEvent)
    .find({ where: { subjectId: user.id, type: type as never }, order: { createdAt: "ASC" } });

/** Starts a sign-in (limited as the test says) and answers it with the member's authenticator. */
async function attempt(
  m: Member,
  overrides: Partial<AuthenticateOverrides> = {},
  start: { organisationSlug?: string; email?: string } = {},
) {
  const client = server.client();
  const started = await startSignIn(client, start);
  return finishSignIn(client, started.challengeId, m.authenticator.authenticate(started.options, overrides));
}

async function expectRefused(
  res: Awaited<ReturnType<typeof attempt>>,
  m: Member,
  check: string,
  reason: string,
  code = "CEREMONY_FAILED",
) {
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0]).toMatchObject({ extensions: { code } });
  expect(res.errors?.[0].message).toContain(check);
  expect(res.data?.finishPasskeySignIn ?? null).toBeNull();
  const failed = await events(m.user, "SIGN_IN_FAILED");
  expect(failed.map((e) => e.data)).toContainEqual(expect.objectContaining({ method: "PASSKEY", reason }));
  expect(await events(m.user, "SIGN_IN_SUCCEEDED")).toEqual([]);
}

describe("successful passkey sign-in", () => {
  it("signs in usernameless with an EdDSA passkey: a PASSKEY session, user verified, audited", async () => {
    const m = await member({ authenticator: authenticatorFor(server, { algorithm: "EdDSA" }) });
    const client = server.client();
    const started = await startSignIn(client, {});
    expect(started.options).toMatchObject({
      rpId: server.config.rpId,
      allowCredentials: [],
      userVerification: "preferred",
    });
    const res = await client.request(
      `mutation($i: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $i) ${SESSION_FIELDS} }`,
      {
        i: {
          challengeId: started.challengeId,
          response: m.authenticator.authenticate(started.options),
          delivery: "BEARER",
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeySignIn.viewer).toEqual({
      user: { id: m.user.id },
      session: { authMethod: "PASSKEY", userVerified: true },
    });
    const signedIn = server.client();
    signedIn.bearer = res.data.finishPasskeySignIn.token;
    expect((await signedIn.ok("{ viewer { user { id } } }")).viewer.user.id).toBe(m.user.id);
    const [event] = await events(m.user, "SIGN_IN_SUCCEEDED");
    expect(event.data).toMatchObject({
      method: "PASSKEY",
      userVerified: true,
      credentialId: m.authenticator.credential.id,
    });
    expect((await stored(m)).lastUsedAt).toEqual(server.clock.now());
  });

  it("signs in with an email (options list no credentials: passkeys are discoverable) and an ES256 packed passkey, in a cookie", async () => {
    const m = await member({ authenticator: authenticatorFor(server, { attestation: "packed" }) });
    const client = server.client();
    const started = await startSignIn(client, {
      organisationSlug: m.organisation!.slug,
      email: m.user.email.toUpperCase(),
    });
    expect(started.options.allowCredentials).toEqual([]);
    expect(started.options.userVerification).toBe("required");
    const res = await finishSignIn(
      client,
      started.challengeId,
      m.authenticator.authenticate(started.options),
      "COOKIE",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeySignIn.token).toBeNull();
    expect(client.cookies.size).toBe(1);
    expect((await client.ok("{ viewer { user { id } session { authMethod } } }")).viewer).toEqual({
      user: { id: m.user.id },
      session: { authMethod: "PASSKEY" },
    });
  });

  it("stores the sign count and the backup state only once the sign-in succeeded", async () => {
    const m = await member();
    await server.dataSource
      .getRepository(Credential)
      .update({ credentialId: m.authenticator.credential.id }, { signCount: 5 });
    expect((await attempt(m, { signCount: 9, flags: { bs: false } })).errors).toBeUndefined();
    expect(await stored(m)).toMatchObject({ signCount: 9, backedUp: false });
    expect((await attempt(m, { signCount: 10, flags: { bs: true } })).errors).toBeUndefined();
    expect(await stored(m)).toMatchObject({ signCount: 10, backedUp: true });
  });

  it("accepts a counter of zero after a non-zero one (authenticators without counters) and keeps the highest seen", async () => {
    const m = await member();
    await server.dataSource
      .getRepository(Credential)
      .update({ credentialId: m.authenticator.credential.id }, { signCount: 5 });
    expect((await attempt(m, { signCount: 0 })).errors).toBeUndefined();
    expect((await stored(m)).signCount).toBe(5);
  });

  it("accepts a response without UV when the owner's policy only prefers it, and says the session is not user-verified", async () => {
    const m = await member({ policy: { userVerification: UserVerificationRequirement.PREFERRED } });
    const client = server.client();
    const started = await startSignIn(client, { organisationSlug: m.organisation!.slug });
    expect(started.options.userVerification).toBe("preferred");
    const res = await client.request(
      `mutation($i: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $i) ${SESSION_FIELDS} }`,
      {
        i: {
          challengeId: started.challengeId,
          response: m.authenticator.authenticate(started.options, { flags: { uv: false } }),
          delivery: "BEARER",
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeySignIn.viewer.session).toEqual({ authMethod: "PASSKEY", userVerified: false });
  });

  it("signs SUPPORT staff in with their passkey, which belongs to no organisation", async () => {
    const m = await member({ role: Role.SUPPORT });
    expect((await attempt(m)).errors).toBeUndefined();
    expect((await attempt(m, {}, { email: m.user.email })).errors).toBeUndefined();
  });

  it("answers a known email, an unknown email, an unknown organisation and a user without passkeys with options of the same shape, field by field", async () => {
    const m = await member();
    const second = authenticatorFor(server);
    await registerPasskey(await signIn(server, m.user), second);
    const noPasskey = await buildUser(server, { organisation: m.organisation });
    const client = server.client();
    const slug = m.organisation!.slug;
    const started = await Promise.all([
      startSignIn(client, { organisationSlug: slug, email: m.user.email }),
      startSignIn(client, { organisationSlug: slug, email: "nobody@example.test" }),
      startSignIn(client, { organisationSlug: "no-such-org", email: m.user.email }),
      startSignIn(client, { organisationSlug: slug, email: noPasskey.email }),
      startSignIn(client, { organisationSlug: slug, email: "nobody@example.test" }),
    ]);
    // Everything but the challenge itself: its value is random by design.
    const shapeOf = ({ challenge, ...rest }: any) => ({ ...rest, challengeLength: challenge.length });
    const [known, ...others] = started.map((s) => shapeOf(s.options));
    expect(known).toEqual({
      rpId: server.config.rpId,
      allowCredentials: [],
      timeout: 300_000,
      userVerification: "required",
      challengeLength: 43,
    });
    for (const other of others) expect(other).toEqual(known);
  });
});

describe("failing passkey sign-in: each check on its own", () => {
  const checks: [string, Partial<AuthenticateOverrides>, string, string][] = [
    ["a wrong origin", { origin: "https://evil.example" }, "origin", "origin"],
    ["a wrong RP ID", { rpId: "evil.example" }, "RP ID", "rp_id"],
    [
      "no user verification when the policy requires it",
      { flags: { uv: false } },
      "user verification",
      "user_verification",
    ],
    ["no user presence", { flags: { up: false } }, "user presence", "user_presence"],
    ["a registration client data type", { type: "webauthn.create" }, "client data type", "type"],
    ["another challenge", { challenge: Buffer.alloc(32, 1).toString("base64url") }, "challenge", "challenge"],
    ["a wrong user handle", { userHandle: Buffer.alloc(32, 9).toString("base64url") }, "user handle", "user_handle"],
    ["no user handle in a usernameless ceremony", { userHandle: null }, "user handle", "user_handle"],
  ];
  for (const [what, overrides, check, reason] of checks) {
    it(`refuses ${what}`, async () => {
      const m = await member();
      await expectRefused(await attempt(m, overrides), m, check, reason);
      expect((await stored(m)).lastUsedAt).toBeNull();
    });
  }

  it("accepts a missing user handle when the ceremony named the user by email", async () => {
    const m = await member();
    expect(
      (await attempt(m, { userHandle: null }, { organisationSlug: m.organisation!.slug, email: m.user.email })).errors,
    ).toBeUndefined();
  });

  it("refuses a signature that does not verify", async () => {
    const m = await member();
    const client = server.client();
    const started = await startSignIn(client, {});
    const response = m.authenticator.authenticate(started.options);
    const signature = Buffer.from(response.response.signature, "base64url");
    signature[signature.length - 1] ^= 0xff;
    response.response.signature = signature.toString("base64url");
    await expectRefused(
      await finishSignIn(client, started.challengeId, response),
      m,
      "the passkey is not recognised",
      "not_verified",
    );
  });

  it("refuses a signature made by another key for the same credential ID", async () => {
    const m = await member();
    const impostor = authenticatorFor(server);
    const client = server.client();
    const started = await startSignIn(client, {});
    impostor.register(
      { rp: { id: server.config.rpId }, user: { id: m.user.webauthnUserId }, challenge: "AAAA" },
      { credentialId: m.authenticator.credential.id },
    );
    await expectRefused(
      await finishSignIn(client, started.challengeId, impostor.authenticate(started.options)),
      m,
      "the passkey is not recognised",
      "not_verified",
    );
  });

  it("refuses a replayed response with CHALLENGE_EXPIRED", async () => {
    const m = await member();
    const client = server.client();
    const started = await startSignIn(client, {});
    const response = m.authenticator.authenticate(started.options);
    expect((await finishSignIn(client, started.challengeId, response)).errors).toBeUndefined();
    expect(codeOf(await finishSignIn(server.client(), started.challengeId, response))).toBe("CHALLENGE_EXPIRED");
  });

  it("uses a challenge up even when the attempt failed: one try per challenge", async () => {
    const m = await member();
    const client = server.client();
    const started = await startSignIn(client, {});
    expect(
      codeOf(
        await finishSignIn(
          client,
          started.challengeId,
          m.authenticator.authenticate(started.options, { origin: "https://evil.example" }),
        ),
      ),
    ).toBe("CEREMONY_FAILED");
    expect(codeOf(await finishSignIn(client, started.challengeId, m.authenticator.authenticate(started.options)))).toBe(
      "CHALLENGE_EXPIRED",
    );
  });

  it("refuses a challenge five minutes old with CHALLENGE_EXPIRED", async () => {
    const m = await member();
    const client = server.client();
    const started = await startSignIn(client, {});
    server.clock.advance(5 * MINUTE);
    try {
      expect(
        codeOf(await finishSignIn(client, started.challengeId, m.authenticator.authenticate(started.options))),
      ).toBe("CHALLENGE_EXPIRED");
    } finally {
      server.clock.advance(-5 * MINUTE);
    }
  });

  it("refuses a registration challenge with CHALLENGE_EXPIRED", async () => {
    const m = await member();
    const started = await startRegistration(await signIn(server, m.user));
    const response = m.authenticator.authenticate({
      rpId: server.config.rpId,
      challenge: started.options.challenge,
      allowCredentials: [],
    });
    expect(codeOf(await finishSignIn(server.client(), started.challengeId, response))).toBe("CHALLENGE_EXPIRED");
  });

  it("refuses another user's passkey in a ceremony started for a named user", async () => {
    const alice = await member();
    const bob = await member({ organisation: alice.organisation! });
    const client = server.client();
    const started = await startSignIn(client, { organisationSlug: alice.organisation!.slug, email: alice.user.email });
    const res = await finishSignIn(
      client,
      started.challengeId,
      bob.authenticator.authenticate({ ...started.options, allowCredentials: [] }),
    );
    await expectRefused(res, bob, "not recognised", "wrong_user");
  });

  it("refuses a passkey of another organisation than the one asked for", async () => {
    const m = await member();
    const other = await buildPasskeyOrganisation(server);
    await expectRefused(
      await attempt(m, {}, { organisationSlug: other.slug }),
      m,
      "not recognised",
      "wrong_organisation",
    );
    await expectRefused(
      await attempt(m, {}, { organisationSlug: "no-such-organisation" }),
      m,
      "not recognised",
      "wrong_organisation",
    );
  });

  it("refuses the passkeys of an organisation whose requirement is OFF, and accepts them again when it is back on", async () => {
    const m = await member();
    await server.dataSource
      .getRepository(PasskeyPolicy)
      .update({ organisationId: m.organisation!.id }, { enabled: false });
    // Only after the signature verified: the holder hears plainly that passkeys are paused.
    await expectRefused(await attempt(m), m, "Passkeys are paused", "passkeys_off", "PASSKEYS_PAUSED");
    await server.dataSource
      .getRepository(PasskeyPolicy)
      .update({ organisationId: m.organisation!.id }, { enabled: true });
    expect((await attempt(m)).errors).toBeUndefined();
  });

  it("refuses a revoked passkey", async () => {
    const m = await member();
    await server.services.credentials.revoke(m.user, m.authenticator.credential.id, {
      user: m.user,
      sessionId: "",
      ip: null,
    });
    await expectRefused(await attempt(m), m, "not recognised", "revoked_credential");
  });

  it("refuses the passkey of a disabled user", async () => {
    const m = await member();
    await server.dataSource.getRepository(User).update({ id: m.user.id }, { disabledAt: server.clock.now() });
    await expectRefused(await attempt(m), m, "not recognised", "disabled_user");
  });

  it("refuses an unknown credential", async () => {
    const m = await member();
    const stranger = authenticatorFor(server);
    stranger.register({ rp: { id: server.config.rpId }, user: { id: m.user.webauthnUserId }, challenge: "AAAA" });
    const client = server.client();
    const started = await startSignIn(client, {});
    const res = await finishSignIn(client, started.challengeId, stranger.authenticate(started.options));
    expect(codeOf(res)).toBe("CEREMONY_FAILED");
    expect(res.errors?.[0].message).toContain("not recognised");
  });

  it("refuses a sign count that went backwards, audits SIGN_COUNT_REGRESSION, and leaves the stored count alone", async () => {
    const m = await member();
    await server.dataSource
      .getRepository(Credential)
      .update({ credentialId: m.authenticator.credential.id }, { signCount: 10 });
    await expectRefused(await attempt(m, { signCount: 10 }), m, "sign count", "sign_count_regression");
    await expectRefused(await attempt(m, { signCount: 3 }), m, "sign count", "sign_count_regression");
    const regressions = await events(m.user, "SIGN_COUNT_REGRESSION");
    expect(regressions).toHaveLength(2);
    // Both at the same (test clock) instant: find the second by its content, not its order.
    const lower = regressions.find((e) => (e.data as { receivedCount?: number }).receivedCount === 3)!;
    expect(lower).toMatchObject({ organisationId: m.organisation!.id, subjectId: m.user.id });
    expect(lower.data).toMatchObject({
      credentialId: m.authenticator.credential.id,
      storedCount: 10,
      receivedCount: 3,
    });
    expect(await stored(m)).toMatchObject({ signCount: 10, lastUsedAt: null });
  });

  it("does not raise a clone alarm for a forged assertion with a low counter", async () => {
    const m = await member();
    await server.dataSource
      .getRepository(Credential)
      .update({ credentialId: m.authenticator.credential.id }, { signCount: 10 });
    const client = server.client();
    const started = await startSignIn(client, {});
    const response = m.authenticator.authenticate(started.options, { signCount: 2 });
    response.response.signature = Buffer.alloc(70, 1).toString("base64url");
    await expectRefused(
      await finishSignIn(client, started.challengeId, response),
      m,
      "the passkey is not recognised",
      "not_verified",
    );
    expect(await events(m.user, "SIGN_COUNT_REGRESSION")).toEqual([]);
  });

  describe("malformed responses answer a contract code, never a 500", () => {
    const cases: [string, (r: any) => unknown, string][] = [
      ["a number instead of an object", () => 7, "BAD_USER_INPUT"],
      ["null", () => null, "BAD_USER_INPUT"],
      ["no id", (r) => ({ ...r, id: undefined }), "BAD_USER_INPUT"],
      ["no response", (r) => ({ ...r, response: "x" }), "BAD_USER_INPUT"],
      ["no signature", (r) => ({ ...r, response: { ...r.response, signature: undefined } }), "BAD_USER_INPUT"],
      [
        "no authenticatorData",
        (r) => ({ ...r, response: { ...r.response, authenticatorData: undefined } }),
        "BAD_USER_INPUT",
      ],
      ["a numeric userHandle", (r) => ({ ...r, response: { ...r.response, userHandle: 5 } }), "BAD_USER_INPUT"],
      ["an id that is not base64url", (r) => ({ ...r, id: "a b", rawId: "a b" }), "CEREMONY_FAILED"],
      ["an id that differs from rawId", (r) => ({ ...r, rawId: "AAAA" }), "CEREMONY_FAILED"],
      ["an overlong id", (r) => ({ ...r, id: "A".repeat(5000), rawId: "A".repeat(5000) }), "CEREMONY_FAILED"],
      [
        "clientDataJSON that is not base64url",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: "!!" } }),
        "CEREMONY_FAILED",
      ],
      [
        "clientDataJSON that is not JSON",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: Buffer.from("[1,").toString("base64url") } }),
        "CEREMONY_FAILED",
      ],
      [
        "clientDataJSON that is JSON null",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: Buffer.from("null").toString("base64url") } }),
        "CEREMONY_FAILED",
      ],
      [
        "authenticatorData that is not base64url",
        (r) => ({ ...r, response: { ...r.response, authenticatorData: "~~" } }),
        "CEREMONY_FAILED",
      ],
      [
        "authenticatorData that is too short",
        (r) => ({ ...r, response: { ...r.response, authenticatorData: "AAAA" } }),
        "CEREMONY_FAILED",
      ],
      [
        "a signature that is not base64url",
        (r) => ({ ...r, response: { ...r.response, signature: "?" } }),
        "CEREMONY_FAILED",
      ],
      [
        "a signature that is not DER",
        (r) => ({ ...r, response: { ...r.response, signature: "AAAA" } }),
        "CEREMONY_FAILED",
      ],
      [
        "a userHandle that is not base64url",
        (r) => ({ ...r, response: { ...r.response, userHandle: "@@" } }),
        "CEREMONY_FAILED",
      ],
    ];
    for (const [what, spoil, code] of cases) {
      it(`${what}: ${code}`, async () => {
        const m = await member();
        const client = server.client();
        const started = await startSignIn(client, {});
        const res = await finishSignIn(
          client,
          started.challengeId,
          spoil(m.authenticator.authenticate(started.options)),
        );
        expect(res.status).toBeLessThan(500);
        expect(codeOf(res)).toBe(code);
        expect(await events(m.user, "SIGN_IN_SUCCEEDED")).toEqual([]);
      });
    }

    it("a challenge id that is not an id: CHALLENGE_EXPIRED", async () => {
      const m = await member();
      const started = await startSignIn(server.client(), {});
      expect(
        codeOf(
          await finishSignIn(
            server.client(),
            "'; DROP TABLE challenges; --",
            m.authenticator.authenticate(started.options),
          ),
        ),
      ).toBe("CHALLENGE_EXPIRED");
    });

    it("an overlong email or organisation at the start: BAD_USER_INPUT", async () => {
      const client = server.client();
      const start = (input: object) =>
        client.request(`mutation($i: StartPasskeySignInInput!) { startPasskeySignIn(input: $i) { challengeId } }`, {
          i: input,
        });
      expect(codeOf(await start({ email: `${"a".repeat(260)}@example.test` }))).toBe("BAD_USER_INPUT");
      expect(codeOf(await start({ organisationSlug: "x".repeat(65) }))).toBe("BAD_USER_INPUT");
    });
  });
});
