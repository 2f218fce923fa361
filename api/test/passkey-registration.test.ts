import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatorFor, buildPasskeyOrganisation, registerPasskey } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { startTestServer, TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("successful passkey registration", () => {
  it("registers an ES256 passkey with none attestation and names it from the AAGUID", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const client = await signIn(server, user);
    const authenticator = authenticatorFor(server, { aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd" });
    const payload = await registerPasskey(client, authenticator);
    expect(payload.credential).toMatchObject({
      id: authenticator.credential.id,
      name: "Apple Passwords",
      authenticatorName: "Apple Passwords",
      synced: true,
      backupEligible: true,
      transports: ["internal", "hybrid"],
    });
  });
});
