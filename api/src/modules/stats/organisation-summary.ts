import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { DataSource, SelectQueryBuilder } from "typeorm";
import { decodeOffsetCursor, encodeOffsetCursor, Page, PageArgs, pageSize, searchTerm } from "../../pagination";
import { DateTimeScalar } from "../../scalars";
import { AuditEvent } from "../audit/audit-event.entity";
import { Organisation } from "../organisations/organisation.entity";
import { whereOrganisationMatches } from "../organisations/organisation.service";
import { USER_BUCKETS, UserCount } from "../users/user-count.entity";

export enum OrganisationSort {
  CREATED = "CREATED",
  NAME = "NAME",
  USERS = "USERS",
  ADOPTION = "ADOPTION",
  LAST_ACTIVITY = "LAST_ACTIVITY",
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrganisationSort, {
  name: "OrganisationSort",
  description: "The order of support's organisations list.",
});
registerEnumType(SortDirection, { name: "SortDirection" });

@ObjectType({ description: "An organisation's size and adoption, at a glance." })
export class OrganisationSummary {
  /** Not in the schema: whose summary this is. */
  organisationId: string;

  @Field(() => Int, { description: "Enabled users." })
  users: number;

  @Field(() => Int)
  usersWithPasskey: number;

  @Field(() => Float, { description: "usersWithPasskey / users, 0 when there are no users." })
  adoptionRate: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "The newest event on the organisation's audit trail; null when there is none.",
  })
  lastActivityAt: Date | null;
}

export interface SortedOrganisationPageArgs extends PageArgs {
  search?: string | null;
  sort: OrganisationSort;
  direction: SortDirection;
}

/**
 * The organisations with their users, adoption and last activity, in one query: two grouped derived tables
 * (enabled users per organisation from user_counts, newest audit event per organisation) joined to the
 * organisations. Both group along a primary key or an index ((organisationId, bucket, slot) and
 * (organisationId, createdAt, id)), so the cost is
 * one pass over those indexes, whatever the number of organisations, never one query per row.
 */
function summaryQuery(dataSource: DataSource, onlyIds: readonly string[] | null) {
  const limitTo = (column: string) => (onlyIds ? `${column} IN (:...onlyIds)` : `${column} IS NOT NULL`);
  const query = dataSource
    .getRepository(Organisation)
    .createQueryBuilder("o")
    .leftJoin(
      // Enabled users, and those with a passkey, from user_counts (kept by triggers on users).
      (sub: SelectQueryBuilder<UserCount>) =>
        sub
          .select("c.organisationId", "organisationId")
          .addSelect(
            `SUM(CASE WHEN c.bucket IN (${Object.values(USER_BUCKETS.enabled).join(", ")}) THEN c.n ELSE 0 END)`,
            "users",
          )
          .addSelect(`SUM(CASE WHEN c.bucket = ${USER_BUCKETS.enabled.HAS_PASSKEY} THEN c.n ELSE 0 END)`, "withPasskey")
          .from(UserCount, "c")
          .where(limitTo("c.organisationId"))
          .groupBy("c.organisationId"),
      "us",
      "us.organisationId = o.id",
    )
    .leftJoin(
      (sub: SelectQueryBuilder<AuditEvent>) =>
        sub
          .select("e.organisationId", "organisationId")
          .addSelect("MAX(e.createdAt)", "lastActivityAt")
          .from(AuditEvent, "e")
          .where(limitTo("e.organisationId"))
          .groupBy("e.organisationId"),
      "ae",
      "ae.organisationId = o.id",
    )
    .select("o.id", "id")
    .addSelect("COALESCE(us.users, 0)", "users")
    .addSelect("COALESCE(us.withPasskey, 0)", "withPasskey")
    .addSelect("ae.lastActivityAt", "lastActivityAt");
  if (onlyIds) query.where("o.id IN (:...onlyIds)", { onlyIds: [...onlyIds] });
  return query;
}

