import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { androidOrigin } from "../src/app-identifiers";
import { Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { User } from "../src/modules/users/user.entity";
import {
  authenticatorFor,
  buildPasskeyOrganisation,
  finishRegistration,
  finishSignIn,
  registerPasskey,
  startRegistration,
  startSignIn,
} from "./ceremonies";
import { buildUser, givePasskey, signIn } from "./factories";
import { GraphQLClient, startTestServer, TestServer } from "./harness";

/**
 * Ceremonies made in an organisation's Android app carry `android:apk-key-hash:<SHA-256 of its
 * signing certificate>` as their origin. The organisation's registered apps are accepted for its
 * users, and only for them: another organisation's app is refused like any foreign origin.
 */

const NORTHWIND_RELEASE =
  "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
const NORTHWIND_DEBUG =
  "B0:A5:C9:1C:0B:3F:7D:1E:3A:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B:4C:5D:6E:7F:80:91:A2";
const CONTOSO_RELEASE =
  "5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C:4D:5E:6F:70:81:92:A3:B4:C5:D6:E7:F8:09:1A:2B:3C:4D";
const PLATFORM_APP = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

const REGISTER_ANDROID = `mutation ($input: RegisterAndroidAppInput!) { registerAndroidApp(input: $input) { id origins } }`;

let server: TestServer;
let support: GraphQLClient;
let northwind: Organisation;
let contoso: Organisation;
let northwindApp: { id: string; origins: string[] };

beforeAll(async () => {
  server = await startTestServer({ env: { ANDROID_APPS: `com.platform.employees@${PLATFORM_APP}` } });
  const staff = await buildUser(server, { role: Role.SUPPORT });
  await givePasskey(server, staff);
  support = await signIn(server, staff);
  northwind = await buildPasskeyOrganisation(server);
  contoso = await buildPasskeyOrganisation(server);
  northwindApp = (
    await support.ok(REGISTER_ANDROID, {
      input: {
        organisationId: northwind.id,
        packageName: "com.northwind.employees",
        certificateFingerprints: [NORTHWIND_RELEASE, NORTHWIND_DEBUG],
      },
    })
  ).registerAndroidApp;
  await support.ok(REGISTER_ANDROID, {
    input: { organisationId: contoso.id, packageName: "com.contoso.staff", certificateFingerprints: [CONTOSO_RELEASE] },
  });
});
afterAll(() => server.close());

/** An employee with a passkey made in their organisation's Android app (release build). */
async function employeeWithAppPasskey(organisation: Organisation, fingerprint: string) {
  const user = await buildUser(server, { organisation });
  const app = authenticatorFor(server, { origin: androidOrigin(fingerprint) });
  await registerPasskey(await signIn(server, user), app);
  return { user, app };
}

async function registerIn(user: User, origin: string) {
  const client = await signIn(server, user);
  const started = await startRegistration(client);
  return finishRegistration(
    client,
    started.challengeId,
    authenticatorFor(server, { origin }).register(started.options),
  );
}

describe("registration in an organisation's Android app", () => {
  it("is accepted with the app's origin, for its release and its debug certificate", async () => {
    expect(northwindApp.origins).toEqual([androidOrigin(NORTHWIND_RELEASE), androidOrigin(NORTHWIND_DEBUG)]);
    for (const fingerprint of [NORTHWIND_RELEASE, NORTHWIND_DEBUG]) {
      const res = await registerIn(await buildUser(server, { organisation: northwind }), androidOrigin(fingerprint));
      expect(res.errors).toBeUndefined();
      expect(res.data.finishPasskeyRegistration.viewer.passkeySetup.hasPasskey).toBe(true);
    }
  });

  it("is refused with another organisation's app origin", async () => {
    const res = await registerIn(await buildUser(server, { organisation: northwind }), androidOrigin(CONTOSO_RELEASE));
    expect(res.errors?.[0]).toMatchObject({
      message: "The passkey response did not verify: origin.",
      extensions: { code: "CEREMONY_FAILED" },
    });
    const back = await registerIn(await buildUser(server, { organisation: contoso }), androidOrigin(NORTHWIND_DEBUG));
    expect(back.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
  });

  it("is accepted from the platform's own app (ANDROID_APPS) for every organisation, and from the web", async () => {
    for (const organisation of [northwind, contoso]) {
      for (const origin of [androidOrigin(PLATFORM_APP), server.origin]) {
        const res = await registerIn(await buildUser(server, { organisation }), origin);
        expect(res.errors, `${origin} for ${organisation.slug}`).toBeUndefined();
      }
    }
  });
});

describe("sign-in in an organisation's Android app", () => {
  it("is accepted with the app's origin, usernameless and identifier-first", async () => {
    const { user, app } = await employeeWithAppPasskey(northwind, NORTHWIND_RELEASE);
    const usernameless = await startSignIn(server.client(), {});
    const first = await finishSignIn(server.client(), usernameless.challengeId, app.authenticate(usernameless.options));
    expect(first.errors).toBeUndefined();
    expect(first.data.finishPasskeySignIn.viewer.user.id).toBe(user.id);

    const identifierFirst = await startSignIn(server.client(), { organisationSlug: northwind.slug, email: user.email });
    const second = await finishSignIn(
      server.client(),
      identifierFirst.challengeId,
      app.authenticate(identifierFirst.options),
    );
    expect(second.errors).toBeUndefined();
    expect(second.data.finishPasskeySignIn.token).toEqual(expect.any(String));
  });

  it("is refused with another organisation's app origin", async () => {
    const { app } = await employeeWithAppPasskey(northwind, NORTHWIND_RELEASE);
    const started = await startSignIn(server.client(), {});
    const res = await finishSignIn(
      server.client(),
      started.challengeId,
      app.authenticate(started.options, { origin: androidOrigin(CONTOSO_RELEASE) }),
    );
    expect(res.errors?.[0]).toMatchObject({
      message: "The passkey response did not verify: origin.",
      extensions: { code: "CEREMONY_FAILED" },
    });
    expect(res.data).toBeNull();
  });

  it("is refused once support removes the app, at once", async () => {
    const { app } = await employeeWithAppPasskey(contoso, CONTOSO_RELEASE);
    const contosoApps = (
      await support.ok(`query ($id: ID) { organisation(id: $id) { apps { id } } }`, { id: contoso.id })
    ).organisation.apps;
    await support.ok(`mutation ($id: ID!) { removeApp(id: $id) { id } }`, { id: contosoApps[0].id });
    const started = await startSignIn(server.client(), {});
    const res = await finishSignIn(server.client(), started.challengeId, app.authenticate(started.options));
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "CEREMONY_FAILED" } });
    // The same passkey used from the web still works: the origin was the only thing wrong.
    const again = await startSignIn(server.client(), {});
    const web = await finishSignIn(
      server.client(),
      again.challengeId,
      app.authenticate(again.options, { origin: server.origin }),
    );
    expect(web.errors).toBeUndefined();
  });
});
