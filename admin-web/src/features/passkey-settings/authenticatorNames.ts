import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { PasskeyAuthenticatorsQuery } from "./operations";

/** AAGUID (lower case) → name, from the API's list (one request per session: it does not change while running). */
export function useAuthenticatorNames(): Record<string, string> {
  const { data } = useQuery(PasskeyAuthenticatorsQuery, { fetchPolicy: "cache-first" });
  return useMemo(
    () => Object.fromEntries((data?.passkeyAuthenticators ?? []).map((a) => [a.aaguid.toLowerCase(), a.name])),
    [data],
  );
}
