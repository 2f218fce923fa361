import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import { countQueries } from "../../../test/query-counter";
import { codeOf, GraphQLClient, startTestServer, TestServer, withoutStacktraces } from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { AppRegistration } from "./app-registration.entity";
import { MAX_AASA_BYTES } from "./app-registration.service";

const APP_FIELDS = `id platform appId teamId bundleId packageName certificateFingerprints origins associationFile associationEntry createdAt`;
const REGISTER_IOS = `mutation ($input: RegisterIosAppInput!) { registerIosApp(input: $input) { ${APP_FIELDS} } }`;
const REGISTER_ANDROID = `mutation ($input: RegisterAndroidAppInput!) { registerAndroidApp(input: $input) { ${APP_FIELDS} } }`;
const UPDATE_ANDROID = `mutation ($id: ID!, $fingerprints: [String!]!) { updateAndroidAppFingerprints(id: $id, certificateFingerprints: $fingerprints) { id certificateFingerprints origins } }`;
const REMOVE = `mutation ($id: ID!) { removeApp(id: $id) { id appId } }`;
const APPS = `query ($id: ID) { organisation(id: $id) { apps { id platform appId } } }`;

/** Release and debug certificates, as keytool prints them and as plain hex. */
const RELEASE = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
const DEBUG_HEX = "b0a5c91c0b3f7d1e3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2";
const DEBUG = DEBUG_HEX.toUpperCase().match(/../g)!.join(":");
const originOf = (fingerprint: string) =>
  `android:apk-key-hash:${Buffer.from(fingerprint.replace(/:/g, ""), "hex").toString("base64url")}`;

const aasa = async (server: TestServer) => (await fetch(`${server.url}/.well-known/apple-app-site-association`)).json();
const assetlinks = async (server: TestServer) => (await fetch(`${server.url}/.well-known/assetlinks.json`)).json();

