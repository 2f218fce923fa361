import bundled from "./aaguids.json";

/**
 * Authenticator names by AAGUID, from a dated copy of the community list bundled with the
 * code (DESIGN "Credentials"): never fetched at run time, so a deploy names the same
 * authenticators on every replica, offline included. Refresh with scripts/refresh-aaguids.ts.
 */
export interface AaguidList {
  source: string;
  fetchedAt: string;
  authenticators: Record<string, { name: string }>;
}

/** The AAGUID of an authenticator that does not say what it is (most "none" attestations). */
export const ZERO_AAGUID = "00000000-0000-0000-0000-000000000000";

const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isAaguid = (value: string) => AAGUID.test(value.toLowerCase());

const list = bundled as AaguidList;
const names = new Map(Object.entries(list.authenticators).map(([aaguid, { name }]) => [aaguid.toLowerCase(), name]));

export const aaguidListVersion = { source: list.source, fetchedAt: list.fetchedAt };

/** The authenticator's name, e.g. "iCloud Keychain"; null when the AAGUID is unknown or all zeros. */
export function authenticatorName(aaguid: string | null | undefined): string | null {
  if (!aaguid) return null;
  return names.get(aaguid.toLowerCase()) ?? null;
}

/** Every known authenticator, sorted by name, for the console's "Allowed authenticators" picker. */
export function knownAuthenticators(): { aaguid: string; name: string }[] {
  return [...names]
    .map(([aaguid, name]) => ({ aaguid, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.aaguid.localeCompare(b.aaguid));
}

/**
 * Converts the community list (`{ "<aaguid>": { "name", "icon_dark", "icon_light" } }`, or the
 * flat `{ "<aaguid>": "name" }` some packages ship) into the bundled format. Icons are dropped:
 * they are large data: URLs the API has no use for.
 */
export function fromCommunityList(input: unknown, source: string, fetchedAt: string): AaguidList {
  if (!input || typeof input !== "object" || Array.isArray(input))
    throw new Error("expected a JSON object keyed by AAGUID");
  const authenticators: AaguidList["authenticators"] = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) {
    const aaguid = key.toLowerCase();
    if (!isAaguid(aaguid)) throw new Error(`"${key}" is not an AAGUID`);
    const name = typeof value === "string" ? value : (value as { name?: unknown } | null)?.name;
    if (typeof name !== "string" || !name.trim()) throw new Error(`${key} has no name`);
    authenticators[aaguid] = { name: name.trim() };
  }
  return { source, fetchedAt, authenticators };
}
