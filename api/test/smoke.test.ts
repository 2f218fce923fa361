import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, TestServer } from "./harness";

describe("server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers viewer for a signed-out caller without an error", async () => {
    const data = await server.client().ok("{ viewer { authenticated user { id } passkeySetup { nextStep } } }");
    expect(data.viewer).toEqual({ authenticated: false, user: null, passkeySetup: null });
  });

  it("reports health and readiness as JSON", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: "ok", database: "up" });
  });
});