describe("app registrations", () => {
  let server: TestServer;
  let support: GraphQLClient;
  let supportUser: User;

  beforeAll(async () => {
    server = await startTestServer();
    supportUser = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, supportUser);
    support = await signIn(server, supportUser);
  });
  afterAll(() => server.close());

  describe("support registers an organisation's apps", () => {
    let org: Organisation;
    beforeAll(async () => {
      org = await buildOrganisation(server, { slug: "northwind" });
    });

    it("an iOS app, normalised, with its entry as apple-app-site-association holds it and an APP_REGISTERED event", async () => {
      const app = (
        await support.ok(REGISTER_IOS, {
          input: { organisationId: org.id, teamId: " a1b2c3d4e5 ", bundleId: " com.northwind.employees " },
        })
      ).registerIosApp;
      expect(app).toEqual({
        id: expect.any(String),
        platform: "IOS",
        appId: "A1B2C3D4E5.com.northwind.employees",
        teamId: "A1B2C3D4E5",
        bundleId: "com.northwind.employees",
        packageName: null,
        certificateFingerprints: [],
        origins: [],
        associationFile: "/.well-known/apple-app-site-association",
        associationEntry: '"A1B2C3D4E5.com.northwind.employees"',
        createdAt: server.clock.now().toISOString(),
      });
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ organisationId: org.id, type: AuditEventType.APP_REGISTERED });
      expect(events.map((e) => [e.actorId, e.data])).toEqual([
        [supportUser.id, { platform: "IOS", appId: "A1B2C3D4E5.com.northwind.employees" }],
      ]);
      server.clock.advance(1000);
    });

    it("an Android app with release and debug fingerprints, colon-separated or plain hex, repeats dropped", async () => {
      const app = (
        await support.ok(REGISTER_ANDROID, {
          input: {
            organisationId: org.id,
            packageName: "com.northwind.employees",
            certificateFingerprints: [RELEASE.toLowerCase(), DEBUG_HEX, RELEASE],
          },
        })
      ).registerAndroidApp;
      expect(app).toMatchObject({
        platform: "ANDROID",
        appId: "com.northwind.employees",
        teamId: null,
        bundleId: null,
        packageName: "com.northwind.employees",
        certificateFingerprints: [RELEASE, DEBUG],
        origins: [originOf(RELEASE), originOf(DEBUG)],
        associationFile: "/.well-known/assetlinks.json",
      });
      expect(JSON.parse(app.associationEntry)).toEqual({
        relation: ["delegate_permission/common.get_login_creds"],
        target: {
          namespace: "android_app",
          package_name: "com.northwind.employees",
          sha256_cert_fingerprints: [RELEASE, DEBUG],
        },
      });
      const events = await server.dataSource
        .getRepository(AuditEvent)
        .findBy({ organisationId: org.id, type: AuditEventType.APP_REGISTERED });
      expect(events.map((e) => e.data)).toContainEqual({
        platform: "ANDROID",
        appId: "com.northwind.employees",
        certificateFingerprints: [RELEASE, DEBUG],
      });
    });

    it("replaces an Android app's fingerprints and removes an app, each audited", async () => {
      const created = (
        await support.ok(REGISTER_ANDROID, {
          input: { organisationId: org.id, packageName: "com.northwind.rota", certificateFingerprints: [DEBUG] },
        })
      ).registerAndroidApp;
      const updated = (await support.ok(UPDATE_ANDROID, { id: created.id, fingerprints: [RELEASE] }))
        .updateAndroidAppFingerprints;
      expect(updated).toEqual({ id: created.id, certificateFingerprints: [RELEASE], origins: [originOf(RELEASE)] });
      expect((await support.ok(REMOVE, { id: created.id })).removeApp).toEqual({
        id: created.id,
        appId: "com.northwind.rota",
      });
      expect(await server.dataSource.getRepository(AppRegistration).findOneBy({ id: created.id })).toBeNull();
      const events = await server.dataSource.getRepository(AuditEvent).find({
        where: [
          { organisationId: org.id, type: AuditEventType.APP_UPDATED },
          { organisationId: org.id, type: AuditEventType.APP_REMOVED },
        ],
        order: { type: "DESC" },
      });
      expect(events.map((e) => [e.type, e.actorId, e.data])).toEqual([
        [
          AuditEventType.APP_UPDATED,
          supportUser.id,
          {
            platform: "ANDROID",
            appId: "com.northwind.rota",
            certificateFingerprints: [RELEASE],
            previousFingerprints: [DEBUG],
          },
        ],
        [
          AuditEventType.APP_REMOVED,
          supportUser.id,
          { platform: "ANDROID", appId: "com.northwind.rota", certificateFingerprints: [RELEASE] },
        ],
      ]);
      expect(codeOf(await support.request(REMOVE, { id: created.id }))).toBe("NOT_FOUND");
    });

    it("shows the organisation's admin its apps, oldest first; not another organisation's admin, nor an editor", async () => {
      const admin = await signIn(server, await buildUser(server, { organisation: org, role: Role.ORG_ADMIN }));
      const apps = (await admin.ok(APPS, { id: org.id })).organisation.apps;
      expect(apps.map((a: { appId: string }) => a.appId)).toEqual([
        "A1B2C3D4E5.com.northwind.employees",
        "com.northwind.employees",
      ]);
      const other = await signIn(server, await buildUser(server, { role: Role.ORG_ADMIN }));
      expect(codeOf(await other.request(APPS, { id: org.id }))).toBe("NOT_FOUND");
      const editor = await signIn(server, await buildUser(server, { organisation: org, role: Role.APP_EDITOR }));
      expect(codeOf(await editor.request(APPS, { id: org.id }))).toBe("FORBIDDEN");
      expect(
        codeOf(
          await admin.request(REGISTER_IOS, {
            input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: "com.northwind.admin" },
          }),
        ),
      ).toBe("FORBIDDEN");
    });
  });

  describe("refuses bad input with BAD_USER_INPUT naming the field, and changes nothing", () => {
    let org: Organisation;
    beforeAll(async () => {
      org = await buildOrganisation(server);
    });

    const appsOf = () => server.dataSource.getRepository(AppRegistration).countBy({ organisationId: org.id });

    it.each([
      [{ teamId: "A1B2C3D4E" }, "teamId"],
      [{ teamId: "A1B2C3D4E5X" }, "teamId"],
      [{ teamId: "t".repeat(10_000) }, "teamId"],
      [{ bundleId: "employees" }, "bundleId"],
      [{ bundleId: "com.acme app" }, "bundleId"],
      [{ bundleId: `com.${"a".repeat(200)}` }, "bundleId"],
    ])("iOS (case %#)", async (override, field) => {
      const res = await support.request(REGISTER_IOS, {
        input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: "com.acme.app", ...override },
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors?.[0].message).toMatch(/\w/);
      expect(await appsOf()).toBe(0);
    });

    it.each([
      [{ packageName: "employees" }, "packageName"],
      [{ packageName: "com.acme-app" }, "packageName"],
      [{ packageName: "com.1acme" }, "packageName"],
      [{ certificateFingerprints: [] }, "certificateFingerprints"],
      [{ certificateFingerprints: ["AB:CD"] }, "certificateFingerprints"],
      [{ certificateFingerprints: [RELEASE, "not a fingerprint"] }, "certificateFingerprints"],
      [{ certificateFingerprints: [RELEASE.replace(/:/g, "-")] }, "certificateFingerprints"],
      [{ certificateFingerprints: Array(11).fill(RELEASE) }, "certificateFingerprints"],
    ])("Android (case %#)", async (override, field) => {
      const res = await support.request(REGISTER_ANDROID, {
        input: { organisationId: org.id, packageName: "com.acme.app", certificateFingerprints: [RELEASE], ...override },
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await appsOf()).toBe(0);
    });

    it("says exactly what is wrong with a fingerprint", async () => {
      const res = await support.request(REGISTER_ANDROID, {
        input: { organisationId: org.id, packageName: "com.acme.app", certificateFingerprints: [RELEASE, "AB:CD"] },
      });
      expect(withoutStacktraces(res).errors).toEqual([
        {
          message:
            "Fingerprint 2: A SHA-256 certificate fingerprint is 32 bytes: 64 hex digits, plain or in pairs joined by colons (AA:BB:…).",
          locations: expect.any(Array),
          path: ["registerAndroidApp"],
          extensions: { code: "BAD_USER_INPUT", field: "certificateFingerprints" },
        },
      ]);
    });

    it("refuses an app already registered, for this or another organisation, whatever its case", async () => {
      const owner = await buildOrganisation(server, { slug: "owner-of-the-app" });
      await support.ok(REGISTER_IOS, {
        input: { organisationId: owner.id, teamId: "Z9Y8X7W6V5", bundleId: "com.owner.app" },
      });
      await support.ok(REGISTER_ANDROID, {
        input: { organisationId: owner.id, packageName: "com.owner.app", certificateFingerprints: [RELEASE] },
      });
      const ios = await support.request(REGISTER_IOS, {
        input: { organisationId: org.id, teamId: "z9y8x7w6v5", bundleId: "com.Owner.App" },
      });
      expect(withoutStacktraces(ios).errors?.[0]).toMatchObject({
        message:
          'Z9Y8X7W6V5.com.Owner.App is already registered for the organisation "owner-of-the-app": an app belongs to one organisation.',
        extensions: { code: "BAD_USER_INPUT", field: "bundleId" },
      });
      const android = await support.request(REGISTER_ANDROID, {
        input: { organisationId: owner.id, packageName: "com.owner.app", certificateFingerprints: [DEBUG] },
      });
      expect(android.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "packageName" });
      expect(await appsOf()).toBe(0);
    });

    it("answers NOT_FOUND for an unknown organisation or app, and refuses fingerprints for an iOS app", async () => {
      for (const organisationId of [randomUUID(), "not-an-id"]) {
        const res = await support.request(REGISTER_IOS, {
          input: { organisationId, teamId: "A1B2C3D4E5", bundleId: "com.nobody.app" },
        });
        expect(codeOf(res)).toBe("NOT_FOUND");
      }
      expect(codeOf(await support.request(UPDATE_ANDROID, { id: randomUUID(), fingerprints: [RELEASE] }))).toBe(
        "NOT_FOUND",
      );
      const ios = (
        await support.ok(REGISTER_IOS, {
          input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: "com.acme.only-ios" },
        })
      ).registerIosApp;
      const res = await support.request(UPDATE_ANDROID, { id: ios.id, fingerprints: [RELEASE] });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      await support.ok(REMOVE, { id: ios.id });
    });
  });
});

