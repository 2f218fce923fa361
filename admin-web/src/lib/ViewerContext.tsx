import { createContext, useContext } from "react";
import type { ViewerState } from "./viewer";

export const ViewerContext = createContext<ViewerState | null>(null);

/** The signed-in viewer; only under the auth gate, which provides it. */
export function useSignedInViewer(): ViewerState {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useSignedInViewer outside the auth gate");
  return viewer;
}
