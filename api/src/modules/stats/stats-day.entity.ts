import { Entity, PrimaryColumn } from "typeorm";
import { IntColumn, JsonColumn } from "../../db/columns";

/**
 * One closed UTC day of an organisation's figures, written once by the first read that needs it:
 * the enabled users and those with a passkey at the end of the day, and the day's successful
 * sign-ins per method. A closed day's history never changes (every timestamp is written at the
 * time it names), so a stored day is as true as a live count, and a chart of a year reads 365
 * small rows instead of every user, passkey and sign-in of a 100,000-person organisation. (A
 * reactivation clears disabledAt, which rewrites a user's past as if never deactivated; a stored
 * day keeps what was true when it was stored.)
 */
@Entity("stats_days")
export class StatsDay {
  @PrimaryColumn({ type: "varchar", length: 36 })
  organisationId: string;

  /** YYYY-MM-DD (UTC). */
  @PrimaryColumn({ type: "varchar", length: 10 })
  day: string;

  @IntColumn()
  users: number;

  @IntColumn()
  usersWithPasskey: number;

  /** Successful sign-ins that day, by AuthMethod. */
  @JsonColumn()
  signIns: Record<string, number>;
}
