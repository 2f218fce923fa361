import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatorFor, buildPasskeyOrganisation, registerPasskey } from "../../../test/ceremonies";
import { buildOrganisation, buildUser, signIn } from "../../../test/factories";
import { codeOf, GraphQLClient, MINUTE, startTestServer, TestServer, withoutStacktraces } from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { User } from "../users/user.entity";
import { SignInCode } from "./sign-in-code.entity";
import { CODE_ALPHABET } from "./sign-in-code.rules";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CREATE = `mutation { createSignInCode { code expiresAt } }`;
const RECOVER = `mutation($u: ID!) { issueRecoveryCode(userId: $u) { code expiresAt } }`;
const SIGN_IN = `mutation($i: CodeSignInInput!) {
  signInWithCode(input: $i) {
    token
    viewer { user { id } session { authMethod userVerified restricted } passkeySetup { nextStep reason canSkip } }
  }
}`;
const VIEWER = `{ viewer { authenticated user { id } session { authMethod restricted } passkeySetup { nextStep requirement reason canSkip hasPasskey } } }`;
const CODE_SHAPE = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

interface Member {
  organisation: Organisation | null;
  user: User;
  /** A full session on the member's phone. */
  phone: GraphQLClient;
}

/** A user of an OPTIONAL passkey organisation (or a SUPPORT user) who is signed in on the phone. */
async function member(options: { policy?: Partial<PasskeyPolicy>; role?: Role; organisation?: Organisation } = {}) {
  const organisation =
    options.role === Role.SUPPORT
      ? null
      : (options.organisation ?? (await buildPasskeyOrganisation(server, options.policy)));
  const user = await buildUser(server, { organisation, role: options.role });
  const phone = await signIn(server, user);
  // SUPPORT is always mandatory: a full session needs a passkey first.
  if (options.role === Role.SUPPORT) await registerPasskey(phone, authenticatorFor(server));
  return { organisation, user, phone } satisfies Member;
}

async function createCode(client: GraphQLClient): Promise<{ code: string; expiresAt: string }> {
  return (await client.ok(CREATE)).createSignInCode;
}

function useCode(m: Pick<Member, "organisation" | "user">, code: string, overrides: Record<string, unknown> = {}) {
  const laptop = server.client();
  const input = {
    organisationSlug: m.organisation?.slug ?? null,
    email: m.user.email,
    code,
    delivery: "BEARER",
    ...overrides,
  };
  return { laptop, result: laptop.request(SIGN_IN, { i: input }) };
}

async function signInWithCode(m: Pick<Member, "organisation" | "user">, code: string, overrides = {}) {
  const { laptop, result } = useCode(m, code, overrides);
  const res = await result;
  if (res.data?.signInWithCode?.token) laptop.bearer = res.data.signInWithCode.token;
  return { laptop, res };
}

const events = (user: User, type: string) =>
  server.dataSource
    .getRepository(AuditEvent)
    .find({ where: { subjectId: user.id, type: type as never }, order: { createdAt: "ASC", id: "ASC" } });

const codeRows = (user: User) => server.dataSource.getRepository(SignInCode).find({ where: { userId: user.id } });

