import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { Role, UserVerificationRequirement } from "../src/modules/enums";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { User } from "../src/modules/users/user.entity";
import { SoftwareAuthenticator } from "./authenticator";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishRegistration,
  registerPasskey,
  startRegistration,
  startSignIn,
} from "./ceremonies";
import { buildOrganisation, buildUser, signIn } from "./factories";
import { codeOf, GraphQLClient, MINUTE, startTestServer, TestServer } from "./harness";

const APPLE = "fbfc3007-154e-4ecc-8c0b-6e020557d7bd";
const YUBIKEY = "ee882879-721c-4913-9775-3dfcce97072a";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const credentialsOf = (user: User) => server.dataSource.getRepository(Credential).find({ where: { userId: user.id } });
const eventsOf = (user: User, type: string) =>
  server.dataSource.getRepository(AuditEvent).find({ where: { subjectId: user.id, type: type as never } });

async function employee(policy: Parameters<typeof buildPasskeyOrganisation>[1] = {}, role = Role.EMPLOYEE) {
  const organisation = await buildPasskeyOrganisation(server, policy);
  const user = await buildUser(server, { organisation, role });
  return { organisation, user, client: await signIn(server, user) };
}

/** Starts a registration and answers it with the authenticator, spoiled as the test says. */
async function attempt(
  client: GraphQLClient,
  authenticator: SoftwareAuthenticator,
  overrides: Parameters<SoftwareAuthenticator["register"]>[1] = {},
) {
  const started = await startRegistration(client);
  return finishRegistration(client, started.challengeId, authenticator.register(started.options, overrides));
}

