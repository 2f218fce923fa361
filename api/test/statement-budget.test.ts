import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatorFor, buildPasskeyOrganisation, finishSignIn, registerPasskey, startSignIn } from "./ceremonies";
import { buildUser, signIn } from "./factories";
import { startTestServer, TestServer } from "./harness";
import { countQueries } from "./query-counter";

/**
 * SQL statements per operation, through TypeORM (the rate-limit store's own statements are not
 * TypeORM's: one read per passkey finish, for the client's IP). A budget that only goes down:
 * the sign-in core reads what it needs in one statement per table group, and the payload's
 * viewer comes from what the sign-in already read.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("statements per operation", () => {
  it("a passkey sign-in: 2 to start (account lookup, challenge insert), 9 to finish (2 reads, then 5 writes between BEGIN and COMMIT)", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation });
    const authenticator = authenticatorFor(server);
    await registerPasskey(await signIn(server, user), authenticator);
    // A first ceremony, so the challenge purge of this minute is behind us.
    const client = server.client();
    const warm = await startSignIn(client, {});
    await finishSignIn(client, warm.challengeId, authenticator.authenticate(warm.options));

    let started!: Awaited<ReturnType<typeof startSignIn>>;
    const start = await countQueries(server.dataSource, async () => {
      started = await startSignIn(client, { organisationSlug: organisation.slug, email: user.email });
    });
    const finish = await countQueries(server.dataSource, async () => {
      const res = await finishSignIn(client, started.challengeId, authenticator.authenticate(started.options));
      expect(res.errors).toBeUndefined();
    });
    const writes = finish.queries.filter((q) => /^(INSERT|UPDATE|DELETE)/i.test(q));
    expect({ start: start.count, finish: finish.count, writes: writes.length }).toEqual({
      start: 2,
      finish: 9,
      writes: 5,
    });
  });

  it("viewer: one statement (session, user, organisation and policy joined)", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const client = await signIn(server, await buildUser(server, { organisation }));
    await client.ok("{ viewer { authenticated } }");
    const viewer = await countQueries(server.dataSource, () =>
      client.ok("{ viewer { authenticated user { id } organisation { id } passkeySetup { nextStep } } }"),
    );
    expect(viewer.count).toBe(1);
  });
});
