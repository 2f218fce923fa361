import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, formatCode, generateCode, normaliseCode } from "./sign-in-code.rules";

describe("sign-in code rules", () => {
  it("has an alphabet without characters people mix up", () => {
    for (const ambiguous of "01OILUV") expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it("draws 8 characters from the alphabet, every one of them in use", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateCode();
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it("shows a code as XXXX-XXXX", () => {
    expect(formatCode("K7QX2M9D")).toBe("K7QX-2M9D");
  });

  it.each([
    ["K7QX-2M9D", "K7QX2M9D"],
    ["K7QX2M9D", "K7QX2M9D"],
    ["k7qx-2m9d", "K7QX2M9D"],
    [" k7qx 2m9d ", "K7QX2M9D"],
  ])("reads %j as %s", (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });

  it.each(["", "K7QX-2M9", "K7QX-2M9DD", "K7QX-2M90", "K7QX-2MOD", "K7QX_2M9D", "K".repeat(40)])(
    "refuses %j as no code at all",
    (typed) => {
      expect(normaliseCode(typed)).toBeNull();
    },
  );
});
