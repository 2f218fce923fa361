import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { User } from "../src/modules/users/user.entity";
import { AuthenticateOverrides, SoftwareAuthenticator } from "./authenticator";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { startTestServer, testDatabaseKind, TestServer } from "./harness";

/** DESIGN "WebAuthn checks": counts are unsigned 32-bit, stored so on every database. */
const TWO_TO_THE_31 = 2 ** 31;
const MAX_COUNT = 2 ** 32 - 1;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function member() {
  const organisation = await buildPasskeyOrganisation(server);
  const user = await buildUser(server, { organisation });
  const authenticator = authenticatorFor(server);
  await registerPasskey(await signIn(server, user), authenticator);
  return { user, authenticator };
}

async function signInWith(authenticator: SoftwareAuthenticator, overrides: Partial<AuthenticateOverrides>) {
  const client = server.client();
  const started = await startSignIn(client, {});
  return finishSignIn(client, started.challengeId, authenticator.authenticate(started.options, overrides));
}

const storedCount = async (authenticator: SoftwareAuthenticator) =>
  (await server.dataSource.getRepository(Credential).findOneByOrFail({ credentialId: authenticator.credential.id }))
    .signCount;
const eventsOf = (user: User, type: string) =>
  server.dataSource.getRepository(AuditEvent).find({ where: { subjectId: user.id, type: type as never } });

describe(`sign counts beyond a signed 32-bit integer on ${testDatabaseKind()}`, () => {
  it("signs in with counts 2^31 and then 2^32-1, storing each exactly", async () => {
    const { user, authenticator } = await member();
    const first = await signInWith(authenticator, { signCount: TWO_TO_THE_31 });
    expect(first.status).toBe(200);
    expect(first.errors).toBeUndefined();
    expect(first.data.finishPasskeySignIn.viewer.user.id).toBe(user.id);
    expect(await storedCount(authenticator)).toBe(TWO_TO_THE_31);

    const second = await signInWith(authenticator, { signCount: MAX_COUNT });
    expect(second.errors).toBeUndefined();
    expect(await storedCount(authenticator)).toBe(MAX_COUNT);
    expect(await eventsOf(user, "SIGN_IN_SUCCEEDED")).toHaveLength(2);
  });

  it("registers a passkey whose counter already stands at 2^32-1 and signs in with it", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const authenticator = authenticatorFor(server);
    await registerPasskey(await signIn(server, user), authenticator, { signCount: MAX_COUNT });
    expect(await storedCount(authenticator)).toBe(MAX_COUNT);
    // A counter that wrapped to zero is a counter the authenticator stopped keeping: not a regression.
    expect((await signInWith(authenticator, { signCount: 0 })).errors).toBeUndefined();
    expect(await storedCount(authenticator)).toBe(MAX_COUNT);
  });

  it("still refuses a lower count after 2^32-1, audits SIGN_COUNT_REGRESSION and keeps the stored count", async () => {
    const { user, authenticator } = await member();
    expect((await signInWith(authenticator, { signCount: MAX_COUNT })).errors).toBeUndefined();

    const lower = await signInWith(authenticator, { signCount: TWO_TO_THE_31 });
    expect(lower.status).toBe(200);
    expect(lower.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    expect(lower.errors?.[0].message).toContain("sign count");
    const same = await signInWith(authenticator, { signCount: MAX_COUNT });
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });

    const regressions = await eventsOf(user, "SIGN_COUNT_REGRESSION");
    expect(regressions.map((e) => e.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ storedCount: MAX_COUNT, receivedCount: TWO_TO_THE_31 }),
        expect.objectContaining({ storedCount: MAX_COUNT, receivedCount: MAX_COUNT }),
      ]),
    );
    expect(regressions).toHaveLength(2);
    expect(await storedCount(authenticator)).toBe(MAX_COUNT);
  });
});
