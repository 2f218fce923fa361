/**
 * The identifiers of a native app as the operating systems write them, checked and normalised.
 * Pure and import-free: config.ts uses the same checks for the platform's own apps.
 *
 * Each check returns the normalised value, or a message for people when the value is wrong.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const wrong = <T>(message: string): Checked<T> => ({ ok: false, message });

/** Apple Team IDs are 10 upper-case letters and digits (the prefix of an App ID). */
export function checkTeamId(input: string): Checked<string> {
  const value = input.trim().toUpperCase();
  return /^[A-Z0-9]{10}$/.test(value)
    ? ok(value)
    : wrong("A Team ID has exactly 10 letters and digits, as shown in Apple's developer account (e.g. A1B2C3D4E5).");
}

/** App Store Connect: letters, digits, hyphens and periods, at most 155 characters; reverse-DNS segments. */
export function checkBundleId(input: string): Checked<string> {
  const value = input.trim();
  return value.length <= 155 && /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value)
    ? ok(value)
    : wrong(
        "A bundle id is reverse-DNS (e.g. com.example.app): letters, digits and hyphens in segments joined by periods, at most 155 characters.",
      );
}

/** Android: two or more segments, each starting with a letter, then letters, digits and underscores. */
export function checkPackageName(input: string): Checked<string> {
  const value = input.trim();
  return value.length <= 255 && /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(value)
    ? ok(value)
    : wrong(
        "A package name is like com.example.app: two or more segments joined by periods, each starting with a letter, then letters, digits or underscores.",
      );
}

/**
 * A SHA-256 signing-certificate fingerprint, as `keytool -list -v` or Play Console print it
 * (AA:BB:…) or as plain hex; answered in the upper-case colon form assetlinks.json uses.
 */
export function checkFingerprint(input: string): Checked<string> {
  const hex = input.trim().replace(/:/g, "");
  const colonForm = /^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/.test(input.trim());
  if (!/^[0-9A-Fa-f]{64}$/.test(hex) || (input.includes(":") && !colonForm)) {
    return wrong(
      "A SHA-256 certificate fingerprint is 32 bytes: 64 hex digits, plain or in pairs joined by colons (AA:BB:…).",
    );
  }
  return ok(hex.toUpperCase().match(/../g)!.join(":"));
}

/** `TEAMID.bundle.id`: an iOS app as apple-app-site-association's webcredentials.apps names it. */
export function checkAppleAppId(input: string): Checked<{ teamId: string; bundleId: string }> {
  const value = input.trim();
  const dot = value.indexOf(".");
  const teamId = checkTeamId(dot < 0 ? value : value.slice(0, dot));
  const bundleId = checkBundleId(dot < 0 ? "" : value.slice(dot + 1));
  if (!teamId.ok || !bundleId.ok) return wrong(`"${value}" is not TEAMID.bundle.id (e.g. A1B2C3D4E5.com.example.app)`);
  return ok({ teamId: teamId.value, bundleId: bundleId.value });
}

/** The origin Android puts in clientDataJSON for a ceremony made in the app signed with this certificate. */
export function androidOrigin(fingerprint: string): string {
  return `android:apk-key-hash:${Buffer.from(fingerprint.replace(/:/g, ""), "hex").toString("base64url")}`;
}
