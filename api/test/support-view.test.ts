import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { PasskeyPolicy } from "../src/modules/policy/passkey-policy.entity";
import { User } from "../src/modules/users/user.entity";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { codeOf, startTestServer, TestClock, TestServer } from "./harness";
import { countQueries } from "./query-counter";

const ICLOUD = "fbfc3007-154e-4ecc-8c0b-6e020557d7bd";
const UNLISTED = "0badc0de-0000-4000-8000-000000000000";
const PLATFORM_FINGERPRINT = "AB".repeat(32);
const ORG_FINGERPRINT = "cd".repeat(32);

let server: TestServer;
const clock = new TestClock(new Date("2026-11-02T09:00:00Z"));
beforeAll(async () => {
  server = await startTestServer({
    clock,
    env: {
      SESSION_IDLE_MINUTES: "30",
      SESSION_ABSOLUTE_HOURS: "12",
      RATE_LIMIT_ACCOUNT_ATTEMPTS: "7",
      RATE_LIMIT_ACCOUNT_WINDOW_MINUTES: "20",
      RATE_LIMIT_ACCOUNT_BLOCK_MINUTES: "3",
      RATE_LIMIT_IP_ATTEMPTS: "500",
      RATE_LIMIT_IP_WINDOW_MINUTES: "10",
      AUDIT_RETENTION_DAYS: "90",
      IOS_APP_IDS: "PLATFORM01.com.platform.app",
      ANDROID_APPS: `com.platform.app@${PLATFORM_FINGERPRINT}`,
    },
  });
});
afterAll(() => server?.close());

const profileQuery = `query ($id: ID!) {
  passkeySecurityProfile(organisationId: $id) {
    organisationId organisationName rpId rpName webOrigins androidAppOrigins iosAppIds
    requirement userVerification requireAttestation attestationTrustRootsConfigured
    allowedAuthenticators { aaguid name }
    allowPasswordAfterPasskey sessionIdleMinutes sessionAbsoluteHours
    rateLimits { accountAttempts accountWindowMinutes accountBlockMinutes ipAttempts ipWindowMinutes }
    challengeMinutes signInCodeMinutes signInCodeTries auditRetentionDays
    passkeys { total synced deviceBound }
    generatedAt
  }
}`;

const base64url = (hex: string) => Buffer.from(hex, "hex").toString("base64url");