describe("createSignInCode", () => {
  it("makes an 8-character code from the unambiguous alphabet, shown XXXX-XXXX, valid for 10 minutes", async () => {
    const m = await member();
    const { code, expiresAt } = await createCode(m.phone);
    expect(code).toMatch(CODE_SHAPE);
    expect(new Date(expiresAt).getTime()).toBe(server.clock.now().getTime() + 10 * MINUTE);
  });

  it("stores only an argon2id hash of the code, and audits its creation without the code", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    const [row] = await codeRows(m.user);
    expect(row.codeHash).toMatch(/^\$argon2id\$/);
    expect(row.codeHash).not.toContain(code.replace("-", ""));
    expect(row).toMatchObject({ kind: "DEVICE", createdById: m.user.id, failedAttempts: 0, usedAt: null });
    const [created] = await events(m.user, "SIGN_IN_CODE_CREATED");
    expect(created).toMatchObject({ actorId: m.user.id, organisationId: m.organisation!.id });
    expect(JSON.stringify(created.data)).not.toContain(code.replace("-", ""));
    expect(JSON.stringify(created.data)).not.toContain(code);
  });

  it("replaces the previous code: only the newest one works", async () => {
    const m = await member();
    const first = await createCode(m.phone);
    const second = await createCode(m.phone);
    expect(codeOf((await signInWithCode(m, first.code)).res)).toBe("INVALID_CREDENTIALS");
    expect((await signInWithCode(m, second.code)).res.errors).toBeUndefined();
    const created = (await events(m.user, "SIGN_IN_CODE_CREATED")).map((e) => e.data!.replacedCodes ?? 0).sort();
    expect(created).toEqual([0, 1]);
  });

  it("needs a full session: a restricted one must set up its passkey first", async () => {
    const m = await member({ policy: { forcePasskeySetup: true } });
    expect(codeOf(await m.phone.request(CREATE))).toBe("PASSKEY_SETUP_REQUIRED");
    expect(codeOf(await server.client().request(CREATE))).toBe("UNAUTHENTICATED");
    expect(await codeRows(m.user)).toEqual([]);
  });
});

