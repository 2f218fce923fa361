import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { startTestServer, TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("successful passkey sign-in", () => {
  it("signs in usernameless with an EdDSA passkey", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const authenticator = authenticatorFor(server, { algorithm: "EdDSA" });
    await registerPasskey(await signIn(server, user), authenticator);
    const client = server.client();
    const started = await startSignIn(client, {});
    const result = await finishSignIn(client, started.challengeId, authenticator.authenticate(started.options));
    expect(result.errors).toBeUndefined();
    expect(result.data.finishPasskeySignIn.viewer.user.id).toBe(user.id);
  });
});
