import { useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { OrganisationUsersQuery, UserDetailQuery } from "./operations";

/**
 * Finds one user of an organisation by id. The contract has no user(id)
 * query, so: with the email known (it travels from the users table), one
 * search; without it (a shared link, a reload) or when it is stale, the user
 * list is walked page by page for the email first.
 */
export function useOrganisationUser(organisationId: string, userId: string, emailHint?: string) {
  const [email, setEmail] = useState<string | undefined>(emailHint);
  const [hintFailed, setHintFailed] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const walk = useQuery(OrganisationUsersQuery, {
    variables: { organisationId, first: 100, after },
    skip: Boolean(email) || missing,
  });
  useEffect(() => {
    const users = walk.data?.organisation?.users;
    if (email || !users) return;
    const found = users.edges.find((edge) => edge.node.id === userId);
    if (found) setEmail(found.node.email);
    else if (users.pageInfo.hasNextPage && users.pageInfo.endCursor !== after) setAfter(users.pageInfo.endCursor);
    else setMissing(true);
  }, [walk.data, email, userId, after]);

  const detail = useQuery(UserDetailQuery, {
    variables: { organisationId, email: email ?? "" },
    skip: !email,
  });
  const user = detail.data?.organisation?.users.edges.find((edge) => edge.node.id === userId)?.node;
  const searchedInVain = Boolean(email && detail.data && !user);
  const hintInVain = searchedInVain && email === emailHint && !hintFailed;
  useEffect(() => {
    if (hintInVain) {
      setHintFailed(true);
      setEmail(undefined);
    }
  }, [hintInVain]);

  return {
    user,
    organisationName: detail.data?.organisation?.name,
    error: detail.error ?? walk.error,
    notFound: missing || (searchedInVain && !hintInVain),
    refetch: () => void (email ? detail.refetch() : walk.refetch()),
  };
}
