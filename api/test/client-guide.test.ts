import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, DocumentNode, FragmentDefinitionNode, Kind, parse, validate, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { androidOrigin } from "../src/app-identifiers";
import { Role } from "../src/modules/enums";
import { SoftwareAuthenticator } from "./authenticator";
import { buildPasskeyOrganisation } from "./ceremonies";
import { buildUser, givePasskey, signIn } from "./factories";
import { codeOf, GraphQLClient, GraphQLResponse, startTestServer, TestServer } from "./harness";

/**
 * docs/clients.md quotes the operations in docs/operations/*.graphql. Here they are checked
 * against the printed schema and the public contract, and then run in order, as a mobile app
 * runs them: bearer tokens, and the software authenticator answering as the organisation's
 * Android app (its android:apk-key-hash origin).
 */

const ROOT = join(__dirname, "..", "..");
const OPERATIONS_DIR = join(ROOT, "docs", "operations");
const GUIDE = readFileSync(join(ROOT, "docs", "clients.md"), "utf8");
const CONTRACT = join(ROOT, "..", "shared", "contract", "schema.graphql");

const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith(".graphql"));
const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(OPERATIONS_DIR, f), "utf8")]));
const everything: DocumentNode = parse(Object.values(sources).join("\n"));
const fragments = new Map(
  everything.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

/** An operation's text with the fragments it spreads, as a client's codegen would send it. */
function operation(name: string): string {
  const source = sources[`${name}.graphql`];
  if (!source) throw new Error(`docs/operations/${name}.graphql does not exist`);
  const used = new Set<string>();
  visit(parse(source), { FragmentSpread: (node) => void used.add(node.name.value) });
  return [source, ...[...used].map((f) => sources[`${f}.graphql`] ?? "")].join("\n");
}

describe("the guide's operations", () => {
  it("are valid against the printed schema and against the public contract", () => {
    // The contract lives beside the repository (shared/contract); without it, the printed schema alone.
    for (const schemaFile of [join(ROOT, "schema.graphql"), ...(existsSync(CONTRACT) ? [CONTRACT] : [])]) {
      const schema = buildSchema(readFileSync(schemaFile, "utf8"));
      expect(
        validate(schema, everything).map((e) => e.message),
        schemaFile,
      ).toEqual([]);
    }
  });

  it("are one operation or fragment per file, named as the file", () => {
    for (const [file, source] of Object.entries(sources)) {
      const definitions = parse(source).definitions;
      expect(definitions, file).toHaveLength(1);
      const definition = definitions[0] as { name?: { value: string } };
      expect(`${definition.name?.value}.graphql`).toBe(file);
    }
    expect(fragments.size).toBeGreaterThan(0);
  });

  it("are each quoted by docs/clients.md, which names no operation file that does not exist", () => {
    for (const file of files) expect(GUIDE, file).toContain(`operations/${file}`);
    const named = [...GUIDE.matchAll(/operations\/([A-Za-z]+\.graphql)/g)].map((m) => m[1]);
    expect(named.filter((f) => !files.includes(f))).toEqual([]);
  });
});

describe("an Android app runs the guide's operations in order", () => {
  const FINGERPRINT = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
  let server: TestServer;
  let slug: string;
  let mandatorySlug: string;
  /** The phone's passkey provider, answering for the organisation's app. */
  let phone: SoftwareAuthenticator;
  /** The app's networking: one bearer token, stored after every answer that carries one. */
  let app: GraphQLClient;

  async function call(name: string, variables: Record<string, unknown> = {}, client = app): Promise<any> {
    const result = await client.request(operation(name), variables);
    if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    const payload = Object.values(result.data as Record<string, any>)[0];
    // The guide: store every token the API hands back, replacing the one before.
    if (payload && typeof payload === "object" && typeof payload.token === "string") client.bearer = payload.token;
    return result.data;
  }
  const failing = (name: string, variables: Record<string, unknown> = {}, client = app): Promise<GraphQLResponse> =>
    client.request(operation(name), variables);

  beforeAll(async () => {
    server = await startTestServer();
    const support = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, support);
    const organisation = await buildPasskeyOrganisation(server);
    const mandatory = await buildPasskeyOrganisation(server, { forcePasskeySetup: true });
    slug = organisation.slug;
    mandatorySlug = mandatory.slug;
    const supportClient = await signIn(server, support);
    for (const [org, packageName] of [
      [organisation, "com.northwind.employees"],
      [mandatory, "com.contoso.staff"],
    ] as const) {
      await supportClient.ok(
        `mutation ($input: RegisterAndroidAppInput!) { registerAndroidApp(input: $input) { id } }`,
        { input: { organisationId: org.id, packageName, certificateFingerprints: [FINGERPRINT] } },
      );
    }
    await buildUser(server, {
      organisation,
      email: "ana@northwind.test",
      displayName: "Ana",
      password: "correct horse battery staple",
    });
    await buildUser(server, {
      organisation: mandatory,
      email: "ben@contoso.test",
      displayName: "Ben",
      password: "correct horse battery staple",
    });
    phone = new SoftwareAuthenticator({ origin: androidOrigin(FINGERPRINT) });
    app = server.client();
  });
  afterAll(() => server.close());

  it("app start, signed out: no user, no next step", async () => {
    expect((await call("AppStart")).viewer).toEqual({
      authenticated: false,
      user: null,
      organisation: null,
      session: null,
      passkeySetup: null,
    });
    expect((await call("SignInOptions", { organisationSlug: slug })).signInOptions).toMatchObject({
      passkeysAvailable: true,
      requirement: "OPTIONAL",
    });
  });

  it("password sign-in, then the optional prompt's 'Do this later'", async () => {
    const wrong = await failing("SignInWithPassword", {
      organisationSlug: slug,
      email: "ana@northwind.test",
      password: "nope",
    });
    expect(codeOf(wrong)).toBe("INVALID_CREDENTIALS");
    const signedIn = (
      await call("SignInWithPassword", {
        organisationSlug: slug,
        email: "ana@northwind.test",
        password: "correct horse battery staple",
      })
    ).signInWithPassword;
    expect(signedIn.token).toEqual(expect.any(String));
    expect(signedIn.viewer.passkeySetup).toMatchObject({ nextStep: "OFFER_SETUP", canSkip: true, hasPasskey: false });
    const later = (await call("SkipPasskeySetup")).skipPasskeySetup;
    expect(later.passkeySetup).toMatchObject({ nextStep: "NONE", skipCount: 1 });
    expect((await call("AppStart")).viewer.passkeySetup.nextStep).toBe("NONE");
  });

  it("settings: create a passkey in the app (the token is replaced), list, rename", async () => {
    const before = app.bearer;
    const started = (await call("StartPasskeyRegistration")).startPasskeyRegistration;
    const response = phone.register(started.options);
    const finished = (await call("FinishPasskeyRegistration", { challengeId: started.challengeId, response }))
      .finishPasskeyRegistration;
    expect(finished.token).not.toBe(before);
    expect(finished.viewer.passkeySetup).toMatchObject({ nextStep: "NONE", hasPasskey: true });
    // The replaced token is dead: an app that kept it would be signed out.
    const stale = server.client();
    stale.bearer = before;
    expect((await call("AppStart", {}, stale)).viewer.authenticated).toBe(false);

    const [passkey] = (await call("MyPasskeys")).viewer.user.passkeys;
    expect(passkey.id).toBe(finished.credential.id);
    expect((await call("RenamePasskey", { id: passkey.id, name: "Work phone" })).renameCredential).toEqual({
      id: passkey.id,
      name: "Work phone",
    });
    // With a passkey, the password is refused: the sign-in screen switches to the passkey.
    const password = await failing("SignInWithPassword", {
      organisationSlug: slug,
      email: "ana@northwind.test",
      password: "correct horse battery staple",
    });
    expect(codeOf(password)).toBe("PASSKEY_REQUIRED");
  });

  it("sign-out, then passkey sign-in: usernameless and identifier-first", async () => {
    expect((await call("SignOut")).signOut).toBe(true);
    app.bearer = null;
    expect((await call("AppStart")).viewer.authenticated).toBe(false);

    const usernameless = (await call("StartPasskeySignIn", {})).startPasskeySignIn;
    const first = (
      await call("FinishPasskeySignIn", {
        challengeId: usernameless.challengeId,
        response: phone.authenticate(usernameless.options),
      })
    ).finishPasskeySignIn;
    expect(first.viewer).toMatchObject({
      authenticated: true,
      user: { email: "ana@northwind.test" },
      session: { authMethod: "PASSKEY", restricted: false },
      passkeySetup: { nextStep: "NONE" },
    });

    const identifierFirst = (await call("StartPasskeySignIn", { organisationSlug: slug, email: "ana@northwind.test" }))
      .startPasskeySignIn;
    expect(identifierFirst.options.allowCredentials).toEqual([]);
    const second = (
      await call("FinishPasskeySignIn", {
        challengeId: identifierFirst.challengeId,
        response: phone.authenticate(identifierFirst.options),
      })
    ).finishPasskeySignIn;
    expect(second.viewer.session.authMethod).toBe("PASSKEY");

    // A used challenge cannot be finished again.
    const replay = await failing("FinishPasskeySignIn", {
      challengeId: identifierFirst.challengeId,
      response: phone.authenticate(identifierFirst.options),
    });
    expect(codeOf(replay)).toBe("CHALLENGE_EXPIRED");
  });

  it("'Sign in on another device': a code from the phone signs in a second device, which is offered a passkey", async () => {
    const { code, expiresAt } = (await call("CreateSignInCode")).createSignInCode;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(server.clock.now().getTime());
    const tablet = server.client();
    const signedIn = (
      await call("SignInWithCode", { organisationSlug: slug, email: "ana@northwind.test", code }, tablet)
    ).signInWithCode;
    expect(signedIn.viewer).toMatchObject({
      session: { authMethod: "SIGN_IN_CODE" },
      passkeySetup: { nextStep: "OFFER_SETUP", reason: "NEW_DEVICE" },
    });
    const reused = await failing("SignInWithCode", { organisationSlug: slug, email: "ana@northwind.test", code });
    expect(codeOf(reused)).toBe("INVALID_CREDENTIALS");
  });

  it("settings: remove the passkey", async () => {
    const [passkey] = (await call("MyPasskeys")).viewer.user.passkeys;
    expect((await call("RemovePasskey", { id: passkey.id })).revokeCredential).toBe(true);
    expect((await call("MyPasskeys")).viewer.user.passkeys).toEqual([]);
    expect(codeOf(await failing("RemovePasskey", { id: passkey.id }))).toBe("NOT_FOUND");
  });

  it("a mandatory organisation: the prompt has no way past it until the passkey exists", async () => {
    const ben = server.client();
    const signedIn = (
      await call(
        "SignInWithPassword",
        { organisationSlug: mandatorySlug, email: "ben@contoso.test", password: "correct horse battery staple" },
        ben,
      )
    ).signInWithPassword;
    expect(signedIn.viewer).toMatchObject({
      session: { restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", canSkip: false, reason: "FIRST_PASSKEY" },
    });
    // The app never offers "Do this later" here; a restricted session that tries is refused: under MANDATORY a skip is FORBIDDEN.
    expect(codeOf(await failing("SkipPasskeySetup", {}, ben))).toBe("FORBIDDEN");
    expect(codeOf(await failing("CreateSignInCode", {}, ben))).toBe("PASSKEY_SETUP_REQUIRED");

    const bensPhone = new SoftwareAuthenticator({ origin: androidOrigin(FINGERPRINT) });
    const started = (await call("StartPasskeyRegistration", {}, ben)).startPasskeyRegistration;
    const finished = (
      await call(
        "FinishPasskeyRegistration",
        { challengeId: started.challengeId, response: bensPhone.register(started.options), name: "Ben's phone" },
        ben,
      )
    ).finishPasskeyRegistration;
    expect(finished.credential.name).toBe("Ben's phone");
    expect(finished.viewer).toMatchObject({ session: { restricted: false }, passkeySetup: { nextStep: "NONE" } });
    expect((await call("MyPasskeys", {}, ben)).viewer.user.passkeys).toHaveLength(1);
    expect((await call("SignOut", {}, ben)).signOut).toBe(true);
  });
});
