import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildUser, givePasskey, signIn } from "../../../test/factories";
import { codeOf, DAY, GraphQLClient, startTestServer, TestServer } from "../../../test/harness";
import { AuditEvent } from "../audit/audit-event.entity";
import { AuditEventType, AuthMethod, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "./passkey-policy.entity";

const UPDATE = `mutation ($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) {
  enabled forcePasskeySetup requirement enabledFrom forceSetupFrom remindAfterDays maxSkips mandatoryRoles
  userVerification allowedAuthenticators allowPasswordAfterPasskey version updatedAt updatedBy { email } } }`;
const SETUP = "{ viewer { session { restricted } passkeySetup { nextStep requirement canSkip reason remindAt } } }";

describe("Org Settings > Passkeys", () => {
  let server: TestServer;
  let org: Organisation;
  let admin: GraphQLClient;
  let adminEmail: string;

  const version = async (o: Organisation) =>
    (await server.dataSource.getRepository(PasskeyPolicy).findOneByOrFail({ organisationId: o.id })).version;
  const update = async (input: Record<string, unknown>, as = admin, o = org) =>
    as.request(UPDATE, { i: { organisationId: o.id, expectedVersion: await version(o), ...input } });

  beforeAll(async () => {
    server = await startTestServer();
    org = await buildOrganisation(server, { passkeysActivated: true });
    const user = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
    adminEmail = user.email;
    await givePasskey(server, user);
    admin = await signIn(server, user);
  });
  afterAll(() => server.close());

  it("starts switched off, and answers FEATURE_NOT_ACTIVATED until support activates passkeys", async () => {
    const inactive = await buildOrganisation(server);
    const inactiveAdmin = await signIn(
      server,
      await buildUser(server, { organisation: inactive, role: Role.ORG_ADMIN }),
    );
    const read = await inactiveAdmin.ok(
      "{ viewer { organisation { passkeyPolicy { enabled forcePasskeySetup requirement userVerification version mandatoryRoles allowedAuthenticators allowPasswordAfterPasskey } } } }",
    );
    expect(read.viewer.organisation.passkeyPolicy).toEqual({
      enabled: false,
      forcePasskeySetup: false,
      requirement: "OFF",
      userVerification: "REQUIRED",
      version: 1,
      mandatoryRoles: [],
      allowedAuthenticators: [],
      allowPasswordAfterPasskey: false,
    });
    const result = await update({ enabled: true }, inactiveAdmin, inactive);
    expect(codeOf(result)).toBe("FEATURE_NOT_ACTIVATED");
    expect(await version(inactive)).toBe(1);
  });

  it("turns passkeys on as optional, then mandatory, with a version and an audit event per change", async () => {
    const optional = await update({ enabled: true });
    expect(optional.data.updatePasskeyPolicy).toMatchObject({
      enabled: true,
      requirement: "OPTIONAL",
      updatedBy: { email: adminEmail },
    });
    const mandatory = await update({ forcePasskeySetup: true });
    expect(mandatory.data.updatePasskeyPolicy).toMatchObject({
      forcePasskeySetup: true,
      requirement: "MANDATORY",
      version: optional.data.updatePasskeyPolicy.version + 1,
    });
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ organisationId: org.id, type: AuditEventType.POLICY_UPDATED });
    // The test clock stands still, so the event is picked by the version it recorded, not by time.
    const event = events.find((e) => e.data!.version === mandatory.data.updatePasskeyPolicy.version)!;
    expect(event.data).toMatchObject({
      changed: { forcePasskeySetup: { from: false, to: true } },
      requirement: "MANDATORY",
    });
    await update({ forcePasskeySetup: false });
  });

  it("refuses a stale version with VERSION_CONFLICT and the current version, changing nothing", async () => {
    const current = await version(org);
    await admin.ok(UPDATE, { i: { organisationId: org.id, expectedVersion: current, maxSkips: 3 } });
    const stale = await admin.request(UPDATE, { i: { organisationId: org.id, expectedVersion: current, maxSkips: 9 } });
    expect(stale.errors![0].extensions).toMatchObject({ code: "VERSION_CONFLICT", currentVersion: current + 1 });
    expect(
      (await server.dataSource.getRepository(PasskeyPolicy).findOneByOrFail({ organisationId: org.id })).maxSkips,
    ).toBe(3);
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const current = await version(org);
    const results = await Promise.all(
      [4, 5, 6].map((maxSkips) =>
        admin.request(UPDATE, { i: { organisationId: org.id, expectedVersion: current, maxSkips } }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === "VERSION_CONFLICT")).toHaveLength(2);
    expect(await version(org)).toBe(current + 1);
  });

  it("keeps an omitted field and clears a nullable one given as null", async () => {
    await update({ remindAfterDays: 14, maxSkips: 2 });
    const kept = await update({ enabled: true });
    expect(kept.data.updatePasskeyPolicy).toMatchObject({ remindAfterDays: 14, maxSkips: 2 });
    const cleared = await update({ remindAfterDays: null });
    expect(cleared.data.updatePasskeyPolicy).toMatchObject({ remindAfterDays: null, maxSkips: 2 });
  });

  it.each<[string, Record<string, unknown>]>([
    ["remindAfterDays below 1", { remindAfterDays: 0 }],
    ["remindAfterDays above a year", { remindAfterDays: 366 }],
    ["negative maxSkips", { maxSkips: -1 }],
    ["maxSkips above 100", { maxSkips: 101 }],
    ["SUPPORT as a mandatory role", { mandatoryRoles: ["SUPPORT"] }],
    ["an AAGUID that is not one", { allowedAuthenticators: ["not-an-aaguid"] }],
    [
      "too many authenticators",
      {
        allowedAuthenticators: Array.from(
          { length: 101 },
          (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
        ),
      },
    ],
    ["mandatory before switch-on", { enabledFrom: "2026-06-01T00:00:00Z", forceSetupFrom: "2026-05-01T00:00:00Z" }],
    ["a date decades away", { enabledFrom: "2090-01-01T00:00:00Z" }],
    ["a date without a zone", { enabledFrom: "2026-06-01T00:00:00" }],
    ["not a date", { enabledFrom: "next tuesday" }],
    ["clearing a non-nullable field", { enabled: null }],
    ["a wrong type", { maxSkips: "three" }],
    ["an unknown role", { mandatoryRoles: ["KING"] }],
    ["an unknown field", { colour: "blue" }],
  ])("refuses %s with BAD_USER_INPUT and changes nothing", async (_label, input) => {
    const before = await version(org);
    expect(codeOf(await update(input))).toBe("BAD_USER_INPUT");
    expect(await version(org)).toBe(before);
  });

  it("answers NOT_FOUND for an unknown organisation and FORBIDDEN for an editor", async () => {
    const unknown = await admin.request(UPDATE, {
      i: { organisationId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1 },
    });
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    const editor = await signIn(server, await buildUser(server, { organisation: org, role: Role.APP_EDITOR }));
    expect(codeOf(await update({ maxSkips: 1 }, editor))).toBe("FORBIDDEN");
  });

  it("normalises allowed authenticators to lower case without duplicates", async () => {
    const aaguid = "FBFC3007-154E-4ECC-8C0B-6E020557D7BD";
    const result = await update({ allowedAuthenticators: [aaguid, aaguid.toLowerCase()] });
    expect(result.data.updatePasskeyPolicy.allowedAuthenticators).toEqual([aaguid.toLowerCase()]);
    await update({ allowedAuthenticators: [] });
  });
});

describe("scheduled dates, through viewer", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const employeeOf = async (policy: Partial<PasskeyPolicy>, role = Role.EMPLOYEE) => {
    const org = await buildOrganisation(server, { passkeysActivated: true, policy: { enabled: true, ...policy } });
    return buildUser(server, { organisation: org, role });
  };

  it("stays OFF before the switch-on date and offers setup once it has passed", async () => {
    const user = await employeeOf({ enabledFrom: new Date(server.clock.now().getTime() + DAY) });
    expect((await (await signIn(server, user)).ok(SETUP)).viewer.passkeySetup).toMatchObject({
      nextStep: "NONE",
      requirement: "OFF",
    });
    server.clock.advanceDays(1);
    expect((await (await signIn(server, user)).ok(SETUP)).viewer.passkeySetup).toMatchObject({
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
    });
  });

  it("moves from optional to mandatory on the mandatory date, restricting the session", async () => {
    const user = await employeeOf({ forceSetupFrom: new Date(server.clock.now().getTime() + DAY) });
    expect((await (await signIn(server, user)).ok(SETUP)).viewer).toMatchObject({
      session: { restricted: false },
      passkeySetup: { nextStep: "OFFER_SETUP" },
    });
    server.clock.advanceDays(1);
    expect((await (await signIn(server, user)).ok(SETUP)).viewer).toMatchObject({
      session: { restricted: true },
      passkeySetup: { nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", canSkip: false, reason: "FIRST_PASSKEY" },
    });
  });

  it("makes setup mandatory for a listed role only", async () => {
    const policy = { mandatoryRoles: [Role.ORG_ADMIN] };
    expect(
      (await (await signIn(server, await employeeOf(policy, Role.ORG_ADMIN))).ok(SETUP)).viewer.passkeySetup.nextStep,
    ).toBe("REQUIRE_SETUP");
    expect(
      (await (await signIn(server, await employeeOf(policy, Role.APP_EDITOR))).ok(SETUP)).viewer.passkeySetup.nextStep,
    ).toBe("OFFER_SETUP");
  });

  it("offers a new device its own passkey after a code sign-in", async () => {
    const user = await employeeOf({});
    await givePasskey(server, user);
    const device = await signIn(server, user, { authMethod: AuthMethod.SIGN_IN_CODE });
    expect((await device.ok(SETUP)).viewer.passkeySetup).toMatchObject({
      nextStep: "OFFER_SETUP",
      reason: "NEW_DEVICE",
      canSkip: true,
    });
    expect((await (await signIn(server, user)).ok(SETUP)).viewer.passkeySetup.nextStep).toBe("NONE");
  });
});

describe("sign-in options", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  const OPTIONS =
    "query ($s: String!) { signInOptions(organisationSlug: $s) { organisationName passkeysAvailable requirement } }";

  it("tells a sign-in screen the organisation's name and whether passkeys are on, and null for an unknown slug", async () => {
    const off = await buildOrganisation(server, { name: "Acme Ltd" });
    const on = await buildOrganisation(server, {
      passkeysActivated: true,
      policy: { enabled: true, forcePasskeySetup: true },
    });
    const client = server.client();
    expect((await client.ok(OPTIONS, { s: off.slug })).signInOptions).toEqual({
      organisationName: "Acme Ltd",
      passkeysAvailable: false,
      requirement: "OFF",
    });
    expect((await client.ok(OPTIONS, { s: on.slug.toUpperCase() })).signInOptions).toMatchObject({
      passkeysAvailable: true,
      requirement: "MANDATORY",
    });
    expect((await client.ok(OPTIONS, { s: "nobody-here" })).signInOptions).toBeNull();
    expect((await client.ok(OPTIONS, { s: "x".repeat(5000) })).signInOptions).toBeNull();
  });
});