describe("signInWithCode", () => {
  it("signs the user in on a second device with a SIGN_IN_CODE session and offers a passkey for that device", async () => {
    const m = await member();
    await registerPasskey(m.phone, authenticatorFor(server));
    const { code } = await createCode(m.phone);
    const { laptop, res } = await signInWithCode(m, code);
    expect(res.errors).toBeUndefined();
    expect(res.data.signInWithCode).toMatchObject({
      token: expect.any(String),
      viewer: {
        user: { id: m.user.id },
        session: { authMethod: "SIGN_IN_CODE", userVerified: false, restricted: false },
        passkeySetup: { nextStep: "OFFER_SETUP", reason: "NEW_DEVICE", canSkip: true },
      },
    });
    expect((await laptop.ok(VIEWER)).viewer.user.id).toBe(m.user.id);

    const [used] = await events(m.user, "SIGN_IN_CODE_USED");
    expect(used).toMatchObject({ actorId: m.user.id, data: { kind: "DEVICE" } });
    const succeeded = await events(m.user, "SIGN_IN_SUCCEEDED");
    expect(succeeded.at(-1)!.data).toMatchObject({ method: "SIGN_IN_CODE", codeId: used.data!.codeId });
    expect((await server.dataSource.getRepository(User).findOneByOrFail({ id: m.user.id })).lastSignInAt).toEqual(
      server.clock.now(),
    );
  });

  it("sets a cookie for COOKIE delivery and never shows the token", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    const { laptop, res } = await signInWithCode(m, code, { delivery: "COOKIE" });
    expect(res.errors).toBeUndefined();
    expect(res.data.signInWithCode.token).toBeNull();
    expect(res.headers.getSetCookie().join("\n")).toMatch(/HttpOnly/i);
    expect((await laptop.ok(VIEWER)).viewer.session.authMethod).toBe("SIGN_IN_CODE");
  });

  it.each([
    ["without the dash", (c: string) => c.replace("-", "")],
    ["in lower case", (c: string) => c.toLowerCase()],
    ["with spaces around and inside", (c: string) => ` ${c.slice(0, 4)} ${c.slice(5)} `],
  ])("accepts the code %s", async (_label, typed) => {
    const m = await member();
    const { code } = await createCode(m.phone);
    expect((await signInWithCode(m, typed(code))).res.errors).toBeUndefined();
  });

  it("is single use", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    expect((await signInWithCode(m, code)).res.errors).toBeUndefined();
    expect(codeOf((await signInWithCode(m, code)).res)).toBe("INVALID_CREDENTIALS");
    const failed = await events(m.user, "SIGN_IN_FAILED");
    expect(failed.at(-1)!.data).toEqual({ method: "SIGN_IN_CODE", reason: "no_live_code" });
  });

  it("works for 10 minutes and not a moment longer", async () => {
    const m = await member();
    const early = await createCode(m.phone);
    server.clock.advance(10 * MINUTE - 1000);
    expect((await signInWithCode(m, early.code)).res.errors).toBeUndefined();

    const late = await createCode(m.phone);
    server.clock.advance(10 * MINUTE);
    expect(codeOf((await signInWithCode(m, late.code)).res)).toBe("INVALID_CREDENTIALS");
  });

  it("is dead after 5 wrong tries, even for the right code", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    const wrong = code[0] === "A" ? "B" + code.slice(1) : "A" + code.slice(1);
    for (let i = 0; i < 5; i++) expect(codeOf((await signInWithCode(m, wrong)).res)).toBe("INVALID_CREDENTIALS");
    expect(codeOf((await signInWithCode(m, code)).res)).toBe("INVALID_CREDENTIALS");
    // Same-millisecond events (the test clock stands still): compare them as a set.
    const reasons = (await events(m.user, "SIGN_IN_FAILED")).map((e) => e.data!.reason).sort();
    expect(reasons).toEqual(["no_tries_left", ...Array(5).fill("wrong_code")]);
    expect(await events(m.user, "SIGN_IN_SUCCEEDED")).toEqual([]);
  });

  it("checks at most 5 of many guesses racing on one code", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    // Nine: below the account's rate limit (10), so that only the code's own limit is at work.
    const guesses = Array.from({ length: 9 }, (_, i) => CODE_ALPHABET[i].repeat(8)).filter(
      (g) => g !== code.replace("-", ""),
    );
    const results = await Promise.all(guesses.map((g) => useCode(m, g).result));
    expect(results.map(codeOf)).toEqual(Array(guesses.length).fill("INVALID_CREDENTIALS"));
    const [row] = await codeRows(m.user);
    expect(row.failedAttempts).toBe(5);
    expect(codeOf((await signInWithCode(m, code)).res)).toBe("INVALID_CREDENTIALS");
  });

  it("lets exactly one of two racing uses of the right code through", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    const results = await Promise.all([useCode(m, code).result, useCode(m, code).result]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(["INVALID_CREDENTIALS"]);
    expect(await events(m.user, "SIGN_IN_CODE_USED")).toHaveLength(1);
  });

  it("is bound to its user: another user's email with it fails, and it still works for its owner", async () => {
    const m = await member();
    const colleague = await buildUser(server, { organisation: m.organisation });
    const { code } = await createCode(m.phone);
    expect(codeOf((await signInWithCode({ organisation: m.organisation, user: colleague }, code)).res)).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await signInWithCode(m, code)).res.errors).toBeUndefined();
  });

  it("is bound to its organisation: the same email in another organisation fails", async () => {
    const m = await member();
    const elsewhere = await buildPasskeyOrganisation(server);
    await buildUser(server, { organisation: elsewhere, email: m.user.email });
    const { code } = await createCode(m.phone);
    expect(codeOf((await signInWithCode(m, code, { organisationSlug: elsewhere.slug })).res)).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(codeOf((await signInWithCode(m, code, { organisationSlug: null })).res)).toBe("INVALID_CREDENTIALS");
    expect((await signInWithCode(m, code)).res.errors).toBeUndefined();
  });

  it("answers every failure with the same error and message, whatever the reason", async () => {
    const m = await member();
    const disabled = await member({ organisation: m.organisation! });
    const disabledCode = await createCode(disabled.phone);
    await server.dataSource.getRepository(User).update({ id: disabled.user.id }, { disabledAt: server.clock.now() });
    const { code } = await createCode(m.phone);
    const wrong = code[0] === "A" ? "B" + code.slice(1) : "A" + code.slice(1);

    const failures = [
      (await signInWithCode(m, code, { organisationSlug: "no-such-organisation" })).res,
      (await signInWithCode(m, code, { email: "nobody@example.test" })).res,
      (await signInWithCode(m, wrong)).res,
      (await signInWithCode(disabled, disabledCode.code)).res,
    ];
    const seen = failures.map(withoutStacktraces);
    expect(seen[0].errors).toEqual([
      {
        message: "The organisation, email or code is not right, or the code has expired.",
        path: ["signInWithCode"],
        locations: [{ line: 2, column: 3 }],
        extensions: { code: "INVALID_CREDENTIALS" },
      },
    ]);
    for (const failure of seen) expect(failure).toEqual(seen[0]);
    expect((await events(disabled.user, "SIGN_IN_FAILED")).at(-1)!.data!.reason).toBe("disabled");
  });

  it.each([
    ["too short", "K7QX-2M9"],
    ["a character the alphabet lacks", "K7QX-2M90"],
    ["far too long", "K".repeat(5000)],
  ])("refuses a code that is %s with BAD_USER_INPUT, not counting it as a try", async (_label, typed) => {
    const m = await member();
    const { code } = await createCode(m.phone);
    const { res } = await signInWithCode(m, typed);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "code" } });
    expect((await codeRows(m.user))[0].failedAttempts).toBe(0);
    expect((await signInWithCode(m, code)).res.errors).toBeUndefined();
  });

  it("refuses absurd emails and organisations with BAD_USER_INPUT and wrong types at validation", async () => {
    const m = await member();
    const { code } = await createCode(m.phone);
    expect(codeOf((await signInWithCode(m, code, { email: `${"a".repeat(300)}@example.test` })).res)).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf((await signInWithCode(m, code, { organisationSlug: "x".repeat(65) })).res)).toBe("BAD_USER_INPUT");
    expect(codeOf((await signInWithCode(m, code, { code: 12345678 })).res)).toBe("BAD_USER_INPUT");
    expect(codeOf((await signInWithCode(m, code, { delivery: "CARRIER_PIGEON" })).res)).toBe("BAD_USER_INPUT");
  });

  it("signs SUPPORT staff in without an organisation, as a new device that must make its own passkey", async () => {
    const m = await member({ role: Role.SUPPORT });
    const { code } = await createCode(m.phone);
    const { laptop, res } = await signInWithCode(m, code, { organisationSlug: null });
    expect(res.errors).toBeUndefined();
    expect((await laptop.ok(VIEWER)).viewer).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE", restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", reason: "NEW_DEVICE", hasPasskey: true },
    });
  });
});

