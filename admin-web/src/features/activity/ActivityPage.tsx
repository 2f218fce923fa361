import { useSignedInViewer } from "../../lib/ViewerContext";
import { PageHeader } from "../../ui/PageHeader";
import { AuditFeed } from "./AuditFeed";

export function ActivityPage() {
  const viewer = useSignedInViewer();
  return (
    <>
      <PageHeader title="Activity" description="Sign-ins, passkeys and settings changes in your organisation." />
      <AuditFeed organisationId={viewer.organisation!.id} />
    </>
  );
}
