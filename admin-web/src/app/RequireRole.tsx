import type { ReactNode } from "react";
import type { Role } from "../graphql/graphql";
import { ForbiddenPage } from "./StatusPages";
import { useSignedInViewer } from "../lib/ViewerContext";

export function RequireRole({
  roles,
  allowInDevelopment = false,
  children,
}: {
  roles: Role[];
  allowInDevelopment?: boolean;
  children: ReactNode;
}) {
  const viewer = useSignedInViewer();
  const role = viewer.user?.role;
  const allowed = (role && roles.includes(role)) || (allowInDevelopment && import.meta.env.DEV);
  return allowed ? <>{children}</> : <ForbiddenPage />;
}