describe("the association files", () => {
  let first: TestServer;
  let second: TestServer;
  let support: GraphQLClient;
  let northwind: Organisation;
  let contoso: Organisation;

  const PLATFORM_FINGERPRINT =
    "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";
  const env = {
    IOS_APP_IDS: "P1A2T3F4M5.com.platform.employees",
    ANDROID_APPS: `com.platform.employees@${PLATFORM_FINGERPRINT}`,
  };

  beforeAll(async () => {
    first = await startTestServer({ env });
    // A second API process on the same database: it shares nothing else with the first.
    second = await startTestServer({
      database: first.database,
      clock: first.clock,
      env: { ...env, RP_ORIGINS: first.origin },
    });
    const user = await buildUser(first, { role: Role.SUPPORT });
    await givePasskey(first, user);
    support = await signIn(first, user);
    northwind = await buildOrganisation(first, { slug: "northwind" });
    contoso = await buildOrganisation(first, { slug: "contoso" });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("hold only the platform's own apps before any registration", async () => {
    expect(await aasa(first)).toEqual({ webcredentials: { apps: ["P1A2T3F4M5.com.platform.employees"] } });
    expect(await assetlinks(first)).toEqual([
      {
        relation: ["delegate_permission/common.get_login_creds"],
        target: {
          namespace: "android_app",
          package_name: "com.platform.employees",
          sha256_cert_fingerprints: [PLATFORM_FINGERPRINT],
        },
      },
    ]);
  });

  it("name every organisation's apps, on every process, as soon as they are registered", async () => {
    // Both processes have built and cached the files before the change.
    await aasa(second);
    await assetlinks(second);
    await support.ok(REGISTER_IOS, {
      input: { organisationId: northwind.id, teamId: "A1B2C3D4E5", bundleId: "com.northwind.employees" },
    });
    await support.ok(REGISTER_ANDROID, {
      input: {
        organisationId: northwind.id,
        packageName: "com.northwind.employees",
        certificateFingerprints: [RELEASE, DEBUG],
      },
    });
    await support.ok(REGISTER_IOS, {
      input: { organisationId: contoso.id, teamId: "C0N7O5O123", bundleId: "com.contoso.staff" },
    });
    await support.ok(REGISTER_ANDROID, {
      input: { organisationId: contoso.id, packageName: "com.contoso.staff", certificateFingerprints: [DEBUG] },
    });

    const expectedAasa = {
      webcredentials: {
        apps: [
          "P1A2T3F4M5.com.platform.employees",
          "A1B2C3D4E5.com.northwind.employees",
          "C0N7O5O123.com.contoso.staff",
        ],
      },
    };
    const statement = (packageName: string, fingerprints: string[]) => ({
      relation: ["delegate_permission/common.get_login_creds"],
      target: { namespace: "android_app", package_name: packageName, sha256_cert_fingerprints: fingerprints },
    });
    const expectedAssetlinks = [
      statement("com.platform.employees", [PLATFORM_FINGERPRINT]),
      statement("com.contoso.staff", [DEBUG]),
      statement("com.northwind.employees", [RELEASE, DEBUG]),
    ];
    for (const server of [first, second]) {
      expect(await aasa(server)).toEqual(expectedAasa);
      expect(await assetlinks(server)).toEqual(expectedAssetlinks);
    }

    const contosoIos = (await support.ok(APPS, { id: contoso.id })).organisation.apps.find(
      (a: { platform: string }) => a.platform === "IOS",
    );
    const onSecond = second.client();
    onSecond.bearer = support.bearer;
    await onSecond.ok(REMOVE, { id: contosoIos.id });
    for (const server of [first, second]) {
      expect((await aasa(server)).webcredentials.apps).toEqual([
        "P1A2T3F4M5.com.platform.employees",
        "A1B2C3D4E5.com.northwind.employees",
      ]);
    }
  });

  it("are JSON, served without a redirect, cacheable for five minutes and revalidated by ETag", async () => {
    for (const path of ["/.well-known/apple-app-site-association", "/.well-known/assetlinks.json"]) {
      const res = await fetch(`${first.url}${path}`, { redirect: "manual" });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("public, max-age=300");
      const etag = res.headers.get("etag")!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      const body = await res.text();
      expect(() => JSON.parse(body)).not.toThrow();
      // The same files from the other process: the same bytes, the same validator.
      // (fetch would add "Cache-Control: no-cache" to a conditional request: say max-age=0, as a CDN revalidating does.)
      const other = await fetch(`${second.url}${path}`, {
        headers: { "if-none-match": etag, "cache-control": "max-age=0" },
      });
      expect(other.status).toBe(304);
      const head = await fetch(`${first.url}${path}`, { method: "HEAD" });
      expect(head.status).toBe(200);
    }
  });

  it("read one version row per request while nothing changes", async () => {
    const { queries } = await countQueries(first.dataSource, async () => {
      await aasa(first);
      await assetlinks(first);
    });
    expect(queries.filter((q) => /app_registrations/.test(q))).toEqual([]);
    expect(queries.filter((q) => /app_association_version/.test(q))).toHaveLength(2);
  });
});

describe("Apple's 128 KB limit", () => {
  let server: TestServer;
  let support: GraphQLClient;
  let org: Organisation;

  beforeAll(async () => {
    server = await startTestServer();
    const user = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, user);
    support = await signIn(server, user);
    org = await buildOrganisation(server);
  });
  afterAll(() => server.close());

  it("refuses the iOS app that would push apple-app-site-association past 128 KB, and the file stays whole", async () => {
    // Long bundle ids fill the file with about 1,150 apps; each entry is 114 bytes with its quotes and comma.
    const bundleId = (n: number) => `com.example.${"x".repeat(80)}.app${String(n).padStart(5, "0")}`;
    const entryBytes = `"A1B2C3D4E5.${bundleId(0)}",`.length;
    const emptyBytes = JSON.stringify({ webcredentials: { apps: [] } }).length;
    const fits = Math.floor((MAX_AASA_BYTES - emptyBytes + 1) / entryBytes);
    // Registrations as SUPPORT makes them, through the service, in bulk: the API has no bulk mutation.
    const rows = Array.from({ length: fits - 1 }, (_, n) =>
      server.dataSource.getRepository(AppRegistration).create({
        id: randomUUID(),
        organisationId: org.id,
        platform: "IOS" as AppRegistration["platform"],
        appId: `A1B2C3D4E5.${bundleId(n)}`,
        appKey: `ios:a1b2c3d4e5.${bundleId(n)}`,
        teamId: "A1B2C3D4E5",
        bundleId: bundleId(n),
        packageName: null,
        certificateFingerprints: [],
        createdAt: server.clock.now(),
        createdById: null,
      }),
    );
    for (let i = 0; i < rows.length; i += 200) {
      await server.dataSource.getRepository(AppRegistration).insert(rows.slice(i, i + 200));
    }
    // The last one that fits.
    await support.ok(REGISTER_IOS, {
      input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: bundleId(fits - 1) },
    });
    const full = await fetch(`${server.url}/.well-known/apple-app-site-association`).then((r) => r.text());
    expect(full.length).toBeLessThanOrEqual(MAX_AASA_BYTES);
    expect(full.length).toBeGreaterThan(MAX_AASA_BYTES - entryBytes);

    const res = await support.request(REGISTER_IOS, {
      input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: bundleId(fits) },
    });
    expect(withoutStacktraces(res).errors?.[0]).toMatchObject({
      message: `apple-app-site-association would grow to ${full.length + entryBytes} bytes, past Apple's limit of 131072: no iOS app can be added under this RP ID. See "Past 128 KB" in the README.`,
      extensions: { code: "BAD_USER_INPUT", field: "bundleId" },
    });
    expect(await fetch(`${server.url}/.well-known/apple-app-site-association`).then((r) => r.text())).toBe(full);
    expect(JSON.parse(full).webcredentials.apps).toHaveLength(fits);

    // Android apps are not in that file: they are still accepted.
    await support.ok(REGISTER_ANDROID, {
      input: { organisationId: org.id, packageName: "com.example.android", certificateFingerprints: [RELEASE] },
    });
  });
});

describe("the association files when the database is down", () => {
  it("are served as last built, and a process that never built them answers 503 with Retry-After", async () => {
    const server = await startTestServer({ env: { IOS_APP_IDS: "P1A2T3F4M5.com.platform.employees" } });
    const cold = await startTestServer({ database: server.database, clock: server.clock });
    try {
      const url = (s: TestServer) => `${s.url}/.well-known/apple-app-site-association`;
      const before = await fetch(url(server)).then((r) => r.text());
      await server.dataSource.destroy();
      await cold.dataSource.destroy();
      const during = await fetch(url(server));
      expect(during.status).toBe(200);
      expect(await during.text()).toBe(before);
      const unbuilt = await fetch(url(cold));
      expect(unbuilt.status).toBe(503);
      expect(unbuilt.headers.get("retry-after")).toBe("30");
      expect(await unbuilt.json()).toEqual({ error: "unavailable" });
    } finally {
      // close() ends the connections it opened.
      await cold.dataSource.initialize();
      await server.dataSource.initialize();
      await cold.close();
      await server.close();
    }
  });
});
