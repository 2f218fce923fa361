import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { authenticatorFor, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildOrganisation, buildUser } from "./factories";
import { codeOf, DAY, GraphQLClient, startTestServer, TestServer } from "./harness";

/** Journeys across modules, in the product's words, over real HTTP with a software authenticator. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PASSWORD = "correct horse battery staple";
const SIGN_IN = `mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
const VIEWER = `{ viewer { authenticated user { id } session { restricted authMethod } passkeySetup { nextStep requirement canSkip reason hasPasskey } } }`;

async function signInWithPassword(organisationSlug: string | null, email: string) {
  const client = server.client();
  await client.ok(SIGN_IN, { i: { organisationSlug, email, password: PASSWORD } });
  return client;
}

const viewerOf = async (client: GraphQLClient) => (await client.ok(VIEWER)).viewer;

async function updatePolicy(admin: GraphQLClient, organisationId: string, changes: Record<string, unknown>) {
  const { organisation } = await admin.ok(`query($id: ID) { organisation(id: $id) { passkeyPolicy { version } } }`, {
    id: organisationId,
  });
  return (
    await admin.ok(
      `mutation($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) { requirement version } }`,
      {
        i: { organisationId, expectedVersion: organisation.passkeyPolicy.version, ...changes },
      },
    )
  ).updatePasskeyPolicy;
}

describe("journeys", () => {
  it("support staff bootstrap with a password, register a passkey, and sign in with it from then on", async () => {
    const support = await buildUser(server, { role: Role.SUPPORT, password: PASSWORD });
    const client = await signInWithPassword(null, support.email);
    expect(await viewerOf(client)).toMatchObject({
      session: { restricted: true, authMethod: "PASSWORD" },
      passkeySetup: { nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", canSkip: false, reason: "FIRST_PASSKEY" },
    });
    expect(codeOf(await client.request(`{ organisations(first: 1) { totalCount } }`))).toBe("PASSKEY_SETUP_REQUIRED");

    const phone = authenticatorFor(server, { aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd" });
    const registered = await registerPasskey(client, phone);
    expect(registered.token).toBeNull(); // a cookie session: the new token went into the cookie
    expect(registered.credential.name).toBe("Apple Passwords");
    expect((await viewerOf(client)).session.restricted).toBe(false);
    await client.ok(`{ organisations(first: 1) { totalCount } }`);
    await client.ok(`mutation { signOut }`);

    // A password alone no longer does for someone who has a passkey.
    const again = server.client();
    expect(
      codeOf(await again.request(SIGN_IN, { i: { organisationSlug: null, email: support.email, password: PASSWORD } })),
    ).toBe("PASSKEY_REQUIRED");
    const started = await startSignIn(again, {});
    const res = await finishSignIn(again, started.challengeId, phone.authenticate(started.options), "COOKIE");
    expect(res.errors).toBeUndefined();
    expect(await viewerOf(again)).toMatchObject({
      user: { id: support.id },
      session: { restricted: false, authMethod: "PASSKEY" },
      passkeySetup: { nextStep: "NONE" },
    });
  });

  it("an admin enables passkeys as optional, then mandatory; an employee skips, is later forced, registers, and signs in with the passkey", async () => {
    // Support has activated passkeys; the admin has not switched them on yet.
    const organisation = await buildOrganisation(server, { passkeysActivated: true });
    const adminUser = await buildUser(server, { organisation, role: Role.ORG_ADMIN, password: PASSWORD });
    const employeeUser = await buildUser(server, { organisation, password: PASSWORD });
    const admin = await signInWithPassword(organisation.slug, adminUser.email);

    let employee = await signInWithPassword(organisation.slug, employeeUser.email);
    expect((await viewerOf(employee)).passkeySetup).toMatchObject({ nextStep: "NONE", requirement: "OFF" });
    expect(codeOf(await employee.request(`mutation { startPasskeyRegistration { challengeId } }`))).toBe("FORBIDDEN");

    // Optional: the employee is offered the prompt and skips it.
    expect(await updatePolicy(admin, organisation.id, { enabled: true })).toMatchObject({ requirement: "OPTIONAL" });
    expect((await viewerOf(employee)).passkeySetup).toMatchObject({
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
    });
    await employee.ok(`mutation { skipPasskeySetup { authenticated } }`);
    expect((await viewerOf(employee)).passkeySetup).toMatchObject({ nextStep: "NONE", requirement: "OPTIONAL" });

    // Mandatory from next week: nothing changes until then.
    await updatePolicy(admin, organisation.id, {
      forceSetupFrom: new Date(server.clock.now().getTime() + 7 * DAY).toISOString(),
    });
    expect((await viewerOf(employee)).passkeySetup.nextStep).toBe("NONE");
    server.clock.advanceDays(8);
    employee = await signInWithPassword(organisation.slug, employeeUser.email);
    expect(await viewerOf(employee)).toMatchObject({
      session: { restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", canSkip: false },
    });
    expect(codeOf(await employee.request(`mutation { skipPasskeySetup { authenticated } }`))).toBe("FORBIDDEN");

    // Forced: the employee registers, and the restriction lifts at once.
    const phone = authenticatorFor(server);
    await registerPasskey(employee, phone, {}, "My phone");
    expect(await viewerOf(employee)).toMatchObject({
      session: { restricted: false },
      passkeySetup: { nextStep: "NONE", hasPasskey: true },
    });
    await employee.ok(`mutation { signOut }`);

    // From then on: the passkey, with the organisation and email the sign-in screen asked for.
    expect(
      codeOf(
        await server.client().request(SIGN_IN, {
          i: { organisationSlug: organisation.slug, email: employeeUser.email, password: PASSWORD },
        }),
      ),
    ).toBe("PASSKEY_REQUIRED");
    const app = server.client();
    const started = await startSignIn(app, { organisationSlug: organisation.slug, email: employeeUser.email });
    const res = await finishSignIn(app, started.challengeId, phone.authenticate(started.options), "BEARER");
    expect(res.errors).toBeUndefined();
    app.bearer = res.data.finishPasskeySignIn.token;
    expect(await viewerOf(app)).toMatchObject({
      user: { id: employeeUser.id },
      session: { authMethod: "PASSKEY", restricted: false },
      passkeySetup: { nextStep: "NONE" },
    });

    // The admin turns passkeys off: mandatory for the admin too, so first a passkey of their own;
    // the employee's passkey is then kept but not accepted, and the employee hears why.
    const adminAgain = await signInWithPassword(organisation.slug, adminUser.email);
    expect((await viewerOf(adminAgain)).session.restricted).toBe(true);
    await registerPasskey(adminAgain, authenticatorFor(server));
    await updatePolicy(adminAgain, organisation.id, { enabled: false });
    const refused = await startSignIn(app, {});
    expect(codeOf(await finishSignIn(app, refused.challengeId, phone.authenticate(refused.options)))).toBe(
      "PASSKEYS_PAUSED",
    );
  });

  it("an admin with a passkey on the phone makes a code, signs in on the laptop with it, and creates a second passkey there", async () => {
    const organisation = await buildOrganisation(server, { passkeysActivated: true });
    const adminUser = await buildUser(server, { organisation, role: Role.ORG_ADMIN, password: PASSWORD });
    const phone = await signInWithPassword(organisation.slug, adminUser.email);
    await updatePolicy(phone, organisation.id, { enabled: true, forcePasskeySetup: true });
    const phoneKey = authenticatorFor(server);
    await registerPasskey(phone, phoneKey, {}, "My phone");

    // On the phone: a code, shown once.
    const { code } = (await phone.ok(`mutation { createSignInCode { code expiresAt } }`)).createSignInCode;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // On the laptop: the password is refused (the admin has a passkey), the code typed in lower case is not.
    const laptop = server.client();
    expect(
      codeOf(
        await laptop.request(SIGN_IN, {
          i: { organisationSlug: organisation.slug, email: adminUser.email, password: PASSWORD },
        }),
      ),
    ).toBe("PASSKEY_REQUIRED");
    await laptop.ok(`mutation($i: CodeSignInInput!) { signInWithCode(input: $i) { token } }`, {
      i: { organisationSlug: organisation.slug, email: adminUser.email, code: code.toLowerCase() },
    });
    expect(await viewerOf(laptop)).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE", restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", reason: "NEW_DEVICE", hasPasskey: true },
    });

    // The laptop makes its own passkey, and from then on signs in with it.
    server.clock.advance(60_000);
    const laptopKey = authenticatorFor(server);
    await registerPasskey(laptop, laptopKey, {}, "Work laptop");
    expect((await viewerOf(laptop)).passkeySetup.nextStep).toBe("NONE");
    const { viewer } = await laptop.ok(`{ viewer { user { passkeys { name } } } }`);
    expect(viewer.user.passkeys.map((p: { name: string }) => p.name)).toEqual(["My phone", "Work laptop"]);
    await laptop.ok(`mutation { signOut }`);
    const started = await startSignIn(laptop, { organisationSlug: organisation.slug });
    const res = await finishSignIn(laptop, started.challengeId, laptopKey.authenticate(started.options), "COOKIE");
    expect(res.errors).toBeUndefined();
    expect((await viewerOf(laptop)).session).toMatchObject({ authMethod: "PASSKEY", restricted: false });
  });
});