describe("successful passkey registration", () => {
  it("registers an ES256 passkey with none attestation, named from its AAGUID, and audits it", async () => {
    const { user, client } = await employee();
    const authenticator = authenticatorFor(server, { aaguid: APPLE });
    const payload = await registerPasskey(client, authenticator);
    expect(payload.credential).toMatchObject({
      id: authenticator.credential.id,
      name: "Apple Passwords",
      authenticatorName: "Apple Passwords",
      aaguid: APPLE,
      synced: true,
      backupEligible: true,
      transports: ["internal", "hybrid"],
      lastUsedAt: null,
    });
    const [stored] = await credentialsOf(user);
    expect(stored).toMatchObject({
      attestationFormat: "none",
      signCount: 0,
      organisationId: user.organisationId,
      revokedAt: null,
    });
    expect(Buffer.from(stored.publicKey, "base64url").length).toBeGreaterThan(64);
    const [event] = await eventsOf(user, "PASSKEY_REGISTERED");
    expect(event).toMatchObject({ actorId: user.id, organisationId: user.organisationId });
    expect(event.data).toMatchObject({
      credentialId: authenticator.credential.id,
      aaguid: APPLE,
      attestationFormat: "none",
    });
  });

  it("registers an EdDSA passkey with packed self-attestation", async () => {
    const { user, client } = await employee();
    const authenticator = authenticatorFor(server, {
      algorithm: "EdDSA",
      attestation: "packed",
      aaguid: YUBIKEY,
      flags: { be: false, bs: false },
    });
    const payload = await registerPasskey(client, authenticator);
    expect(payload.credential).toMatchObject({ aaguid: YUBIKEY, synced: false, backupEligible: false });
    expect(payload.credential.authenticatorName).toMatch(/YubiKey/);
    expect((await credentialsOf(user))[0].attestationFormat).toBe("packed");
  });

  it("registers an ES256 passkey with packed attestation", async () => {
    const { user, client } = await employee();
    await registerPasskey(client, authenticatorFor(server, { attestation: "packed" }));
    expect((await credentialsOf(user))[0].attestationFormat).toBe("packed");
  });

  it("takes the caller's name, trimmed, and falls back to 'Passkey' for an unknown authenticator", async () => {
    const { client } = await employee();
    const named = await registerPasskey(client, authenticatorFor(server, { aaguid: APPLE }), {}, "  Work phone  ");
    expect(named.credential.name).toBe("Work phone");
    const unnamed = await registerPasskey(client, authenticatorFor(server), {}, "   ");
    expect(unnamed.credential).toMatchObject({ name: "Passkey", authenticatorName: null });
  });

  it("asks for a discoverable credential with the user's random handle, the policy's UV, and excludes existing passkeys", async () => {
    const { user, client } = await employee();
    const first = await startRegistration(client);
    const o = first.options;
    expect(o.rp).toEqual({ id: server.config.rpId, name: server.config.rpName });
    expect(o.user.id).toBe(user.webauthnUserId);
    expect(o.user.id).not.toContain(user.id);
    expect(o.user.name).toBe(user.email);
    expect(o.authenticatorSelection).toMatchObject({
      residentKey: "required",
      requireResidentKey: true,
      userVerification: "required",
    });
    expect(o.pubKeyCredParams.map((p: { alg: number }) => p.alg)).toEqual([-7, -8, -257]);
    expect(o.attestation).toBe("none");
    expect(o.excludeCredentials).toEqual([]);
    expect(Buffer.from(o.challenge, "base64url")).toHaveLength(32);
    expect(new Date(first.expiresAt).getTime() - server.clock.now().getTime()).toBe(5 * MINUTE);

    const authenticator = authenticatorFor(server);
    await registerPasskey(client, authenticator, { transports: ["usb", "nfc"] });
    const second = await startRegistration(client);
    expect(second.options.excludeCredentials).toEqual([
      { id: authenticator.credential.id, type: "public-key", transports: ["usb", "nfc"] },
    ]);
    await server.services.credentials.revoke(user, null, { user, sessionId: "", ip: null });
    expect((await startRegistration(client)).options.excludeCredentials).toEqual([]);
  });

  it("asks for direct attestation when the policy has an authenticator allowlist, and preferred UV when the policy says so", async () => {
    const { client } = await employee({
      allowedAuthenticators: [APPLE],
      userVerification: UserVerificationRequirement.PREFERRED,
    });
    const { options } = await startRegistration(client);
    expect(options.attestation).toBe("direct");
    expect(options.authenticatorSelection.userVerification).toBe("preferred");
  });

  it("accepts a response without UV when the policy only prefers it", async () => {
    const { client } = await employee({ userVerification: UserVerificationRequirement.PREFERRED });
    const res = await attempt(client, authenticatorFor(server), { flags: { uv: false } });
    expect(res.errors).toBeUndefined();
  });

  it("accepts an allowed authenticator", async () => {
    const { client } = await employee({ allowedAuthenticators: [APPLE.toUpperCase()] });
    const res = await attempt(client, authenticatorFor(server, { aaguid: APPLE, attestation: "packed" }));
    expect(res.errors).toBeUndefined();
  });

  it("lifts a restricted bearer session and rotates its token: the old token is dead, the new one works", async () => {
    const { user, client } = await employee({ forcePasskeySetup: true });
    const before = await client.ok("{ viewer { session { id restricted } passkeySetup { nextStep } } }");
    expect(before.viewer).toMatchObject({ session: { restricted: true }, passkeySetup: { nextStep: "REQUIRE_SETUP" } });
    expect(codeOf(await client.request("{ viewer { organisation { passkeyPolicy { enabled } } } }"))).toBe(
      "PASSKEY_SETUP_REQUIRED",
    );
    const oldToken = client.bearer!;

    const payload = await registerPasskey(client, authenticatorFor(server));
    expect(payload.token).toEqual(expect.any(String));
    expect(payload.token).not.toBe(oldToken);
    expect(payload.viewer).toMatchObject({
      authenticated: true,
      user: { id: user.id },
      passkeySetup: { nextStep: "NONE", hasPasskey: true },
    });
    expect(payload.viewer.session.id).not.toBe(before.viewer.session.id);

    const fresh = server.client();
    fresh.bearer = payload.token;
    const after = await fresh.ok("{ viewer { session { restricted } organisation { passkeyPolicy { enabled } } } }");
    expect(after.viewer.session.restricted).toBe(false);
    const stale = server.client();
    stale.bearer = oldToken;
    expect((await stale.ok("{ viewer { authenticated } }")).viewer.authenticated).toBe(false);
  });

  it("rotates a cookie session's cookie and never puts the token in the body", async () => {
    const organisation = await buildPasskeyOrganisation(server, { forcePasskeySetup: true });
    const user = await buildUser(server, { organisation, password: "correct horse battery staple" });
    const client = server.client();
    await client.ok(`mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`, {
      i: { organisationSlug: organisation.slug, email: user.email, password: "correct horse battery staple" },
    });
    const [cookieName, oldCookie] = [...client.cookies][0];
    const payload = await registerPasskey(client, authenticatorFor(server));
    expect(payload.token).toBeNull();
    const newCookie = client.cookies.get(cookieName);
    expect(newCookie).toBeDefined();
    expect(newCookie).not.toBe(oldCookie);
    expect((await client.ok("{ viewer { session { restricted } } }")).viewer.session.restricted).toBe(false);
    const stale = server.client();
    stale.cookies.set(cookieName, oldCookie);
    expect((await stale.ok("{ viewer { authenticated } }")).viewer.authenticated).toBe(false);
  });

  it("lets SUPPORT staff, who belong to no organisation, register (they are always MANDATORY)", async () => {
    const support = await buildUser(server, { role: Role.SUPPORT });
    const client = await signIn(server, support);
    const payload = await registerPasskey(client, authenticatorFor(server));
    expect(payload.viewer.passkeySetup.nextStep).toBe("NONE");
    expect((await credentialsOf(support))[0].organisationId).toBeNull();
  });
});

