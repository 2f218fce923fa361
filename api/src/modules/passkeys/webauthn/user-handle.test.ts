import { describe, expect, it } from "vitest";
import { verifyUserHandle } from "./user-handle";

const owner = "b3duZXI";

describe("verifyUserHandle (§7.2 step 6)", () => {
  it("passes the owner's handle, whether or not the user was identified first", () => {
    expect(() => verifyUserHandle(owner, owner, false)).not.toThrow();
    expect(() => verifyUserHandle(owner, owner, true)).not.toThrow();
  });
  it("refuses a handle that is not the credential owner's", () => {
    expect(() => verifyUserHandle("c29tZW9uZQ", owner, true)).toThrow(
      expect.objectContaining({ check: "user handle", reason: "user_handle" }),
    );
  });
  it("refuses a missing handle in a usernameless ceremony, and accepts it when the user was identified", () => {
    expect(() => verifyUserHandle(null, owner, false)).toThrow(expect.objectContaining({ reason: "user_handle" }));
    expect(() => verifyUserHandle(null, owner, true)).not.toThrow();
  });
});
