import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "./authenticator";
import { BuiltApi, startBuiltApi } from "./built-api";
import { FINISH_REGISTRATION, FINISH_SIGN_IN, registerPasskey, START_REGISTRATION, START_SIGN_IN } from "./ceremonies";
import { GraphQLClient, testDatabaseKind } from "./harness";

/**
 * Two built API processes on one database; process A is killed with SIGKILL in the middle of the
 * ceremonies it started (no drain, no shutdown hook), and process B finishes every one of them:
 * everything a ceremony needs is in the database, nothing in A's memory.
 */
const EMAIL = "killed@example.com";
const PASSWORD = "a long killed-process passphrase";
// Both processes behind one public origin, as behind a load balancer.
const ORIGIN = "http://localhost:4999";
const ENV = { RP_ID: "localhost", RP_ORIGINS: ORIGIN, WORKERS: "1", HOUSEKEEPING_INTERVAL_MINUTES: "0" };

let a: BuiltApi;
let b: BuiltApi;
beforeAll(async () => {
  a = await startBuiltApi({ email: EMAIL, password: PASSWORD, env: ENV });
  b = await startBuiltApi({ email: EMAIL, password: PASSWORD, env: ENV, database: a.database });
}, 120_000);
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const clientOf = (api: BuiltApi, bearer: string | null = null) => {
  const client = new GraphQLClient(`http://127.0.0.1:${api.port}/graphql`);
  client.bearer = bearer;
  return client;
};

describe(`one of two API processes killed with SIGKILL mid-ceremony (${testDatabaseKind()})`, () => {
  it("the other finishes every ceremony the killed one started: sign-ins, a registration and a sign-in code", async () => {
    const authenticator = new SoftwareAuthenticator({ origin: ORIGIN });
    const support = clientOf(a);
    const signedIn = await support.ok(
      "mutation ($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }",
      { i: { organisationSlug: null, email: EMAIL, password: PASSWORD, delivery: "BEARER" } },
    );
    support.bearer = signedIn.signInWithPassword.token;
    await registerPasskey(support, authenticator);

    // Started on A: five usernameless sign-ins, a second passkey's registration, a sign-in code.
    const anonymousOnA = clientOf(a);
    const signIns = [];
    for (let i = 0; i < 5; i++) {
      signIns.push((await anonymousOnA.ok(START_SIGN_IN, { input: {} })).startPasskeySignIn);
    }
    const registration = (await support.ok(START_REGISTRATION)).startPasskeyRegistration;
    const { code } = (await support.ok("mutation { createSignInCode { code } }")).createSignInCode;

    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      a.api.once("exit", (_code, signal) => resolve(signal)),
    );
    a.api.kill("SIGKILL");
    expect(await killed).toBe("SIGKILL");

    // Finished on B.
    const anonymousOnB = clientOf(b);
    for (const started of signIns) {
      const finished = await anonymousOnB.request(FINISH_SIGN_IN, {
        input: {
          challengeId: started.challengeId,
          response: authenticator.authenticate(started.options),
          delivery: "BEARER",
        },
      });
      expect(finished.errors).toBeUndefined();
      expect(finished.data.finishPasskeySignIn.viewer.user.email).toBe(EMAIL);
    }
    const supportOnB = clientOf(b, support.bearer);
    const second = new SoftwareAuthenticator({ origin: ORIGIN });
    const registered = await supportOnB.request(FINISH_REGISTRATION, {
      input: { challengeId: registration.challengeId, response: second.register(registration.options), name: "Second" },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.finishPasskeyRegistration.credential.name).toBe("Second");
    const byCode = await anonymousOnB.request(
      "mutation ($i: CodeSignInInput!) { signInWithCode(input: $i) { viewer { user { email } } } }",
      { i: { organisationSlug: null, email: EMAIL, code, delivery: "BEARER" } },
    );
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data.signInWithCode.viewer.user.email).toBe(EMAIL);

    // B served all of it, and is fine.
    expect((await fetch(`http://127.0.0.1:${b.port}/readyz`)).status).toBe(200);
    expect(b.log.filter((l) => String(l.msg).startsWith("bug"))).toEqual([]);
  }, 60_000);
});