describe("who changed the policy, as the organisation sees it", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const READ = `{ viewer { organisation { passkeyPolicy { version updatedBy { id email displayName role } } } } }`;
  const READ_AS_SUPPORT = `query ($id: ID!) { organisation(id: $id) { passkeyPolicy { updatedBy { email role } } } }`;
  const EVENTS = `query ($id: ID!) { organisation(id: $id) { auditEvents(types: [POLICY_UPDATED]) { edges { node { actor { email } } } } } }`;

  it("support staff stay anonymous (null) to employees and admins, as in the audit trail; support sees them", async () => {
    const org = await buildOrganisation(server, { passkeysActivated: true });
    const staff = await buildUser(server, { role: Role.SUPPORT, email: "staff@platform-policy.test" });
    await givePasskey(server, staff);
    const support = await signIn(server, staff);
    const adminUser = await buildUser(server, { organisation: org, role: Role.ORG_ADMIN });
    await givePasskey(server, adminUser);
    const admin = await signIn(server, adminUser);
    const employee = await signIn(server, await buildUser(server, { organisation: org }));

    const saved = await support.request(UPDATE, { i: { organisationId: org.id, expectedVersion: 1, enabled: true } });
    expect(saved.data.updatePasskeyPolicy.updatedBy).toEqual({ email: staff.email });

    for (const [who, client] of [
      ["employee", employee],
      ["admin", admin],
    ] as const) {
      const read = await client.ok(READ);
      expect(read.viewer.organisation.passkeyPolicy, who).toEqual({ version: 2, updatedBy: null });
    }
    const events = await admin.ok(EVENTS, { id: org.id });
    expect(events.organisation.auditEvents.edges.map((e: any) => e.node.actor)).toEqual([null]);
    const asSupport = await support.ok(READ_AS_SUPPORT, { id: org.id });
    expect(asSupport.organisation.passkeyPolicy.updatedBy).toEqual({ email: staff.email, role: "SUPPORT" });

    // No other way in: the organisation's user lookups do not reach support staff either.
    const lookup = await admin.ok(
      `query ($id: ID!, $staff: ID!) { organisation(id: $id) { user(id: $staff) { id } users(role: SUPPORT) { totalCount } } }`,
      { id: org.id, staff: staff.id },
    );
    expect(lookup.organisation).toEqual({ user: null, users: { totalCount: 0 } });
    const asEmployee = await employee.request(`query ($id: ID!) { organisation(id: $id) { user(id: $id) { id } } }`, {
      id: org.id,
    });
    expect(codeOf(asEmployee)).toBe("FORBIDDEN");

    // The organisation's own admin is shown to its members.
    await admin.request(UPDATE, { i: { organisationId: org.id, expectedVersion: 2, remindAfterDays: 3 } });
    const read = await employee.ok(READ);
    expect(read.viewer.organisation.passkeyPolicy.updatedBy).toEqual({
      id: adminUser.id,
      email: adminUser.email,
      displayName: adminUser.displayName,
      role: "ORG_ADMIN",
    });
  });
});
