import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Challenge } from "../src/modules/passkeys/challenge.entity";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { webauthnRelatedOrigins } from "../src/server";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishRegistration,
  finishSignIn,
  registerPasskey,
  startRegistration,
  startSignIn,
} from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { codeOf, MINUTE, startTestServer, TestServer } from "./harness";

/** Ceremonies under concurrency and across API processes: everything a ceremony needs is in the database. */

let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  first = await startTestServer();
  // A second API process on the same database and clock, behind the same public origin.
  second = await startTestServer({ database: first.database, clock: first.clock, env: { RP_ORIGINS: first.origin } });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

async function passkeyUser(server: TestServer) {
  const organisation = await buildPasskeyOrganisation(server);
  const user = await buildUser(server, { organisation });
  const authenticator = authenticatorFor(server);
  await registerPasskey(await signIn(server, user), authenticator);
  return { user, authenticator };
}

describe("concurrent finishes of one challenge", () => {
  it("sign-in: of parallel finishes with the same response, exactly one gets a session", async () => {
    const { user, authenticator } = await passkeyUser(first);
    const started = await startSignIn(first.client(), {});
    const response = authenticator.authenticate(started.options);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        finishSignIn((i % 2 ? second : first).client(), started.challengeId, response),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(winners[0].data.finishPasskeySignIn.viewer.user.id).toBe(user.id);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(5).fill("CHALLENGE_EXPIRED"));
  });

  it("registration: of parallel finishes with the same response, exactly one stores the passkey", async () => {
    const organisation = await buildPasskeyOrganisation(first);
    const user = await buildUser(first, { organisation });
    const client = await signIn(first, user);
    const started = await startRegistration(client);
    const response = authenticatorFor(first).register(started.options);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => {
        const c = (i % 2 ? second : first).client();
        c.bearer = client.bearer;
        return finishRegistration(c, started.challengeId, response);
      }),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // A loser either finds the challenge used or, having checked after the winner committed, the credential taken.
    for (const loser of results.filter((r) => r.errors))
      expect(["CHALLENGE_EXPIRED", "CEREMONY_FAILED"]).toContain(codeOf(loser));
    expect(await first.dataSource.getRepository(Credential).count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("two API processes on one database", () => {
  it("finishes on one process a sign-in started on the other", async () => {
    const { user, authenticator } = await passkeyUser(first);
    const started = await startSignIn(first.client(), {});
    const res = await finishSignIn(second.client(), started.challengeId, authenticator.authenticate(started.options));
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeySignIn.viewer.user.id).toBe(user.id);
  });

  it("finishes on one process a registration started on the other, and the rotated token works on both", async () => {
    const organisation = await buildPasskeyOrganisation(second, { forcePasskeySetup: true });
    const user = await buildUser(second, { organisation });
    const onSecond = await signIn(second, user);
    const started = await startRegistration(onSecond);
    const onFirst = first.client();
    onFirst.bearer = onSecond.bearer;
    const res = await finishRegistration(
      onFirst,
      started.challengeId,
      authenticatorFor(first).register(started.options),
    );
    expect(res.errors).toBeUndefined();
    onSecond.bearer = res.data.finishPasskeyRegistration.token;
    expect((await onSecond.ok("{ viewer { session { restricted } } }")).viewer.session.restricted).toBe(false);
  });
});

describe("challenge clean-up", () => {
  it("housekeeping deletes challenges an hour past their expiry, off the sign-in path, and keeps younger ones", async () => {
    const old = await startSignIn(first.client(), {});
    first.clock.advance(66 * MINUTE);
    await startSignIn(first.client(), {});
    // Starting a ceremony no longer purges: that work left the sign-in path for housekeeping.
    expect(await first.dataSource.getRepository(Challenge).findOneBy({ id: old.challengeId })).not.toBeNull();
    const recent = await startSignIn(first.client(), {});
    first.clock.advance(30 * MINUTE);
    expect(await first.services.housekeeping.run()).not.toBeNull();
    expect(await first.dataSource.getRepository(Challenge).findOneBy({ id: old.challengeId })).toBeNull();
    // Expired, but less than an hour ago: kept for now.
    expect(await first.dataSource.getRepository(Challenge).findOneBy({ id: recent.challengeId })).not.toBeNull();
  });
});

describe("/.well-known/webauthn (related origins)", () => {
  it("is not there when every web origin is the RP ID or under it", async () => {
    const res = await fetch(`${first.url}/.well-known/webauthn`);
    expect(res.status).toBe(404);
  });

  it("lists the web origins when some are outside the RP ID's domain", async () => {
    const server = await startTestServer({
      env: { RP_ORIGINS: "http://localhost:4000,https://app.example.com,android:apk-key-hash:abc" },
    });
    try {
      const res = await fetch(`${server.url}/.well-known/webauthn`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ origins: ["http://localhost:4000", "https://app.example.com"] });
    } finally {
      await server.close();
    }
  });

  it("counts subdomains of the RP ID as its own", () => {
    expect(
      webauthnRelatedOrigins("example.com", [
        "https://example.com",
        "https://login.example.com",
        "android:apk-key-hash:x",
      ]),
    ).toBeNull();
    expect(webauthnRelatedOrigins("example.com", ["https://example.com", "https://notexample.com"])).toEqual([
      "https://example.com",
      "https://notexample.com",
    ]);
    expect(webauthnRelatedOrigins("example.com", ["https://example.de"])).toEqual(["https://example.de"]);
  });
});