describe("failing passkey registration", () => {
  it("answers FEATURE_NOT_ACTIVATED before support activated passkeys for the organisation", async () => {
    const organisation = await buildOrganisation(server, { policy: { enabled: true } });
    const client = await signIn(server, await buildUser(server, { organisation }));
    expect(codeOf(await client.request(`mutation { startPasskeyRegistration { challengeId } }`))).toBe(
      "FEATURE_NOT_ACTIVATED",
    );
  });

  it("answers FORBIDDEN while the organisation's requirement is OFF (switched off, or scheduled later)", async () => {
    const off = await buildOrganisation(server, { passkeysActivated: true });
    const offClient = await signIn(server, await buildUser(server, { organisation: off }));
    expect(codeOf(await offClient.request(`mutation { startPasskeyRegistration { challengeId } }`))).toBe("FORBIDDEN");
    const later = await buildPasskeyOrganisation(server, {
      enabledFrom: new Date(server.clock.now().getTime() + 86_400_000),
    });
    const laterClient = await signIn(server, await buildUser(server, { organisation: later }));
    expect(codeOf(await laterClient.request(`mutation { startPasskeyRegistration { challengeId } }`))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses at the finish when the admin switched passkeys off after the start", async () => {
    const { organisation, client } = await employee();
    const started = await startRegistration(client);
    await server.dataSource
      .getRepository("PasskeyPolicy")
      .update({ organisationId: organisation.id }, { enabled: false });
    const res = await finishRegistration(
      client,
      started.challengeId,
      authenticatorFor(server).register(started.options),
    );
    expect(codeOf(res)).toBe("FORBIDDEN");
  });

  const failures: [string, Parameters<SoftwareAuthenticator["register"]>[1], string][] = [
    ["a wrong origin", { origin: "https://evil.example" }, "origin"],
    ["a wrong RP ID", { rpId: "evil.example" }, "RP ID"],
    ["no user verification when the policy requires it", { flags: { uv: false } }, "user verification"],
    ["no user presence", { flags: { up: false } }, "user presence"],
    ["another challenge", { challenge: Buffer.alloc(32, 7).toString("base64url") }, "challenge"],
    ["a sign-in client data type", { type: "webauthn.get" }, "client data type"],
  ];
  for (const [what, overrides, check] of failures) {
    it(`refuses ${what} with CEREMONY_FAILED and stores nothing`, async () => {
      const { user, client } = await employee();
      const res = await attempt(client, authenticatorFor(server), overrides);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
      expect(res.errors?.[0].message).toContain(check);
      expect(await credentialsOf(user)).toEqual([]);
    });
  }

  it("refuses a replayed finish with CHALLENGE_EXPIRED", async () => {
    const { user, client } = await employee();
    const started = await startRegistration(client);
    const response = authenticatorFor(server).register(started.options);
    expect((await finishRegistration(client, started.challengeId, response)).errors).toBeUndefined();
    client.bearer = null; // the rotated token is not needed: replay with a fresh full session
    const again = await signIn(server, user);
    expect(codeOf(await finishRegistration(again, started.challengeId, response))).toBe("CHALLENGE_EXPIRED");
    expect(await credentialsOf(user)).toHaveLength(1);
  });

  it("refuses a challenge five minutes old with CHALLENGE_EXPIRED", async () => {
    const { user, client } = await employee();
    const started = await startRegistration(client);
    server.clock.advance(5 * MINUTE);
    try {
      const res = await finishRegistration(
        client,
        started.challengeId,
        authenticatorFor(server).register(started.options),
      );
      expect(codeOf(res)).toBe("CHALLENGE_EXPIRED");
      expect(await credentialsOf(user)).toEqual([]);
    } finally {
      server.clock.advance(-5 * MINUTE);
    }
  });

  it("refuses another user's challenge, another session's challenge and a sign-in challenge", async () => {
    const { client: alice, user: aliceUser, organisation } = await employee();
    const bob = await buildUser(server, { organisation });
    const started = await startRegistration(alice);
    const response = authenticatorFor(server).register(started.options);
    expect(codeOf(await finishRegistration(await signIn(server, bob), started.challengeId, response))).toBe(
      "CHALLENGE_EXPIRED",
    );

    const otherSession = await signIn(server, aliceUser);
    expect(codeOf(await finishRegistration(otherSession, started.challengeId, response))).toBe("CHALLENGE_EXPIRED");

    const signInChallenge = await startSignIn(server.client(), {});
    const res = await finishRegistration(
      alice,
      signInChallenge.challengeId,
      authenticatorFor(server).register({ ...started.options, challenge: signInChallenge.options.challenge }),
    );
    expect(codeOf(res)).toBe("CHALLENGE_EXPIRED");
    // The right session still can: nothing above used the challenge up.
    expect((await finishRegistration(alice, started.challengeId, response)).errors).toBeUndefined();
  });

  it("refuses a credential ID registered before, by anyone, as already registered", async () => {
    const first = await employee();
    const authenticator = authenticatorFor(server);
    await registerPasskey(first.client, authenticator);
    const second = await employee();
    const res = await attempt(second.client, authenticatorFor(server), { credentialId: authenticator.credential.id });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    expect(res.errors?.[0].message).toContain("already registered");
    expect(await credentialsOf(second.user)).toEqual([]);
  });

  it("refuses an authenticator that is not on the organisation's allowlist", async () => {
    const { user, client } = await employee({ allowedAuthenticators: [YUBIKEY] });
    const res = await attempt(client, authenticatorFor(server, { aaguid: APPLE, attestation: "packed" }));
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    expect(res.errors?.[0].message).toContain("not allowed");
    expect(await credentialsOf(user)).toEqual([]);
  });

  describe("malformed responses answer a contract code, never a 500, and store nothing", () => {
    const valid = async () => {
      const { user, client } = await employee();
      const started = await startRegistration(client);
      return { user, client, started, response: authenticatorFor(server).register(started.options) };
    };
    const cases: [string, (r: any) => unknown, string][] = [
      ["a string instead of an object", () => "nope", "BAD_USER_INPUT"],
      ["an array", () => [], "BAD_USER_INPUT"],
      ["no id", (r) => ({ ...r, id: undefined }), "BAD_USER_INPUT"],
      ["no response", (r) => ({ ...r, response: undefined }), "BAD_USER_INPUT"],
      [
        "a numeric clientDataJSON",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: 42 } }),
        "BAD_USER_INPUT",
      ],
      [
        "no attestationObject",
        (r) => ({ ...r, response: { ...r.response, attestationObject: undefined } }),
        "BAD_USER_INPUT",
      ],
      [
        "transports that are not strings",
        (r) => ({ ...r, response: { ...r.response, transports: [1] } }),
        "BAD_USER_INPUT",
      ],
      ["an id that is not base64url", (r) => ({ ...r, id: "not base64!", rawId: "not base64!" }), "CEREMONY_FAILED"],
      ["an id that differs from rawId", (r) => ({ ...r, rawId: "AAAA" }), "CEREMONY_FAILED"],
      ["a type other than public-key", (r) => ({ ...r, type: "password" }), "CEREMONY_FAILED"],
      [
        "clientDataJSON that is not base64url",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: "%%%" } }),
        "CEREMONY_FAILED",
      ],
      [
        "clientDataJSON that is not JSON",
        (r) => ({ ...r, response: { ...r.response, clientDataJSON: Buffer.from("{not json").toString("base64url") } }),
        "CEREMONY_FAILED",
      ],
      [
        "clientDataJSON without a challenge",
        (r) => ({
          ...r,
          response: { ...r.response, clientDataJSON: Buffer.from('{"type":"webauthn.create"}').toString("base64url") },
        }),
        "CEREMONY_FAILED",
      ],
      [
        "an attestationObject that is not base64url",
        (r) => ({ ...r, response: { ...r.response, attestationObject: "***" } }),
        "CEREMONY_FAILED",
      ],
      [
        "an attestationObject that is not CBOR",
        (r) => ({
          ...r,
          response: { ...r.response, attestationObject: Buffer.from([0xff, 0x00, 0x13]).toString("base64url") },
        }),
        "CEREMONY_FAILED",
      ],
      [
        "an empty attestationObject",
        (r) => ({ ...r, response: { ...r.response, attestationObject: "" } }),
        "CEREMONY_FAILED",
      ],
      [
        "truncated authenticator data",
        (r) => ({ ...r, response: { ...r.response, attestationObject: r.response.attestationObject.slice(0, 60) } }),
        "CEREMONY_FAILED",
      ],
    ];
    for (const [what, spoil, code] of cases) {
      it(`${what}: ${code}`, async () => {
        const { user, client, started, response } = await valid();
        const res = await finishRegistration(client, started.challengeId, spoil(response));
        expect(res.status).toBeLessThan(500);
        expect(codeOf(res)).toBe(code);
        expect(await credentialsOf(user)).toEqual([]);
      });
    }

    it("a challenge id that is not an id: CHALLENGE_EXPIRED", async () => {
      const { client, response } = await valid();
      expect(codeOf(await finishRegistration(client, "x".repeat(500), response))).toBe("CHALLENGE_EXPIRED");
    });

    it("a name over 100 characters or with control characters: BAD_USER_INPUT", async () => {
      const { client, started, response } = await valid();
      expect(codeOf(await finishRegistration(client, started.challengeId, response, "x".repeat(101)))).toBe(
        "BAD_USER_INPUT",
      );
      expect(codeOf(await finishRegistration(client, started.challengeId, response, "a\u0000b"))).toBe(
        "BAD_USER_INPUT",
      );
    });
  });
});

