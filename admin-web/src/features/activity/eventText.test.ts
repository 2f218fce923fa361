import { describe, expect, it } from "vitest";
import { eventDetails } from "./eventText";

describe("audit event details in words", () => {
  it("names sign-in methods", () => {
    expect(eventDetails({ method: "SIGN_IN_CODE", userVerified: true })).toEqual([
      "Method: sign-in code",
      "Verified with biometrics or PIN: yes",
    ]);
  });

  it("lists a policy change field by field, as the settings page names them", () => {
    expect(
      eventDetails({
        version: 4,
        changed: { maxSkips: { from: null, to: 3 }, forcePasskeySetup: { from: false, to: true } },
        requirement: "MANDATORY",
      }),
    ).toEqual(["Maximum skips: not set → 3", "Force Passkey Setup: no → yes", "Requirement now: mandatory"]);
  });

  it("says the API's reasons as words", () => {
    expect(eventDetails({ method: "SIGN_IN_CODE", reason: "no_tries_left" })).toEqual([
      "Method: sign-in code",
      "Reason: no tries left",
    ]);
  });

  it("shortens long ids and leaves out empty values", () => {
    expect(eventDetails({ credentialId: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", reason: null })).toEqual([
      "Passkey: AAAAAAAAAAAA…",
    ]);
    expect(eventDetails(null)).toEqual([]);
  });
});