describe("the security profile for an organisation's IT team", () => {
  let organisation: Organisation;
  let admin: User;

  beforeAll(async () => {
    organisation = await buildOrganisation(server, {
      name: "Acme Retail",
      passkeysActivated: true,
      policy: {
        enabled: true,
        allowedAuthenticators: [ICLOUD, UNLISTED],
        allowPasswordAfterPasskey: true,
      },
    });
    admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    const actor = { id: null, ip: null };
    await server.services.apps.registerIos(
      { organisationId: organisation.id, teamId: "ACME123456", bundleId: "com.acme.staff" },
      actor,
    );
    await server.services.apps.registerAndroid(
      { organisationId: organisation.id, packageName: "com.acme.staff", certificateFingerprints: [ORG_FINGERPRINT] },
      actor,
    );
    // Two synced passkeys, one bound to its device, one synced but revoked (not in use).
    const alex = await buildUser(server, { organisation });
    await givePasskey(server, alex, { backupEligible: true, backedUp: true, aaguid: ICLOUD });
    await givePasskey(server, admin, { backupEligible: true, backedUp: false });
    await givePasskey(server, alex, { backupEligible: false });
    await givePasskey(server, alex, { backupEligible: true, revokedAt: clock.now() });
    // Another organisation's passkeys and apps are none of this one's business.
    const other = await buildOrganisation(server);
    await givePasskey(server, await buildUser(server, { organisation: other }), { backupEligible: true });
    await server.services.apps.registerAndroid(
      { organisationId: other.id, packageName: "com.other.app", certificateFingerprints: ["ef".repeat(32)] },
      actor,
    );
  });

  it("says what is in force: RP, origins and apps, policy, sessions, limits and the kinds of passkeys", async () => {
    const client = await signIn(server, admin);
    const { passkeySecurityProfile: profile } = await client.ok(profileQuery, { id: organisation.id });
    expect(profile).toEqual({
      organisationId: organisation.id,
      organisationName: "Acme Retail",
      rpId: "localhost",
      rpName: "Passkeys",
      webOrigins: [server.origin],
      androidAppOrigins: [
        `android:apk-key-hash:${base64url(PLATFORM_FINGERPRINT)}`,
        `android:apk-key-hash:${base64url(ORG_FINGERPRINT)}`,
      ],
      iosAppIds: ["PLATFORM01.com.platform.app", "ACME123456.com.acme.staff"],
      requirement: "OPTIONAL",
      userVerification: "REQUIRED",
      requireAttestation: false,
      attestationTrustRootsConfigured: false,
      allowedAuthenticators: [
        { aaguid: ICLOUD, name: "Apple Passwords" },
        { aaguid: UNLISTED, name: null },
      ],
      allowPasswordAfterPasskey: true,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      rateLimits: {
        accountAttempts: 7,
        accountWindowMinutes: 20,
        accountBlockMinutes: 3,
        ipAttempts: 500,
        ipWindowMinutes: 10,
      },
      challengeMinutes: 5,
      signInCodeMinutes: 10,
      signInCodeTries: 5,
      auditRetentionDays: 90,
      passkeys: { total: 3, synced: 2, deviceBound: 1 },
      generatedAt: clock.now().toISOString(),
    });
  });

  it("follows the policy as it changes", async () => {
    await server.dataSource
      .getRepository(PasskeyPolicy)
      .update({ organisationId: organisation.id }, { forcePasskeySetup: true, userVerification: "PREFERRED" as never });
    const client = await signIn(server, admin);
    const { passkeySecurityProfile: profile } = await client.ok(profileQuery, { id: organisation.id });
    expect(profile).toMatchObject({ requirement: "MANDATORY", userVerification: "PREFERRED" });
  });

  it("is for the organisation's admins and support: editors and employees are refused, other tenants see nothing", async () => {
    const support = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, support);
    const supportClient = await signIn(server, support);
    expect((await supportClient.ok(profileQuery, { id: organisation.id })).passkeySecurityProfile.rpId).toBe(
      "localhost",
    );

    // Each with a passkey: the policy is mandatory by now, and they would otherwise be held at the prompt.
    const editorUser = await buildUser(server, { organisation, role: Role.APP_EDITOR });
    await givePasskey(server, editorUser);
    const editor = await signIn(server, editorUser);
    expect(codeOf(await editor.request(profileQuery, { id: organisation.id }))).toBe("FORBIDDEN");
    const employeeUser = await buildUser(server, { organisation });
    await givePasskey(server, employeeUser);
    const employee = await signIn(server, employeeUser);
    expect(codeOf(await employee.request(profileQuery, { id: organisation.id }))).toBe("FORBIDDEN");
    // As everywhere in this API, another tenant's organisation is "not visible to the caller".
    const otherAdmin = await signIn(server, await buildUser(server, { role: Role.ORG_ADMIN }));
    const hidden = await otherAdmin.request(profileQuery, { id: organisation.id });
    expect(codeOf(hidden)).toBe("NOT_FOUND");
    expect(hidden.data?.passkeySecurityProfile ?? null).toBeNull();
    expect(codeOf(await server.client().request(profileQuery, { id: organisation.id }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await supportClient.request(profileQuery, { id: "not-an-id" }))).toBe("NOT_FOUND");
  });

  it("never carries a key or a secret", async () => {
    const client = await signIn(server, admin);
    const result = await client.request(profileQuery, { id: organisation.id });
    const text = JSON.stringify(result);
    const keys = await server.dataSource
      .getRepository("Credential")
      .find({ where: { organisationId: organisation.id } });
    for (const key of keys) {
      expect(text).not.toContain((key as { publicKey: string }).publicKey);
      expect(text).not.toContain((key as { credentialId: string }).credentialId);
    }
  });
});

