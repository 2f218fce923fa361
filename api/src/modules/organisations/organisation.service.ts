import { randomUUID } from "node:crypto";
import { Brackets, DataSource } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/data-source";
import { isUniqueViolation } from "../../db/unique-violation";
import { badInput, notFound } from "../../errors";
import { containsPattern, keysetPage, PageArgs, searchTerm } from "../../pagination";
import { AuditEvent } from "../audit/audit-event.entity";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod, UserVerificationRequirement } from "../enums";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { User } from "../users/user.entity";
import { CONTROL_CHARACTERS, passkeyStatusSql } from "../users/user.service";
import { Organisation } from "./organisation.entity";
import { OrganisationConnection, PasskeyStats, SignInCount } from "./organisation.types";

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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_STATS_DAYS = 365;

/** Ids are UUIDs made by this API; anything else names nothing and never reaches the database. */
export const isId = (id: string) => UUID.test(id);

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    protected readonly transactions: Transactions,
    protected readonly clock: Clock,
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
        await manager.insert(PasskeyPolicy, {
          organisationId: organisation.id,
          enabled: false,
          forcePasskeySetup: false,
          enabledFrom: null,
          forceSetupFrom: null,
          remindAfterDays: null,
          maxSkips: null,
          mandatoryRoles: [],
          userVerification: UserVerificationRequirement.REQUIRED,
          allowedAuthenticators: [],
          requireAttestation: false,
          allowPasswordAfterPasskey: false,
          version: 1,
          updatedAt: now,
          updatedById: null,
        });
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
    const query = () => {
      const qb = this.dataSource.getRepository(Organisation).createQueryBuilder("o");
      if (term) {
        qb.where(
          new Brackets((w) =>
            w.where("LOWER(o.name) LIKE :pattern ESCAPE '!'").orWhere("LOWER(o.slug) LIKE :pattern ESCAPE '!'"),
          ),
          { pattern: containsPattern(term) },
        );
      }
      return qb;
    };
    const [page, totalCount] = await Promise.all([keysetPage(query(), "o", args), query().getCount()]);
    return { ...page, totalCount };
  }

  /**
   * Adoption in one aggregate query over the organisation's enabled users (SUPPORT staff belong
   * to no organisation; disabled users can no longer adopt anything), reading each user's
   * passkeyCount and skipCount by the same rules as passkeyStatus.
   */
  async passkeyStats(organisationId: string): Promise<PasskeyStats> {
    const row = await this.dataSource
      .getRepository(User)
      .createQueryBuilder("u")
      .select("COUNT(*)", "total")
      .addSelect(`SUM(CASE WHEN ${passkeyStatusSql.HAS_PASSKEY("u")} THEN 1 ELSE 0 END)`, "withPasskey")
      .addSelect(`SUM(CASE WHEN ${passkeyStatusSql.SKIPPED("u")} THEN 1 ELSE 0 END)`, "skipped")
      .where("u.organisationId = :organisationId AND u.disabledAt IS NULL", { organisationId })
      .getRawOne<{ total: unknown; withPasskey: unknown; skipped: unknown }>();
    // MySQL answers SUM as a DECIMAL string, and NULL over no rows.
    const totalUsers = Number(row?.total ?? 0);
    const usersWithPasskey = Number(row?.withPasskey ?? 0);
    const usersSkipped = Number(row?.skipped ?? 0);
    return {
      organisationId,
      totalUsers,
      usersWithPasskey,
      usersSkipped,
      usersPending: totalUsers - usersWithPasskey - usersSkipped,
      adoptionRate: totalUsers === 0 ? 0 : usersWithPasskey / totalUsers,
    };
  }

  /** Successful sign-ins of the last `days` days per method; every method is listed, 0 when unused. */
  async signInsByMethod(organisationId: string, days: number, now: Date): Promise<SignInCount[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_STATS_DAYS) {
      throw badInput(`days must be between 1 and ${MAX_STATS_DAYS}.`, "days");
    }
    const since = new Date(now.getTime() - days * 86_400_000);
    const rows: { method: string | null; count: unknown }[] = await this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder("e")
      .select("e.method", "method")
      .addSelect("COUNT(*)", "count")
      .where("e.organisationId = :organisationId", { organisationId })
      .andWhere("e.type = :type", { type: AuditEventType.SIGN_IN_SUCCEEDED })
      .andWhere("e.createdAt >= :since", { since })
      .groupBy("e.method")
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.method, Number(row.count)]));
    return Object.values(AuthMethod).map((method) => ({ method, count: counts.get(method) ?? 0 }));
  }
}
