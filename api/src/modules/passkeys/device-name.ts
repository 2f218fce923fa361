import Bowser from "bowser";

/** Bowser's browser names, shortened to what people call them. */
const BROWSERS: Record<string, string> = {
  "Microsoft Edge": "Edge",
  "Samsung Internet for Android": "Samsung Internet",
  "Opera Touch": "Opera",
  "Yandex Browser": "Yandex",
};

/** Names bowser knows; for an unknown client it falls back to the UA's first word ("MyApp/1.0 CFNetwork"). */
const KNOWN_BROWSERS = new Set(Object.values(Bowser.BROWSER_MAP));

/** Bowser's operating systems, as the device people hold: "Chrome on Mac", not "on macOS". */
function deviceOf(os: string, model: string | undefined, type: string | undefined): string | null {
  switch (os) {
    case "macOS":
      return "Mac";
    case "iOS":
      // iPadOS Safari says "Macintosh"; a UA that says iOS names its model.
      return model === "iPad" || type === "tablet" ? "iPad" : "iPhone";
    case "Android":
      return type === "tablet" ? "Android tablet" : "Android";
    case "Chrome OS":
      return "Chromebook";
    case "":
      return null;
    default:
      return os;
  }
}

/**
 * A name for a passkey whose authenticator is not known by its AAGUID, from the User-Agent of
 * the browser that made it: "Chrome on Mac", "Safari on iPhone", "Edge on Windows". Only the
 * device when the browser is not one (a native app's HTTP client); null when nothing is known.
 * Parsed with bowser (MIT, maintained, no native code): ua-parser-js 2 is AGPL.
 */
export function deviceName(userAgent: string | null | undefined): string | null {
  if (!userAgent || userAgent.length > 1024) return null;
  const parsed = Bowser.parse(userAgent);
  const device = deviceOf(parsed.os.name ?? "", parsed.platform.model, parsed.platform.type);
  const rawBrowser = KNOWN_BROWSERS.has(parsed.browser.name ?? "") ? parsed.browser.name! : "";
  const browser = BROWSERS[rawBrowser] ?? rawBrowser;
  if (browser && device) return `${browser} on ${device}`.slice(0, 100);
  return (device ?? browser) || null;
}
