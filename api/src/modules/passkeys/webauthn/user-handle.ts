import { CheckFailed } from "./check-failed";

/**
 * WebAuthn L3 §7.2 step 6: "If the user was identified before the authentication ceremony was
 * initiated … if response.userHandle is present, verify that it equals the user handle of the
 * user account"; "if the user was not identified …, verify that response.userHandle is present"
 * and that it is the credential owner's. A usernameless ceremony learns the user from the handle.
 */
export function verifyUserHandle(userHandle: string | null, ownerHandle: string, userIdentified: boolean): void {
  if (userHandle ? userHandle !== ownerHandle : !userIdentified) throw new CheckFailed("user handle", "user_handle");
}
