import { describe, expect, it } from "vitest";
import { graphQLError } from "../test/errors";
import { describeWait, toApiError } from "./errors";
import { safeNextPath } from "./session";

describe("API errors in words", () => {
  it("says how long to wait when rate limited", () => {
    const error = toApiError(graphQLError("RATE_LIMITED", "Too many", { retryAfterSeconds: 90 }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBe(90);
    expect(error.message).toBe("Too many tries. Wait 2 minutes and try again.");
  });

  it.each([
    ["INVALID_CREDENTIALS", /details are not right/],
    ["PASSKEY_REQUIRED", /protected by a passkey.*code from your app/],
    ["CEREMONY_FAILED", /passkey could not be checked/],
    ["CHALLENGE_EXPIRED", /took too long/],
    ["FEATURE_NOT_ACTIVATED", /not been activated for your organisation/],
  ])("%s", (code, words) => {
    expect(toApiError(graphQLError(code)).message).toMatch(words);
  });

  it("keeps the API's own words for bad input", () => {
    expect(toApiError(graphQLError("BAD_USER_INPUT", "The slug is taken.")).message).toBe("The slug is taken.");
  });

  it("explains a cancelled passkey dialog and a device that already has one", () => {
    expect(toApiError(Object.assign(new Error("x"), { name: "NotAllowedError" })).code).toBe("WEBAUTHN_CANCELLED");
    expect(toApiError(Object.assign(new Error("x"), { name: "InvalidStateError" })).message).toBe(
      "This device already has a passkey for your account.",
    );
  });

  it("describes waits", () => {
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(60)).toBe("a minute");
    expect(describeWait(3600)).toBe("an hour");
  });
});

describe("where to go after sign-in", () => {
  it("follows only same-site paths", () => {
    expect(safeNextPath("/users?x=1")).toBe("/users?x=1");
    expect(safeNextPath("//evil.example")).toBeUndefined();
    expect(safeNextPath("https://evil.example")).toBeUndefined();
    expect(safeNextPath("/sign-in")).toBeUndefined();
    expect(safeNextPath(null)).toBeUndefined();
  });
});