interface SummaryRow {
  id: string;
  users: unknown;
  withPasskey: unknown;
  lastActivityAt: unknown;
}

/** SQLite answers MAX(datetime) as its stored text (UTC, "YYYY-MM-DD HH:MM:SS.SSS"); MySQL as a Date. */
function instant(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

function summaryOf(row: SummaryRow): OrganisationSummary {
  // MySQL answers SUM as a DECIMAL string.
  const users = Number(row.users);
  const usersWithPasskey = Number(row.withPasskey);
  return {
    organisationId: row.id,
    users,
    usersWithPasskey,
    adoptionRate: users === 0 ? 0 : usersWithPasskey / users,
    lastActivityAt: instant(row.lastActivityAt),
  };
}

/** The summaries of these organisations (a page of them), in the order asked; one query for all. */
export async function organisationSummaries(
  dataSource: DataSource,
  ids: readonly string[],
): Promise<(OrganisationSummary | null)[]> {
  if (ids.length === 0) return [];
  const rows = await summaryQuery(dataSource, ids).getRawMany<SummaryRow>();
  const byId = new Map(rows.map((row) => [row.id, summaryOf(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

const sortExpressions: Record<OrganisationSort, string> = {
  [OrganisationSort.CREATED]: "o.createdAt",
  [OrganisationSort.NAME]: "LOWER(o.name)",
  [OrganisationSort.USERS]: "COALESCE(us.users, 0)",
  [OrganisationSort.ADOPTION]:
    "CASE WHEN COALESCE(us.users, 0) = 0 THEN 0 ELSE COALESCE(us.withPasskey, 0) * 1.0 / us.users END",
  // NULL (no activity at all) sorts as the oldest on both engines.
  [OrganisationSort.LAST_ACTIVITY]: "ae.lastActivityAt",
};

/*
 * A sorted page's cursor is its offset: the sort keys are aggregates that change as people sign in, so a keyset
 * over them would skip or repeat rows just the same, and support's list is read a page or two at a time.
 */

export interface SortedOrganisationPage extends Page<Organisation> {
  totalCount: number;
  summaries: OrganisationSummary[];
}

/** One page of organisations in the order asked, with their summaries (to prime the request's loader). */
export async function sortedOrganisationPage(
  dataSource: DataSource,
  args: SortedOrganisationPageArgs,
): Promise<SortedOrganisationPage> {
  const size = pageSize(args.first);
  const term = searchTerm(args.search);
  const offset = args.after ? decodeOffsetCursor(args.after) : 0;
  const rowsQuery = whereOrganisationMatches(summaryQuery(dataSource, null), term).orderBy(
    sortExpressions[args.sort],
    args.direction,
  );
  // Ties (no users, no activity yet) read best in name order; the id makes the order total for paging. (TypeORM
  // keeps one direction per expression: the name is not added again when it is the sort.)
  if (args.sort !== OrganisationSort.NAME) rowsQuery.addOrderBy(sortExpressions[OrganisationSort.NAME], "ASC");
  rowsQuery
    .addOrderBy("o.id", "ASC")
    .limit(size + 1)
    .offset(offset);
  const countQuery = whereOrganisationMatches(dataSource.getRepository(Organisation).createQueryBuilder("o"), term);
  const [rows, totalCount] = await Promise.all([rowsQuery.getRawMany<SummaryRow>(), countQuery.getCount()]);
  const pageRows = rows.slice(0, size);
  const organisations = pageRows.length
    ? await dataSource
        .getRepository(Organisation)
        .createQueryBuilder("o")
        .where("o.id IN (:...ids)", { ids: pageRows.map((r) => r.id) })
        .getMany()
    : [];
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const edges = pageRows
    .filter((row) => byId.has(row.id))
    .map((row, i) => ({ cursor: encodeOffsetCursor(offset + i + 1), node: byId.get(row.id)! }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
    summaries: pageRows.map(summaryOf),
  };
}
