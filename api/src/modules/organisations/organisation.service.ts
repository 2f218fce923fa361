import { randomUUID } from "node:crypto";
import { Brackets, DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/transactions";
import { isUniqueViolation } from "../../db/unique-violation";
import { badInput, notFound } from "../../errors";
import { containsPattern, keysetPage, PageArgs, searchTerm } from "../../pagination";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType } from "../enums";
import { PolicyService } from "../policy/policy.service";
import { CONTROL_CHARACTERS, isId } from "../../input-checks";
import { Organisation } from "./organisation.entity";
import { OrganisationConnection } from "./organisation.types";

export interface Actor {
  id: string | null;
  ip: string | null;
}

export interface NewOrganisation {
  name: string;
  slug: string;
}

/** Lower-case letters, digits and inner hyphens, 2 to 64 characters: safe in a URL and a sign-in screen. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;

/** Limits `qb` (organisations as "o") to those whose name or slug contains `term`; all of them for null. */
export function whereOrganisationMatches<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, term: string | null) {
  if (term) {
    qb.andWhere(
      new Brackets((w) =>
        w.where("LOWER(o.name) LIKE :pattern ESCAPE '!'").orWhere("LOWER(o.slug) LIKE :pattern ESCAPE '!'"),
      ),
      { pattern: containsPattern(term) },
    );
  }
  return qb;
}

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    protected readonly transactions: Transactions,
    protected readonly clock: Clock,
    private readonly policies: PolicyService,
  ) {}

  async exists(id: string): Promise<boolean> {
    if (!isId(id)) return false;
    return (await this.dataSource.getRepository(Organisation).count({ where: { id } })) > 0;
  }

  findById(id: string) {
    if (!isId(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(Organisation).findOne({ where: { id } });
  }

  findBySlug(slug: string) {
    if (slug.length > 64) return Promise.resolve(null);
    return this.dataSource.getRepository(Organisation).findOne({ where: { slug: slug.trim().toLowerCase() } });
  }

  /** Checks a new organisation's fields; BAD_USER_INPUT names the first one that is wrong. */
  validate(input: NewOrganisation): NewOrganisation {
    const name = input.name.trim();
    if (!name || name.length > 200 || CONTROL_CHARACTERS.test(name)) {
      throw badInput("Enter a name of 1 to 200 characters, without control characters.", "name");
    }
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) {
      throw badInput("A slug has 2 to 64 lower-case letters, digits and hyphens, and no hyphen at either end.", "slug");
    }
    return { name, slug };
  }

  /**
   * Creates the organisation with its default passkey policy (off, user verification required)
   * and the ORGANISATION_CREATED event, all or nothing.
   */
  async create(input: NewOrganisation, actor: Actor): Promise<Organisation> {
    const { name, slug } = this.validate(input);
    const taken = () => badInput(`The slug "${slug}" is already taken.`, "slug");
    try {
      return await this.transactions.run(async (manager) => {
        if (await manager.getRepository(Organisation).exist({ where: { slug } })) throw taken();
        const now = this.clock.now();
        const organisation = manager.create(Organisation, {
          id: randomUUID(),
          name,
          slug,
          passkeysActivated: false,
          createdAt: now,
        });
        await manager.insert(Organisation, organisation);
        await this.policies.createDefault(manager, organisation.id, now);
        await recordAudit(manager, {
          type: AuditEventType.ORGANISATION_CREATED,
          organisationId: organisation.id,
          actorId: actor.id,
          data: { name, slug },
          ip: actor.ip,
          at: now,
        });
        return organisation;
      });
    } catch (error) {
      // Two creates of one slug at once: the unique index refuses the second.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  /**
   * SUPPORT's switch. Idempotent: setting the value it already has changes nothing and writes
   * no event, so the audit trail shows only real changes. The conditional UPDATE decides, so
   * two concurrent calls cannot both record the same change.
   */
  async setPasskeysActivated(id: string, activated: boolean, actor: Actor): Promise<Organisation> {
    if (!isId(id)) throw notFound("The organisation");
    return this.transactions.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Organisation)
        .set({ passkeysActivated: activated })
        .where("id = :id AND passkeysActivated = :previous", { id, previous: !activated })
        .execute();
      if (result.affected) {
        await recordAudit(manager, {
          type: activated ? AuditEventType.PASSKEYS_ACTIVATED : AuditEventType.PASSKEYS_DEACTIVATED,
          organisationId: id,
          actorId: actor.id,
          ip: actor.ip,
          at: this.clock.now(),
        });
      }
      const organisation = await manager.getRepository(Organisation).findOne({ where: { id } });
      if (!organisation) throw notFound("The organisation");
      return organisation;
    });
  }

  /** SUPPORT's list: oldest first, filtered by name or slug. */
  async page(args: PageArgs & { search?: string | null }): Promise<OrganisationConnection> {
    const term = searchTerm(args.search);
    const query = () =>
      whereOrganisationMatches(this.dataSource.getRepository(Organisation).createQueryBuilder("o"), term);
    const [page, totalCount] = await Promise.all([keysetPage(query(), "o", args), query().getCount()]);
    return { ...page, totalCount };
  }
}