const listQuery = `query ($search: String, $sort: OrganisationSort, $direction: SortDirection, $first: Int, $after: String) {
  organisations(search: $search, sort: $sort, direction: $direction, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name summary { users usersWithPasskey adoptionRate lastActivityAt } } }
  }
}`;

describe("support's organisations list", () => {
  let support: Awaited<ReturnType<typeof signIn>>;
  const names = (result: { organisations: { edges: { node: { name: string } }[] } }) =>
    result.organisations.edges.map((e) => e.node.name);

  beforeAll(async () => {
    // Zeta: 3 users, 1 with a passkey, active on 5 Nov. Alpha: 1 user with a passkey, active on 3 Nov.
    // Mid: 2 users (and one disabled), none with a passkey, active on 4 Nov. Quiet: nobody, no events after
    // its creation on 1 Nov.
    clock.set("2026-11-01T09:00:00Z");
    const quiet = await buildOrganisation(server, { name: "Sorting Quiet" });
    void quiet;
    clock.set("2026-11-02T09:00:00Z");
    const zeta = await buildOrganisation(server, { name: "Sorting Zeta" });
    const alpha = await buildOrganisation(server, { name: "sorting alpha" });
    const mid = await buildOrganisation(server, { name: "Sorting Mid" });
    clock.set("2026-11-03T09:00:00Z");
    await givePasskey(server, await buildUser(server, { organisation: alpha }));
    clock.set("2026-11-04T09:00:00Z");
    await buildUser(server, { organisation: mid });
    await buildUser(server, { organisation: mid });
    const gone = await buildUser(server, { organisation: mid });
    await server.dataSource.getRepository(User).update({ id: gone.id }, { disabledAt: clock.now() });
    clock.set("2026-11-05T09:00:00Z");
    await givePasskey(server, await buildUser(server, { organisation: zeta }));
    await buildUser(server, { organisation: zeta });
    await buildUser(server, { organisation: zeta });
    // Signed in last: the sessions of this server end after 30 idle minutes of its clock.
    const staff = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, staff);
    support = await signIn(server, staff);
  });

  it("gives each organisation its users, adoption and last activity", async () => {
    const result = await support.ok(listQuery, { search: "sorting ", sort: "NAME" });
    expect(result.organisations.totalCount).toBe(4);
    expect(result.organisations.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        name: "sorting alpha",
        summary: { users: 1, usersWithPasskey: 1, adoptionRate: 1, lastActivityAt: "2026-11-03T09:00:00.000Z" },
      },
      {
        name: "Sorting Mid",
        summary: { users: 2, usersWithPasskey: 0, adoptionRate: 0, lastActivityAt: "2026-11-04T09:00:00.000Z" },
      },
      {
        name: "Sorting Quiet",
        summary: { users: 0, usersWithPasskey: 0, adoptionRate: 0, lastActivityAt: "2026-11-01T09:00:00.000Z" },
      },
      {
        name: "Sorting Zeta",
        summary: { users: 3, usersWithPasskey: 1, adoptionRate: 1 / 3, lastActivityAt: "2026-11-05T09:00:00.000Z" },
      },
    ]);
  });

  it.each([
    ["USERS", "DESC", ["Sorting Zeta", "Sorting Mid", "sorting alpha", "Sorting Quiet"]],
    ["ADOPTION", "DESC", ["sorting alpha", "Sorting Zeta", "Sorting Mid", "Sorting Quiet"]],
    ["LAST_ACTIVITY", "DESC", ["Sorting Zeta", "Sorting Mid", "sorting alpha", "Sorting Quiet"]],
    ["LAST_ACTIVITY", "ASC", ["Sorting Quiet", "sorting alpha", "Sorting Mid", "Sorting Zeta"]],
    ["NAME", "DESC", ["Sorting Zeta", "Sorting Quiet", "Sorting Mid", "sorting alpha"]],
    // Ties (three made at one instant) go by name.
    ["CREATED", "ASC", ["Sorting Quiet", "sorting alpha", "Sorting Mid", "Sorting Zeta"]],
  ])("sorts by %s %s", async (sort, direction, expected) => {
    expect(names(await support.ok(listQuery, { search: "sorting ", sort, direction }))).toEqual(expected);
  });

  it("pages a sorted list to the end, each organisation once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: {
        organisations: {
          edges: { node: { name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await support.ok(listQuery, {
        search: "sorting ",
        sort: "USERS",
        direction: "DESC",
        first: 3,
        after,
      });
      seen.push(...names(result));
      if (!result.organisations.pageInfo.hasNextPage) break;
      after = result.organisations.pageInfo.endCursor;
    }
    expect(seen).toEqual(["Sorting Zeta", "Sorting Mid", "sorting alpha", "Sorting Quiet"]);
  });

  it("refuses a cursor it did not give out, naming the argument", async () => {
    const keyset = (await support.ok(listQuery, { first: 1 })).organisations.pageInfo.endCursor;
    for (const after of [keyset, "bm90LWEtY3Vyc29y", "!!"]) {
      const result = await support.request(listQuery, { sort: "NAME", after });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });

  it("reads a page's figures in a fixed number of statements, however many organisations it shows", async () => {
    for (let i = 0; i < 12; i++) {
      const organisation = await buildOrganisation(server, { name: `Counted ${i}` });
      await buildUser(server, { organisation });
    }
    const statements = async (variables: Record<string, unknown>) =>
      (await countQueries(server.dataSource, () => support.ok(listQuery, { search: "counted", ...variables }))).count;
    // The session's reads are the same in every request; what matters is that more rows cost nothing more.
    expect(await statements({ first: 12 })).toBe(await statements({ first: 2 }));
    expect(await statements({ first: 12, sort: "ADOPTION" })).toBe(await statements({ first: 2, sort: "ADOPTION" }));
  });
});