describe("passkeyAuthenticators", () => {
  it("lists the bundled authenticators for anyone, for the console's allowlist picker", async () => {
    const { passkeyAuthenticators } = await server.client().ok(`{ passkeyAuthenticators { aaguid name } }`);
    expect(passkeyAuthenticators).toContainEqual({ aaguid: APPLE, name: "Apple Passwords" });
    expect(passkeyAuthenticators.length).toBeGreaterThan(100);
  });
});

describe("credential ID limits", () => {
  it("refuses a credential ID over WebAuthn's 1,023 bytes", async () => {
    const { user, client } = await employee();
    const res = await attempt(client, authenticatorFor(server), {
      credentialId: Buffer.alloc(1024, 3).toString("base64url"),
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    expect(await credentialsOf(user)).toEqual([]);
  });

  it("accepts one of exactly 1,023 bytes, and signs in with it", async () => {
    const { client } = await employee();
    const authenticator = authenticatorFor(server);
    await registerPasskey(client, authenticator, { credentialId: Buffer.alloc(1023, 4).toString("base64url") });
    const started = await startSignIn(server.client(), {});
    const res = await server
      .client()
      .request(`mutation($i: FinishPasskeySignInInput!) { finishPasskeySignIn(input: $i) { token } }`, {
        i: {
          challengeId: started.challengeId,
          response: authenticator.authenticate(started.options),
          delivery: "BEARER",
        },
      });
    expect(res.errors).toBeUndefined();
  });
});
