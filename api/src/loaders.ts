import DataLoader from "dataloader";
import { DataSource, In, IsNull } from "typeorm";
import { Organisation } from "./modules/organisations/organisation.entity";
import { isId } from "./input-checks";
import { Credential } from "./modules/passkeys/credential.entity";
import { User } from "./modules/users/user.entity";
import { organisationSummaries, OrganisationSummary } from "./modules/stats/organisation-summary";

/**
 * Per-request batch loaders: a page of 50 users asks for its organisations, passkeys
 * and audit actors in one query each, not one per row. New per request, so nothing cached
 * outlives the request or leaks between callers.
 */
export interface Loaders {
  organisationById: DataLoader<string, Organisation | null>;
  /** By lower-cased slug; primes organisationById. */
  organisationBySlug: DataLoader<string, Organisation | null>;
  userById: DataLoader<string, User | null>;
  /** The user's unrevoked passkeys, oldest first. */
  passkeysByUser: DataLoader<string, Credential[]>;
  /** Users, adoption and last activity of each organisation on a page: one grouped query for the page. */
  organisationSummaryById: DataLoader<string, OrganisationSummary | null>;
}

/** A user by id through the request's loader, so a request reads each user once; null for a malformed id. */
export function loadUser(loaders: Loaders, id: string): Promise<User | null> {
  return isId(id) ? loaders.userById.load(id) : Promise.resolve(null);
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createLoaders(dataSource: DataSource): Loaders {
  const organisationById = new DataLoader<string, Organisation | null>(async (ids) =>
    byId(ids, await dataSource.getRepository(Organisation).find({ where: { id: In([...ids]) } })),
  );
  return {
    organisationById,
    organisationBySlug: new DataLoader(async (slugs) => {
      const rows = await dataSource.getRepository(Organisation).find({ where: { slug: In([...slugs]) } });
      for (const row of rows) organisationById.prime(row.id, row);
      const map = new Map(rows.map((row) => [row.slug, row]));
      return slugs.map((slug) => map.get(slug) ?? null);
    }),
    userById: new DataLoader(async (ids) =>
      byId(ids, await dataSource.getRepository(User).find({ where: { id: In([...ids]) } })),
    ),
    passkeysByUser: new DataLoader(async (userIds) => {
      const rows = await dataSource.getRepository(Credential).find({
        where: { userId: In([...userIds]), revokedAt: IsNull() },
        order: { createdAt: "ASC", id: "ASC" },
      });
      const byUser = new Map<string, Credential[]>();
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
    organisationSummaryById: new DataLoader((ids) => organisationSummaries(dataSource, ids)),
  };
}