describe("the new device under each requirement", () => {
  it("MANDATORY: restricted until it registers its own passkey in that session, which rotates the token", async () => {
    const m = await member({ policy: { forcePasskeySetup: true } });
    await registerPasskey(m.phone, authenticatorFor(server));
    const { code } = await createCode(m.phone);
    const { laptop } = await signInWithCode(m, code);
    expect((await laptop.ok(VIEWER)).viewer).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE", restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", reason: "NEW_DEVICE", canSkip: false },
    });
    const orgQuery = `query($id: ID) { organisation(id: $id) { name } }`;
    expect(codeOf(await laptop.request(CREATE))).toBe("PASSKEY_SETUP_REQUIRED");
    expect(codeOf(await laptop.request(`mutation { skipPasskeySetup { authenticated } }`))).toBe("FORBIDDEN");

    const before = laptop.bearer!;
    await registerPasskey(laptop, authenticatorFor(server), {}, "Work laptop");
    expect(laptop.bearer).not.toBe(before);
    expect((await laptop.ok(VIEWER)).viewer).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE", restricted: false },
      passkeySetup: { nextStep: "NONE" },
    });
    expect(codeOf(await laptop.request(orgQuery, { id: m.organisation!.id }))).toBe("FORBIDDEN"); // an employee
    const stale = server.client();
    stale.bearer = before;
    expect((await stale.ok(VIEWER)).viewer.authenticated).toBe(false);
    // The phone was never a new device.
    expect((await m.phone.ok(VIEWER)).viewer.passkeySetup.nextStep).toBe("NONE");
  });

  it("OPTIONAL: the new device may skip, which ends the prompt for that session only", async () => {
    const m = await member();
    await registerPasskey(m.phone, authenticatorFor(server));
    const first = await signInWithCode(m, (await createCode(m.phone)).code);
    const skipped = await first.laptop.ok(`mutation { skipPasskeySetup { passkeySetup { nextStep } } }`);
    expect(skipped.skipPasskeySetup.passkeySetup.nextStep).toBe("NONE");
    const second = await signInWithCode(m, (await createCode(m.phone)).code);
    expect((await second.laptop.ok(VIEWER)).viewer.passkeySetup).toMatchObject({
      nextStep: "OFFER_SETUP",
      reason: "NEW_DEVICE",
    });
  });

  it("OFF: a code still signs in, and there is nothing to set up", async () => {
    const organisation = await buildOrganisation(server);
    const m = await member({ organisation });
    const { laptop, res } = await signInWithCode(m, (await createCode(m.phone)).code);
    expect(res.errors).toBeUndefined();
    expect((await laptop.ok(VIEWER)).viewer.passkeySetup).toMatchObject({ nextStep: "NONE", requirement: "OFF" });
  });
});

