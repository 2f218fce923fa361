import { describe, expect, it } from "vitest";
import { deviceName } from "./device-name";

describe("a passkey named from the browser that made it", () => {
  it.each([
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Chrome on Mac",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iPhone",
    ],
    [
      "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iPad",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Edge on Windows",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "Chrome on Android",
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
      "Samsung Internet on Android",
    ],
    ["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux"],
  ])("%s → %s", (ua, name) => {
    expect(deviceName(ua)).toBe(name);
  });

  it("names nothing it cannot read", () => {
    expect(deviceName(null)).toBeNull();
    expect(deviceName("")).toBeNull();
    expect(deviceName("x".repeat(5000))).toBeNull();
  });

  it("names nothing for a client it cannot place (a native app's HTTP client, curl)", () => {
    expect(deviceName("MyApp/1.0 CFNetwork/1490.0.4 Darwin/23.2.0")).toBeNull();
    expect(deviceName("okhttp/4.12.0")).toBeNull();
    expect(deviceName("curl/8.0")).toBeNull();
  });
});
