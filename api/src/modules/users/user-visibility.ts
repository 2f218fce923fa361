import { Role } from "../enums";
import { User } from "./user.entity";

/**
 * A person named on an organisation's record (an audit event's actor, a policy's last editor) as
 * the viewer may see them: members of that organisation, and to SUPPORT anyone. Platform staff
 * acting on a tenant stay anonymous (null) to that tenant's members, who could not read the rest
 * of a SUPPORT user's fields anyway.
 */
export function visibleOnRecord(
  user: User | null,
  organisationId: string | null,
  viewer: Pick<User, "role">,
): User | null {
  if (!user) return null;
  if (viewer.role === Role.SUPPORT || user.organisationId === organisationId) return user;
  return null;
}
