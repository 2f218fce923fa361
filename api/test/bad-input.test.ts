import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { Organisation } from "../src/modules/organisations/organisation.entity";
import { buildOrganisation, buildUser, givePasskey, signIn } from "./factories";
import { GraphQLClient, startTestServer, TestServer } from "./harness";

/**
 * Hostile input to the organisation, user, audit and app operations, from a caller allowed to make
 * them (SUPPORT): every answer is the contract's BAD_USER_INPUT or NOT_FOUND, never a 500.
 */

const HUGE = "x".repeat(10_000);
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const FORGED_CURSOR = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", HUGE])).toString("base64url");

type Case = [
  label: string,
  query: string,
  variables: (org: Organisation) => Record<string, unknown>,
  expected: "BAD_USER_INPUT" | "NOT_FOUND",
];

const ORG = "query ($id: ID, $slug: String) { organisation(id: $id, slug: $slug) { id } }";
const ORGS =
  "query ($first: Int, $after: String, $search: String) { organisations(first: $first, after: $after, search: $search) { totalCount } }";
const USERS =
  "query ($id: ID, $first: Int, $after: String, $search: String, $status: PasskeyStatus, $role: Role) { organisation(id: $id) { users(first: $first, after: $after, search: $search, passkeyStatus: $status, role: $role) { totalCount } } }";
const EVENTS =
  "query ($id: ID, $first: Int, $after: String, $types: [AuditEventType!]) { organisation(id: $id) { auditEvents(first: $first, after: $after, types: $types) { edges { cursor } } } }";
const STATS =
  "query ($id: ID, $days: Int) { organisation(id: $id) { passkeyStats { signInsByMethod(days: $days) { count } } } }";
const CREATE_ORG = "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }";
const ACTIVATE =
  "mutation ($id: ID!, $on: Boolean!) { setPasskeysActivated(organisationId: $id, activated: $on) { id } }";
const CREATE_USER = "mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }";

const IOS = "mutation ($input: RegisterIosAppInput!) { registerIosApp(input: $input) { id } }";
const ANDROID = "mutation ($input: RegisterAndroidAppInput!) { registerAndroidApp(input: $input) { id } }";
const FINGERPRINTS =
  "mutation ($id: ID!, $f: [String!]!) { updateAndroidAppFingerprints(id: $id, certificateFingerprints: $f) { id } }";
const REMOVE_APP = "mutation ($id: ID!) { removeApp(id: $id) { id } }";
const ios = (org: Organisation, overrides: Record<string, unknown>) => ({
  input: { organisationId: org.id, teamId: "A1B2C3D4E5", bundleId: "com.bad.input", ...overrides },
});
const android = (org: Organisation, overrides: Record<string, unknown>) => ({
  input: {
    organisationId: org.id,
    packageName: "com.bad.input",
    certificateFingerprints: ["ab".repeat(32)],
    ...overrides,
  },
});

const user = (org: Organisation, overrides: Record<string, unknown>) => ({
  input: { organisationId: org.id, email: "ok@bad-input.test", displayName: "Ok", role: "EMPLOYEE", ...overrides },
});

