import { Field, ObjectType } from "type-graphql";
import { Brackets, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "./errors";

/**
 * Relay-style cursor pagination over a stable key (createdAt, id). Cursors are opaque to
 * clients (base64url JSON) and checked on the way in: a tampered cursor is BAD_USER_INPUT,
 * never a database error.
 */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Search terms longer than any name, slug or email can only be mistakes or abuse. */
export const MAX_SEARCH_LENGTH = 254;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The position of a row in (createdAt, id) order. */
export interface CursorKey {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString("base64url");
}

const malformedCursor = () => badInput("The cursor is not one this API gave out.", "after");

/** The JSON inside a cursor; BAD_USER_INPUT on `after` for anything this API could not have given out. */
function cursorJson(cursor: string): unknown {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformedCursor();
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw malformedCursor();
  }
}

/**
 * A position in a list ordered by something that is not a stable key (an aggregate that moves as people use the
 * service), as an offset.
 */
export const encodeOffsetCursor = (offset: number) =>
  Buffer.from(JSON.stringify(["offset", offset])).toString("base64url");

export function decodeOffsetCursor(cursor: string): number {
  const value = cursorJson(cursor);
  if (!Array.isArray(value) || value[0] !== "offset" || !Number.isSafeInteger(value[1]) || value[1] < 0) {
    throw malformedCursor();
  }
  return value[1] as number;
}

export function decodeCursor(cursor: string): CursorKey {
  const malformed = malformedCursor;
  const value = cursorJson(cursor);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || typeof value[1] !== "string") {
    throw malformed();
  }
  const createdAt = new Date(value[0]);
  if (Number.isNaN(createdAt.getTime()) || value[1].length > 36) throw malformed();
  return { createdAt, id: value[1] };
}

/** `first` defaults to 50 and must be 1..100: an unbounded page is a denial of service. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, "first");
  }
  return first;
}

/** A LIKE pattern matching `term` anywhere, with the wildcards in the term taken literally (escape char '!'). */
export function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The trimmed search term, or null for none; too long is BAD_USER_INPUT. */
export function searchTerm(search: string | null | undefined): string | null {
  const term = search?.trim() ?? "";
  if (term.length > MAX_SEARCH_LENGTH) throw badInput(`search has at most ${MAX_SEARCH_LENGTH} characters.`, "search");
  return term || null;
}

/**
 * Fetches one page of `query` in (createdAt, id) order, ascending or newest first. Reads one
 * row more than asked to learn whether another page follows, so there is no second query.
 */
/** Limits `query` to the rows after `key` in (createdAt, id) order. */
export function afterKey<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  key: CursorKey,
  direction: "ASC" | "DESC",
): SelectQueryBuilder<T> {
  const op = direction === "ASC" ? ">" : "<";
  // The first condition is implied by the second; it is there so that the database reads a range of the
  // (…, createdAt, id) index instead of filtering every row from the top of it (MariaDB does not on the OR alone).
  return query
    .andWhere(`${alias}.createdAt ${op}= :afterCreatedAt`, { afterCreatedAt: key.createdAt })
    .andWhere(
      new Brackets((qb) =>
        qb
          .where(`${alias}.createdAt ${op} :afterCreatedAt`)
          .orWhere(`(${alias}.createdAt = :afterCreatedAt AND ${alias}.id ${op} :afterId)`),
      ),
      { afterCreatedAt: key.createdAt, afterId: key.id },
    );
}

export async function keysetPage<T extends ObjectLiteral & CursorKey>(
  query: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
  direction: "ASC" | "DESC" = "ASC",
): Promise<Page<T>> {
  const size = pageSize(args.first);
  if (args.after) afterKey(query, alias, decodeCursor(args.after), direction);
  const rows = await query
    .orderBy(`${alias}.createdAt`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(size + 1)
    .getMany();
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
