import { describe, expect, it } from "vitest";
import { nounFor, plural, shownOf } from "./words";

describe("counts in words", () => {
  it.each([
    [0, "0 passkeys"],
    [1, "1 passkey"],
    [2, "2 passkeys"],
    [21, "21 passkeys"],
  ])("%i → %s", (count, text) => {
    expect(plural(count, "passkey")).toBe(text);
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(3, "person", "people")).toBe("3 people");
    expect(nounFor(1, "person", "people")).toBe("person");
  });

  it("says a list's caption without '1 of 1 users'", () => {
    expect(shownOf(1, 1, "user")).toBe("1 user");
    expect(shownOf(3, 3, "user")).toBe("3 users");
    expect(shownOf(1, 2, "user")).toBe("1 of 2 users");
    expect(shownOf(25, 312, "person", "people")).toBe("25 of 312 people");
    expect(shownOf(0, 0, "user")).toBe("0 users");
  });
});
