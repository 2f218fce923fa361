import { Entity, PrimaryColumn } from "typeorm";
import { DateTimeColumn, JsonColumn } from "../../db/columns";

/**
 * One row per scheduled job: whichever process moves `leaseUntil` past now with one conditional
 * UPDATE runs the job; every other process, on any node, sees affected = 0 and skips it.
 */
@Entity("housekeeping_leases")
export class HousekeepingLease {
  @PrimaryColumn({ type: "varchar", length: 32 })
  name: string;

  @DateTimeColumn()
  leaseUntil: Date;

  @DateTimeColumn({ nullable: true })
  lastRunAt: Date | null;

  @JsonColumn({ nullable: true })
  lastResult: Record<string, number> | null;
}
