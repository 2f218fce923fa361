import { useParams } from "react-router";
import { useSignedInViewer } from "../../lib/ViewerContext";
import { UserDetail } from "./UserDetail";

export function UserPage() {
  const viewer = useSignedInViewer();
  const { id } = useParams();
  return (
    <UserDetail
      key={id}
      organisationId={viewer.organisation!.id}
      userId={id!}
      canManage={viewer.user?.role === "ORG_ADMIN"}
      backTo={{ path: "/users", label: "All users" }}
    />
  );
}