describe("what support did, in an organisation's feed", () => {
  const feed = `query ($id: ID) {
    organisation(id: $id) { auditEvents(first: 10) { edges { node { type byPlatformSupport actor { displayName } } } } }
  }`;

  it("is marked as platform support's; the tenant sees no name, support sees who", async () => {
    const organisation = await buildOrganisation(server);
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    const staff = await buildUser(server, { role: Role.SUPPORT, displayName: "Robin Support" });
    await givePasskey(server, staff);
    const support = await signIn(server, staff);
    await support.ok("mutation ($id: ID!) { setPasskeysActivated(organisationId: $id, activated: true) { id } }", {
      id: organisation.id,
    });

    const adminView = await (await signIn(server, admin)).ok(feed, { id: organisation.id });
    const byType = (view: typeof adminView, type: string) =>
      view.organisation.auditEvents.edges.find((e: { node: { type: string } }) => e.node.type === type).node;
    expect(byType(adminView, "PASSKEYS_ACTIVATED")).toEqual({
      type: "PASSKEYS_ACTIVATED",
      byPlatformSupport: true,
      actor: null,
    });
    // Made by the system (no actor): not support's.
    expect(byType(adminView, "USER_CREATED")).toMatchObject({ byPlatformSupport: false, actor: null });
    const supportView = await support.ok(feed, { id: organisation.id });
    expect(byType(supportView, "PASSKEYS_ACTIVATED")).toEqual({
      type: "PASSKEYS_ACTIVATED",
      byPlatformSupport: true,
      actor: { displayName: "Robin Support" },
    });
  });
});
