import { describe, expect, it } from "vitest";
import bundled from "./aaguids.json";
import { authenticatorName, fromCommunityList, knownAuthenticators, ZERO_AAGUID } from "./aaguid";

describe("the bundled AAGUID list", () => {
  it("is dated, says where it comes from, and holds only lower-case AAGUIDs with names", () => {
    expect(bundled.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bundled.source).toMatch(/aaguids@\d/);
    const entries = Object.entries(bundled.authenticators as Record<string, { name: string }>);
    expect(entries.length).toBeGreaterThan(100);
    for (const [aaguid, { name }] of entries) {
      expect(aaguid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(0);
    }
  });

  it("names the common passkey providers, in any letter case", () => {
    expect(authenticatorName("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")).toBe("Google Password Manager");
    expect(authenticatorName("FBFC3007-154E-4ECC-8C0B-6E020557D7BD")).toBe("Apple Passwords");
    expect(authenticatorName("08987058-cadc-4b81-b6e1-30de50dcbe96")).toBe("Windows Hello");
    expect(authenticatorName("bada5566-a7aa-401f-bd96-45619a55120d")).toBe("1Password");
    expect(authenticatorName("d548826e-79b4-db40-a3d8-11116f7e8349")).toBe("Bitwarden");
  });

  it("has no name for the zero AAGUID or an unknown one", () => {
    expect(authenticatorName(ZERO_AAGUID)).toBeNull();
    expect(authenticatorName("12345678-1234-1234-1234-123456789012")).toBeNull();
    expect(authenticatorName(null)).toBeNull();
  });

  it("lists every authenticator once, sorted by name", () => {
    const list = knownAuthenticators();
    expect(new Set(list.map((a) => a.aaguid)).size).toBe(list.length);
    expect(list.map((a) => a.name)).toEqual([...list.map((a) => a.name)].sort((a, b) => a.localeCompare(b, "en")));
  });
});

describe("converting the community list", () => {
  it("keeps names, drops icons and lower-cases AAGUIDs", () => {
    const converted = fromCommunityList(
      {
        "FBFC3007-154E-4ECC-8C0B-6E020557D7BD": {
          name: " iCloud Keychain ",
          icon_dark: "data:image/svg+xml;base64,AAA",
          icon_light: "data:…",
        },
        "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": "Google Password Manager",
      },
      "community list",
      "2026-11-25",
    );
    expect(converted).toEqual({
      source: "community list",
      fetchedAt: "2026-11-25",
      authenticators: {
        "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": { name: "Google Password Manager" },
        "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": { name: "iCloud Keychain" },
      },
    });
  });

  it("refuses what is not an AAGUID-keyed object with names", () => {
    expect(() => fromCommunityList([], "x", "2026-01-01")).toThrow(/object/);
    expect(() => fromCommunityList({ "not-an-aaguid": { name: "x" } }, "x", "2026-01-01")).toThrow(/AAGUID/);
    expect(() =>
      fromCommunityList({ "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": { icon_dark: "x" } }, "x", "2026-01-01"),
    ).toThrow(/name/);
  });
});