const CASES: Case[] = [
  ["organisation: both id and slug", ORG, (o) => ({ id: o.id, slug: o.slug }), "BAD_USER_INPUT"],
  ["organisation: an id of the wrong type", ORG, () => ({ id: { nested: true } }), "BAD_USER_INPUT"],
  ["organisations: first of the wrong type", ORGS, () => ({ first: "ten" }), "BAD_USER_INPUT"],
  ["organisations: first beyond Int", ORGS, () => ({ first: 2 ** 40 }), "BAD_USER_INPUT"],
  ["organisations: a huge cursor", ORGS, () => ({ after: HUGE }), "BAD_USER_INPUT"],
  ["organisations: a forged cursor", ORGS, () => ({ after: FORGED_CURSOR }), "BAD_USER_INPUT"],
  ["organisations: a huge search", ORGS, () => ({ search: HUGE }), "BAD_USER_INPUT"],
  ["users: a huge search", USERS, (o) => ({ id: o.id, search: HUGE }), "BAD_USER_INPUT"],
  ["users: a forged cursor", USERS, (o) => ({ id: o.id, after: FORGED_CURSOR }), "BAD_USER_INPUT"],
  ["users: an unknown role", USERS, (o) => ({ id: o.id, role: "KING" }), "BAD_USER_INPUT"],
  ["users: a negative page size", USERS, (o) => ({ id: o.id, first: -3 }), "BAD_USER_INPUT"],
  ["auditEvents: a huge cursor", EVENTS, (o) => ({ id: o.id, after: HUGE }), "BAD_USER_INPUT"],
  [
    "auditEvents: a type list of the wrong type",
    EVENTS,
    (o) => ({ id: o.id, types: "SIGN_IN_FAILED,SIGNED_OUT" }),
    "BAD_USER_INPUT",
  ],
  ["signInsByMethod: a year and a day", STATS, (o) => ({ id: o.id, days: 366 }), "BAD_USER_INPUT"],
  [
    "createOrganisation: a huge name",
    CREATE_ORG,
    () => ({ input: { name: HUGE, slug: "fine-slug" } }),
    "BAD_USER_INPUT",
  ],
  ["createOrganisation: a huge slug", CREATE_ORG, () => ({ input: { name: "Fine", slug: HUGE } }), "BAD_USER_INPUT"],
  ["createOrganisation: a missing field", CREATE_ORG, () => ({ input: { name: "Fine" } }), "BAD_USER_INPUT"],
  ["setPasskeysActivated: an unknown id", ACTIVATE, () => ({ id: UNKNOWN_ID, on: true }), "NOT_FOUND"],
  ["setPasskeysActivated: a huge id", ACTIVATE, () => ({ id: HUGE, on: true }), "NOT_FOUND"],
  ["setPasskeysActivated: activated of the wrong type", ACTIVATE, (o) => ({ id: o.id, on: "yes" }), "BAD_USER_INPUT"],
  ["createUser: an unknown organisation", CREATE_USER, (o) => user(o, { organisationId: UNKNOWN_ID }), "NOT_FOUND"],
  ["createUser: a huge organisation id", CREATE_USER, (o) => user(o, { organisationId: HUGE }), "NOT_FOUND"],
  ["createUser: a huge email", CREATE_USER, (o) => user(o, { email: `${HUGE}@x.test` }), "BAD_USER_INPUT"],
  ["createUser: a huge name", CREATE_USER, (o) => user(o, { displayName: HUGE }), "BAD_USER_INPUT"],
  ["createUser: a huge password", CREATE_USER, (o) => user(o, { password: HUGE }), "BAD_USER_INPUT"],
  ["createUser: an unknown role", CREATE_USER, (o) => user(o, { role: "KING" }), "BAD_USER_INPUT"],
  ["registerIosApp: an unknown organisation", IOS, (o) => ios(o, { organisationId: UNKNOWN_ID }), "NOT_FOUND"],
  ["registerIosApp: a huge organisation id", IOS, (o) => ios(o, { organisationId: HUGE }), "NOT_FOUND"],
  ["registerIosApp: a huge Team ID", IOS, (o) => ios(o, { teamId: HUGE }), "BAD_USER_INPUT"],
  ["registerIosApp: a huge bundle id", IOS, (o) => ios(o, { bundleId: `com.${HUGE}` }), "BAD_USER_INPUT"],
  ["registerIosApp: a Team ID of the wrong type", IOS, (o) => ios(o, { teamId: 1234567890 }), "BAD_USER_INPUT"],
  [
    "registerAndroidApp: a huge package name",
    ANDROID,
    (o) => android(o, { packageName: `com.${HUGE}` }),
    "BAD_USER_INPUT",
  ],
  [
    "registerAndroidApp: a huge fingerprint",
    ANDROID,
    (o) => android(o, { certificateFingerprints: [HUGE] }),
    "BAD_USER_INPUT",
  ],
  [
    "registerAndroidApp: a thousand fingerprints",
    ANDROID,
    (o) => android(o, { certificateFingerprints: Array(1_000).fill("ab".repeat(32)) }),
    "BAD_USER_INPUT",
  ],
  [
    "registerAndroidApp: fingerprints of the wrong type",
    ANDROID,
    (o) => android(o, { certificateFingerprints: [{ sha256: "ab" }] }),
    "BAD_USER_INPUT",
  ],
  [
    "updateAndroidAppFingerprints: an unknown id",
    FINGERPRINTS,
    () => ({ id: UNKNOWN_ID, f: ["ab".repeat(32)] }),
    "NOT_FOUND",
  ],
  ["updateAndroidAppFingerprints: a huge id", FINGERPRINTS, () => ({ id: HUGE, f: ["ab".repeat(32)] }), "NOT_FOUND"],
  ["removeApp: an unknown id", REMOVE_APP, () => ({ id: UNKNOWN_ID }), "NOT_FOUND"],
  ["removeApp: a huge id", REMOVE_APP, () => ({ id: HUGE }), "NOT_FOUND"],
];

describe("hostile input never yields a 500", () => {
  let server: TestServer;
  let support: GraphQLClient;
  let org: Organisation;

  beforeAll(async () => {
    server = await startTestServer();
    const staff = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, staff);
    support = await signIn(server, staff);
    org = await buildOrganisation(server);
  });
  afterAll(() => server.close());

  it.each(CASES)("%s", async (_label, query, variables, expected) => {
    const res = await support.request(query, variables(org));
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
  });
});
