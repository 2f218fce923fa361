import { Entity, EntityManager, PrimaryColumn } from "typeorm";
import { IntColumn } from "../../db/columns";

/**
 * How many of an organisation's users are in each bucket of (enabled or not) × passkey status,
 * kept by database triggers on `users` (migration UserCounts): every insert, update and delete of
 * a user moves its count, whichever code path or script wrote it, in the same transaction. So the
 * users page's totalCount and the adoption figures of a 100,000-person organisation are a read of
 * a few dozen rows instead of a count of every user.
 *
 * A bucket's count is spread over SLOTS rows (by the user's id), so that concurrent sign-ups and
 * registrations in one organisation rarely update the same row: on Galera two nodes writing one
 * row is a certification conflict. Readers add the slots up; a single slot may go below zero.
 */
@Entity("user_counts")
export class UserCount {
  @PrimaryColumn({ type: "varchar", length: 36 })
  organisationId: string;

  /** USER_BUCKETS: 0-2 enabled, 3-5 disabled; + 0 has a passkey, 1 skipped, 2 pending. */
  @PrimaryColumn({ type: "int" })
  bucket: number;

  @PrimaryColumn({ type: "int" })
  slot: number;

  @IntColumn()
  n: number;
}

export const USER_COUNT_SLOTS = 8;

/** The bucket codes of (enabled, status), as the triggers compute them. */
export const USER_BUCKETS = {
  enabled: { HAS_PASSKEY: 0, SKIPPED: 1, PENDING: 2 },
  disabled: { HAS_PASSKEY: 3, SKIPPED: 4, PENDING: 5 },
} as const;

/** The triggers' bucket of a users row (`row`: NEW or OLD), the same on MySQL/MariaDB and SQLite. */
export const bucketSql = (row: string) =>
  `(CASE WHEN ${row}.disabledAt IS NULL THEN 0 ELSE 3 END + ` +
  `CASE WHEN ${row}.passkeyCount > 0 THEN 0 WHEN ${row}.skipCount > 0 THEN 1 ELSE 2 END)`;

/** An organisation's users by bucket (index: the bucket code), from user_counts. */
export async function userCounts(manager: EntityManager, organisationId: string): Promise<number[]> {
  const counts = [0, 0, 0, 0, 0, 0];
  const rows = await manager
    .createQueryBuilder(UserCount, "c")
    .select("c.bucket", "bucket")
    .addSelect("SUM(c.n)", "n")
    .where("c.organisationId = :organisationId", { organisationId })
    .groupBy("c.bucket")
    .getRawMany<{ bucket: unknown; n: unknown }>();
  // MySQL answers SUM as a DECIMAL string.
  for (const row of rows) counts[Number(row.bucket)] = Number(row.n);
  return counts;
}

/** How many users of the organisation have this passkey status (all of them for null), enabled or not. */
export function usersWithStatus(counts: number[], status: keyof typeof USER_BUCKETS.enabled | null): number {
  if (!status) return counts.reduce((a, b) => a + b, 0);
  return counts[USER_BUCKETS.enabled[status]] + counts[USER_BUCKETS.disabled[status]];
}
