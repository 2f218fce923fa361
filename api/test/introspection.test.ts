import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/modules/enums";
import { buildPasskeyOrganisation } from "./ceremonies";
import { buildUser, givePasskey, signIn } from "./factories";
import { GraphQLClient, startTestServer, TestServer } from "./harness";

/**
 * In production introspection is for SUPPORT staff only (DESIGN security rules), wherever in the
 * document __schema or __type appears: at the top, through named or inline fragments, under an alias.
 */

const DOCUMENTS: [string, string][] = [
  ["__schema at the top", "{ __schema { queryType { name } } }"],
  ["__type at the top", '{ __type(name: "User") { name } }'],
  ["__schema under an alias", "{ s: __schema { queryType { name } } }"],
  ["__schema through a named fragment", "query { ...F } fragment F on Query { __schema { queryType { name } } }"],
  ["__type through a named fragment", 'query { ...F } fragment F on Query { __type(name: "User") { name } }'],
  ["__schema through an inline fragment", "{ ... on Query { __schema { queryType { name } } } }"],
  [
    "__type in a fragment nested in a fragment",
    'query { ...A } fragment A on Query { viewer { authenticated } ...B } fragment B on Query { __type(name: "Role") { name } }',
  ],
  [
    "__schema beside an ordinary field, in a named operation",
    "query Harmless { viewer { authenticated } __schema { types { name } } }",
  ],
];

type Caller = "anonymous" | "employee" | "admin" | "restrictedAdmin" | "support";
const CALLERS: Caller[] = ["anonymous", "employee", "admin", "restrictedAdmin", "support"];

describe("introspection in production", () => {
  let server: TestServer;
  const clients = {} as Record<Caller, GraphQLClient>;

  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: "production" } });
    const organisation = await buildPasskeyOrganisation(server);
    // Setup mandatory for admins: an admin without a passkey has a restricted session.
    const mandatory = await buildPasskeyOrganisation(server, { mandatoryRoles: [Role.ORG_ADMIN] });
    const employee = await buildUser(server, { organisation });
    const admin = await buildUser(server, { organisation, role: Role.ORG_ADMIN });
    const restrictedAdmin = await buildUser(server, { organisation: mandatory, role: Role.ORG_ADMIN });
    const support = await buildUser(server, { role: Role.SUPPORT });
    await givePasskey(server, support);
    clients.anonymous = server.client();
    clients.employee = await signIn(server, employee);
    clients.admin = await signIn(server, admin);
    clients.restrictedAdmin = await signIn(server, restrictedAdmin);
    clients.support = await signIn(server, support);
  });
  afterAll(() => server.close());

  it("the restricted admin really is restricted, and the others are not", async () => {
    for (const caller of CALLERS.filter((c) => c !== "anonymous")) {
      const data = await clients[caller].ok("{ viewer { session { restricted } } }");
      expect(data.viewer.session.restricted, caller).toBe(caller === "restrictedAdmin");
    }
  });

  for (const caller of CALLERS) {
    it.each(DOCUMENTS)(`${caller}: %s`, async (_label, query) => {
      const res = await clients[caller].request(query);
      if (caller === "support") {
        expect(res.status).toBe(200);
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.status).toBe(403);
        expect(res.data).toBeUndefined();
        expect(res.errors).toEqual([
          { message: "Introspection is available to support staff only.", extensions: { code: "FORBIDDEN" } },
        ]);
      }
    });
  }

  it("__typename is not introspection: anyone may ask for it", async () => {
    const res = await clients.anonymous.request("{ __typename viewer { __typename authenticated } }");
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __typename: "Query", viewer: { __typename: "Viewer", authenticated: false } });
  });
});

describe("introspection in development", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: "development" } });
  });
  afterAll(() => server.close());

  it("is open to anyone, for GraphiQL and codegen on a laptop", async () => {
    const res = await server.client().request("query { ...F } fragment F on Query { __schema { queryType { name } } }");
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});
