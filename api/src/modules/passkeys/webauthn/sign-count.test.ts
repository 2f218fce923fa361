import { describe, expect, it } from "vitest";
import { MAX_SIGN_COUNT, verifySignCount } from "./sign-count";

describe("verifySignCount (§7.2 step 22)", () => {
  it("passes a count that went up and returns it to store", () => {
    expect(verifySignCount(5, 6)).toBe(6);
    expect(verifySignCount(2 ** 31 - 1, 2 ** 31)).toBe(2 ** 31);
    expect(verifySignCount(2 ** 31, MAX_SIGN_COUNT)).toBe(MAX_SIGN_COUNT);
  });
  it("refuses a count that did not go up while both are non-zero: a possible clone", () => {
    expect(() => verifySignCount(6, 6)).toThrow(
      expect.objectContaining({ check: "sign count", reason: "sign_count_regression" }),
    );
    expect(() => verifySignCount(MAX_SIGN_COUNT, 2 ** 31)).toThrow(
      expect.objectContaining({ reason: "sign_count_regression" }),
    );
  });
  it("passes zero on either side (authenticators without counters) and keeps the highest seen", () => {
    expect(verifySignCount(0, 0)).toBe(0);
    expect(verifySignCount(7, 0)).toBe(7);
    expect(verifySignCount(0, 3)).toBe(3);
  });
});