describe("issueRecoveryCode", () => {
  it("an admin issues a code for an employee who lost every device; the employee signs in and makes a new passkey", async () => {
    const m = await member({ policy: { forcePasskeySetup: true } });
    await registerPasskey(m.phone, authenticatorFor(server));
    const adminUser = await buildUser(server, { organisation: m.organisation, role: Role.ORG_ADMIN });
    const admin = await signIn(server, adminUser);
    await registerPasskey(admin, authenticatorFor(server));
    await admin.ok(`mutation($u: ID!) { revokeUserCredentials(userId: $u, endSessions: true) { passkeyStatus } }`, {
      u: m.user.id,
    });

    const { code, expiresAt } = (await admin.ok(RECOVER, { u: m.user.id })).issueRecoveryCode;
    expect(code).toMatch(CODE_SHAPE);
    expect(new Date(expiresAt).getTime()).toBe(server.clock.now().getTime() + 10 * MINUTE);
    const [issued] = await events(m.user, "RECOVERY_CODE_ISSUED");
    expect(issued).toMatchObject({ actorId: adminUser.id, subjectId: m.user.id });
    expect((await codeRows(m.user))[0]).toMatchObject({ kind: "RECOVERY", createdById: adminUser.id });

    const { laptop } = await signInWithCode(m, code);
    expect((await laptop.ok(VIEWER)).viewer).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE", restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", reason: "NEW_DEVICE", hasPasskey: false },
    });
    await registerPasskey(laptop, authenticatorFor(server));
    expect((await laptop.ok(VIEWER)).viewer.passkeySetup).toMatchObject({ nextStep: "NONE", hasPasskey: true });
    expect((await events(m.user, "SIGN_IN_CODE_USED"))[0].data).toMatchObject({ kind: "RECOVERY" });
  });

  it("support issues codes for anyone, SUPPORT users included; an unknown or malformed user id is NOT_FOUND", async () => {
    const support = await member({ role: Role.SUPPORT });
    const colleague = await member({ role: Role.SUPPORT });
    const employee = await member();
    for (const target of [colleague, employee]) {
      expect((await support.phone.ok(RECOVER, { u: target.user.id })).issueRecoveryCode.code).toMatch(CODE_SHAPE);
    }
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id", "x".repeat(5000)]) {
      expect(codeOf(await support.phone.request(RECOVER, { u: id }))).toBe("NOT_FOUND");
    }
  });

  it("refuses a disabled user with FORBIDDEN", async () => {
    const support = await member({ role: Role.SUPPORT });
    const m = await member();
    await server.dataSource.getRepository(User).update({ id: m.user.id }, { disabledAt: server.clock.now() });
    expect(codeOf(await support.phone.request(RECOVER, { u: m.user.id }))).toBe("FORBIDDEN");
    expect(await codeRows(m.user)).toEqual([]);
  });
});
