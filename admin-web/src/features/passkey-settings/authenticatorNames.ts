import { useEffect, useState } from "react";

let cache: Record<string, string> | null = null;

/** AAGUID → name, loaded in its own chunk on first use (the list is long). */
export function useAuthenticatorNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>(cache ?? {});
  useEffect(() => {
    if (cache) return;
    let live = true;
    void import("virtual:aaguids").then((module) => {
      cache = module.default;
      if (live) setNames(module.default);
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}
