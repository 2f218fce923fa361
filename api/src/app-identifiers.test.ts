import { describe, expect, it } from "vitest";
import {
  androidOrigin,
  checkAppleAppId,
  checkBundleId,
  checkFingerprint,
  checkPackageName,
  checkTeamId,
} from "./app-identifiers";

const HEX = "fa".repeat(16) + "0123456789abcdef".repeat(2);
const COLONS = HEX.toUpperCase().match(/../g)!.join(":");

describe("app identifiers", () => {
  it.each([
    ["A1B2C3D4E5", "A1B2C3D4E5"],
    [" a1b2c3d4e5 ", "A1B2C3D4E5"],
  ])("accepts the Team ID %j as %j", (input, value) => {
    expect(checkTeamId(input)).toEqual({ ok: true, value });
  });

  it.each(["A1B2C3D4E", "A1B2C3D4E56", "A1B2C3D4E-", ""])("refuses the Team ID %j", (input) => {
    expect(checkTeamId(input).ok).toBe(false);
  });

  it.each(["com.example.app", "com.Example.my-app2", "a.b"])("accepts the bundle id %j", (input) => {
    expect(checkBundleId(input)).toEqual({ ok: true, value: input });
  });

  it.each(["app", "com..app", ".com.app", "com.app.", "com.ex ample", "com.exämple", `com.${"a".repeat(152)}`])(
    "refuses the bundle id %j",
    (input) => {
      expect(checkBundleId(input).ok).toBe(false);
    },
  );

  it.each(["com.example.app", "com.example.app_debug", "de.Acme.App2"])("accepts the package name %j", (input) => {
    expect(checkPackageName(input)).toEqual({ ok: true, value: input });
  });

  it.each(["app", "com.1example", "com.example-app", "com..app", "com.example.", "_com.app"])(
    "refuses the package name %j",
    (input) => {
      expect(checkPackageName(input).ok).toBe(false);
    },
  );

  it("accepts fingerprints plain or with colons, in either case, and answers the assetlinks form", () => {
    for (const input of [HEX, HEX.toUpperCase(), COLONS, COLONS.toLowerCase(), ` ${COLONS} `]) {
      expect(checkFingerprint(input)).toEqual({ ok: true, value: COLONS });
    }
  });

  it.each([
    HEX.slice(2),
    HEX + "00",
    COLONS.slice(3),
    COLONS.replace(/:/g, "-"),
    COLONS.replace(":", "::"),
    HEX.slice(0, 10) + ":" + HEX.slice(10),
    "z".repeat(64),
    "",
  ])("refuses the fingerprint %j", (input) => {
    expect(checkFingerprint(input).ok).toBe(false);
  });

  it("splits TEAMID.bundle.id", () => {
    expect(checkAppleAppId("a1b2c3d4e5.com.example.app")).toEqual({
      ok: true,
      value: { teamId: "A1B2C3D4E5", bundleId: "com.example.app" },
    });
    expect(checkAppleAppId("com.example.app").ok).toBe(false);
    expect(checkAppleAppId("A1B2C3D4E5").ok).toBe(false);
  });

  it("makes the Android origin from the certificate's SHA-256, base64url without padding", () => {
    expect(androidOrigin(COLONS)).toBe("android:apk-key-hash:-vr6-vr6-vr6-vr6-vr6-gEjRWeJq83vASNFZ4mrze8");
  });
});
