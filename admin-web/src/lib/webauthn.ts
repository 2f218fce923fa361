import { readLocalStorageValue, useLocalStorage } from "@mantine/hooks";
import { useCallback } from "react";

/**
 * The WebAuthn Signal API (Chrome 132+): tells the device's passkey manager
 * which of a user's passkeys the service still accepts, so removed or revoked
 * ones disappear from the account chooser instead of failing at sign-in.
 *
 * It needs the WebAuthn user handle, which the contract does not expose on
 * User. The console learns it from the ceremonies it runs on this device (the
 * registration options' user.id and an assertion's userHandle) and keeps it
 * per user in localStorage.
 */

interface SignalCapablePublicKeyCredential {
  signalAllAcceptedCredentials?: (options: {
    rpId: string;
    userId: string;
    allAcceptedCredentialIds: string[];
  }) => Promise<void>;
  signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
}

// One map of user id → user handle, through Mantine's storage helpers (which cope with storage being disabled).
const handlesStorage = { key: "passkeys-admin:user-handles", defaultValue: {} as Record<string, string> };

/** Keeps the user handle a ceremony on this device revealed, for later signals. */
export function useRememberUserHandle() {
  const [, setHandles] = useLocalStorage({ ...handlesStorage, getInitialValueInEffect: false });
  return useCallback(
    (userId: string, userHandle: string | null | undefined) => {
      if (userHandle) setHandles((handles) => ({ ...handles, [userId]: userHandle }));
    },
    [setHandles],
  );
}

export function knownUserHandle(userId: string): string | null {
  return readLocalStorageValue(handlesStorage)[userId] ?? null;
}

/** rpId from WebAuthn options JSON (creation: rp.id, request: rpId), else this host. */
export function rpIdFrom(options: unknown): string {
  const o = (options ?? {}) as { rpId?: string; rp?: { id?: string } };
  return o.rpId ?? o.rp?.id ?? window.location.hostname;
}

/** user.id of PublicKeyCredentialCreationOptionsJSON: the user handle. */
export function userHandleFromCreationOptions(options: unknown): string | undefined {
  return (options as { user?: { id?: string } } | null)?.user?.id;
}

function signalApi(): SignalCapablePublicKeyCredential | undefined {
  return typeof window !== "undefined" && "PublicKeyCredential" in window
    ? (window.PublicKeyCredential as unknown as SignalCapablePublicKeyCredential)
    : undefined;
}

export function supportsSignalApi(): boolean {
  return typeof signalApi()?.signalAllAcceptedCredentials === "function";
}

/**
 * Tells the passkey manager the full list of this user's accepted passkeys.
 * Falls back to signalling a single removed credential as unknown when the
 * user handle is not known on this device. Never throws.
 */
export async function signalAcceptedCredentials({
  userId,
  rpId,
  acceptedIds,
  removedId,
}: {
  userId: string;
  rpId?: string;
  acceptedIds: string[];
  removedId?: string;
}): Promise<"all-accepted" | "unknown" | "unsupported"> {
  const api = signalApi();
  const rp = rpId ?? window.location.hostname;
  const handle = knownUserHandle(userId);
  try {
    if (handle && api?.signalAllAcceptedCredentials) {
      await api.signalAllAcceptedCredentials({
        rpId: rp,
        userId: handle,
        allAcceptedCredentialIds: acceptedIds,
      });
      return "all-accepted";
    }
    if (removedId && api?.signalUnknownCredential) {
      await api.signalUnknownCredential({ rpId: rp, credentialId: removedId });
      return "unknown";
    }
  } catch {
    // A signal is advice to the passkey manager; failing it changes nothing here.
  }
  return "unsupported";
}
