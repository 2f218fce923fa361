import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { authenticatorFor, buildPasskeyOrganisation, registerPasskey, startRegistration } from "./ceremonies";
import { buildUser } from "./factories";
import { startTestServer, TestServer } from "./harness";

/**
 * Every log line while a client sends valid and malformed requests full of secrets, captured at
 * trace level: none of the secrets appears, and every line names its request.
 */

const PASSWORD = "log-test passphrase 4711 correct";
const WRONG_PASSWORD = "log-test WRONG passphrase 0815";
const PASSWORD_SIGN_IN = `mutation($i: PasswordSignInInput!) { signInWithPassword(input: $i) { token } }`;
const CODE_SIGN_IN = `mutation($i: CodeSignInInput!) { signInWithCode(input: $i) { token } }`;

describe("no secret reaches a log line", () => {
  let server: TestServer;
  const lines: string[] = [];
  const secrets: string[] = [PASSWORD, WRONG_PASSWORD];

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    server = await startTestServer({ env: { LOG_LEVEL: "trace" }, logDestination: destination });
  });
  afterAll(() => server.close());

  const post = (body: string, headers: Record<string, string>) =>
    fetch(server.graphqlUrl, { method: "POST", headers, body });

  it("sends valid and malformed requests carrying passwords, tokens, cookies, codes, challenges and keys", async () => {
    const organisation = await buildPasskeyOrganisation(server);
    const user = await buildUser(server, { organisation, password: PASSWORD, role: Role.ORG_ADMIN });
    const signIn = (password: string, delivery: string) =>
      server.client().request(PASSWORD_SIGN_IN, {
        i: { organisationSlug: organisation.slug, email: user.email, password, delivery },
      });

    // A bearer sign-in, then requests carrying the token.
    const bearer = await signIn(PASSWORD, "BEARER");
    const token = bearer.data.signInWithPassword.token as string;
    secrets.push(token);
    const app = server.client();
    app.bearer = token;
    expect((await app.ok("{ viewer { authenticated } }")).viewer.authenticated).toBe(true);

    // A cookie sign-in, then requests carrying the cookie.
    const browser = server.client();
    await browser.request(PASSWORD_SIGN_IN, {
      i: { organisationSlug: organisation.slug, email: user.email, password: PASSWORD },
    });
    const cookie = [...browser.cookies.values()][0];
    expect(cookie).toBeTruthy();
    secrets.push(cookie);
    await browser.ok("{ viewer { authenticated } }");

    // Wrong passwords, in valid and in broken requests.
    await signIn(WRONG_PASSWORD, "BEARER");
    const broken = `{"query":"${PASSWORD_SIGN_IN.replace(/"/g, '\\"')}","variables":{"i":{"email":"${user.email}","password":"${WRONG_PASSWORD}"`;
    expect((await post(broken, { "content-type": "application/json" })).status).toBe(400);
    const body = JSON.stringify({ query: PASSWORD_SIGN_IN, variables: { i: { password: WRONG_PASSWORD } } });
    expect((await post(body, { "content-type": "application/json; charset=utf-7" })).status).toBe(415);
    expect((await post(body, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(body, { "content-type": "application/json" })).status).toBe(400);
    // A variable of the wrong shape: GraphQL's message quotes the value back to the caller.
    const quoted = await app.request(PASSWORD_SIGN_IN, { i: WRONG_PASSWORD });
    expect(quoted.status).toBe(400);
    await post(`{"query": "{ viewer }", "token": "${token}"`, {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
    });
    await post("{}", {
      "content-type": "application/json",
      cookie: `session=${cookie}`,
      authorization: `Bearer ${token}`,
    });

    // A sign-in code, used once right and once wrong.
    const { createSignInCode } = await app.ok("mutation { createSignInCode { code } }");
    secrets.push(createSignInCode.code);
    const used = await server.client().request(CODE_SIGN_IN, {
      i: { organisationSlug: organisation.slug, email: user.email, code: createSignInCode.code, delivery: "BEARER" },
    });
    expect(used.errors).toBeUndefined();
    secrets.push(used.data.signInWithCode.token);
    await server.client().request(CODE_SIGN_IN, {
      i: { organisationSlug: organisation.slug, email: user.email, code: createSignInCode.code },
    });

    // A passkey ceremony: the challenge, the attestation with its public key, and a broken response.
    const authenticator = authenticatorFor(server);
    const started = await startRegistration(app);
    secrets.push(started.options.challenge);
    const response = authenticator.register(started.options);
    secrets.push(response.response.attestationObject, response.response.clientDataJSON);
    await app.request(
      `mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { token } }`,
      {
        input: {
          challengeId: started.challengeId,
          response: { ...response, response: { ...response.response, clientDataJSON: "!!" } },
        },
      },
    );
    const registered = await registerPasskey(app, authenticator);
    expect(registered.credential.id).toBeTruthy();
    const stored = [...authenticator.credentials.values()][0];
    secrets.push(stored.publicKey.export({ format: "der", type: "spki" }).toString("base64url"));
  });

  it("logged every request, each line with its request id, and none of the secrets", () => {
    expect(lines.length).toBeGreaterThan(20);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.filter((line) => !line.reqId)).toEqual([]);
    const text = lines.join("\n");
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(5);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/passphrase|Bearer /);
  });
});
