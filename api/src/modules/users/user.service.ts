import { randomBytes, randomUUID } from "node:crypto";
import { DataSource, EntityManager } from "typeorm";
import { Clock } from "../../clock";
import { forUpdate, Transactions } from "../../db/transactions";
import { lean } from "../../db/lean";
import { userCounts, usersWithStatus } from "./user-count.entity";
import { isUniqueViolation } from "../../db/unique-violation";
import { badInput, forbidden, notFound } from "../../errors";
import { CONTROL_CHARACTERS } from "../../input-checks";
import { containsPattern, keysetPage, PageArgs, searchTerm } from "../../pagination";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, PasskeyStatus, Role } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { PLATFORM_TENANT, User } from "./user.entity";
import { UserConnection } from "./user.types";

export interface NewUser {
  organisationId: string | null;
  email: string;
  displayName: string;
  role: Role;
  password?: string | null;
}

export interface SignInAccountLookup {
  organisation: Organisation | null;
  policy: PasskeyPolicy | null;
  user: User | null;
  unknownOrganisation: boolean;
}

export interface UserFilter extends PageArgs {
  search?: string | null;
  passkeyStatus?: PasskeyStatus | null;
  role?: Role | null;
}

/** HAS_PASSKEY: an unrevoked passkey; SKIPPED: none and skipped at least once; PENDING: none, never skipped. */
export function passkeyStatusOf(user: Pick<User, "skipCount" | "passkeyCount">): PasskeyStatus {
  if (user.passkeyCount > 0) return PasskeyStatus.HAS_PASSKEY;
  return user.skipCount > 0 ? PasskeyStatus.SKIPPED : PasskeyStatus.PENDING;
}

/** SQL for the same statuses, on the users table under `alias`: one definition for filters and stats. */
export const passkeyStatusSql: Record<PasskeyStatus, (alias: string) => string> = {
  [PasskeyStatus.HAS_PASSKEY]: (u) => `${u}.passkeyCount > 0`,
  [PasskeyStatus.SKIPPED]: (u) => `${u}.passkeyCount = 0 AND ${u}.skipCount > 0`,
  [PasskeyStatus.PENDING]: (u) => `${u}.passkeyCount = 0 AND ${u}.skipCount = 0`,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  findById(id: string) {
    // Ids are UUIDs (36 characters): a longer one names nothing and need not reach the database.
    if (id.length > 36) return Promise.resolve(null);
    return this.dataSource.getRepository(User).findOne({ where: { id } });
  }

  findByEmail(organisationId: string | null, email: string) {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { tenantKey: organisationId ?? PLATFORM_TENANT, email: normaliseEmail(email) } });
  }

  /**
   * The account a sign-in names: the organisation by slug (none for SUPPORT staff), its policy,
   * and its user with `email`, in one statement. An unknown slug finds no user, even though a
   * SUPPORT user might have that email.
   */
  async findSignInAccount(slug: string | null, email: string | null): Promise<SignInAccountLookup> {
    if (!slug) {
      const user = email ? await this.findByEmail(null, email) : null;
      return { organisation: null, policy: null, user, unknownOrganisation: false };
    }
    const found = (await this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder("o")
      .leftJoinAndMapOne("o.policy", PasskeyPolicy, "p", "p.organisationId = o.id")
      .leftJoinAndMapOne("o.user", User, "u", "u.tenantKey = o.id AND u.email = :email", {
        email: email ? normaliseEmail(email) : "",
      })
      .where("o.slug = :slug", { slug: slug.trim().toLowerCase() })
      .getOne()) as (Organisation & { policy?: PasskeyPolicy; user?: User }) | null;
    if (!found) return { organisation: null, policy: null, user: null, unknownOrganisation: true };
    const { policy, user, ...organisation } = found;
    return {
      organisation: Object.assign(new Organisation(), organisation),
      policy: policy ?? null,
      user: email ? (user ?? null) : null,
      unknownOrganisation: false,
    };
  }

  /** A successful sign-in, inside the sign-in's transaction. */
  async recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await lean(manager.connection, User).update(manager, { id: userId }, { lastSignInAt: at });
  }

  /** "Do this later" on the passkey prompt, inside the caller's transaction. */
  async recordSkip(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ skipCount: () => "skipCount + 1", skippedAt: at })
      .where("id = :id", { id: userId })
      .execute();
  }

  /**
   * Keeps users.passkeyCount true: called in the same transaction as every credential insert
   * and revoke, with an atomic increment so racing revokes count each passkey once.
   */
  async countPasskeys(manager: EntityManager, userId: string, delta: number): Promise<void> {
    if (delta > 0) await manager.increment(User, { id: userId }, "passkeyCount", delta);
    if (delta < 0) {
      // Remembered so that a user left with none shows "revoked: must create a new passkey".
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ passkeyCount: () => `passkeyCount - ${Math.trunc(-delta)}`, passkeysRevokedAt: this.clock.now() })
        .where("id = :id", { id: userId })
        .execute();
    }
  }

  /**
   * changeUserRole, after the checker let the caller in (ORG_ADMIN of the user's organisation,
   * or SUPPORT). SUPPORT is not a role inside an organisation, so nobody is moved in or out of
   * it here. The organisation always keeps an active ORG_ADMIN: the last one cannot be demoted,
   * by themselves or anyone else. The role is read again on every request, so a demoted admin
   * loses the admin's operations at once, without ending their sessions.
   */
  async changeRole(caller: Pick<User, "id">, userId: string, role: Role, ip: string | null): Promise<User> {
    if (role === Role.SUPPORT) throw badInput("SUPPORT is for platform staff, not a role in an organisation.", "role");
    return this.transactions.run(async (manager) => {
      const user = await this.findForChange(manager, userId);
      if (user.role === role) return user;
      if (user.role === Role.ORG_ADMIN && !user.disabledAt) await this.keepAnAdmin(manager, user, caller, "role");
      const from = user.role;
      await manager.update(User, { id: user.id }, { role });
      user.role = role;
      await this.audit(manager, AuditEventType.USER_ROLE_CHANGED, user, { id: caller.id, ip }, { from, to: role });
      return user;
    });
  }

  /**
   * Marks the user deactivated (`active` false) or active again, inside the caller's transaction,
   * which also ends their sessions and audits the change. Null when nothing changed (already so).
   * Nobody deactivates themselves (they would lock themselves out mid-request), and the
   * organisation's last active ORG_ADMIN stays.
   */
  async setActive(
    manager: EntityManager,
    caller: Pick<User, "id">,
    userId: string,
    active: boolean,
  ): Promise<{ user: User; changed: boolean }> {
    const user = await this.findForChange(manager, userId);
    if (active === !user.disabledAt) return { user, changed: false };
    if (!active) {
      if (user.id === caller.id) throw forbidden("You cannot deactivate your own account.");
      if (user.role === Role.ORG_ADMIN) await this.keepAnAdmin(manager, user, caller, "userId");
    }
    const disabledAt = active ? null : this.clock.now();
    await manager.update(User, { id: user.id }, { disabledAt });
    user.disabledAt = disabledAt;
    return { user, changed: true };
  }

  private async findForChange(manager: EntityManager, userId: string): Promise<User> {
    const user = userId.length <= 36 ? await manager.findOne(User, { where: { id: userId } }) : null;
    if (!user) throw notFound("The user");
    if (user.role === Role.SUPPORT) throw badInput("Support staff are managed by the platform, not here.", "userId");
    return user;
  }

  /** BAD_USER_INPUT when `user` is the organisation's only active ORG_ADMIN (rows locked on MySQL until commit). */
  private async keepAnAdmin(manager: EntityManager, user: User, caller: Pick<User, "id">, field: string) {
    const admins = await forUpdate(
      manager
        .getRepository(User)
        .createQueryBuilder("u")
        .select(["u.id"])
        .where("u.organisationId = :organisationId AND u.role = :role AND u.disabledAt IS NULL", {
          organisationId: user.organisationId,
          role: Role.ORG_ADMIN,
        }),
    ).getMany();
    if (admins.some((admin) => admin.id !== user.id)) return;
    const who = user.id === caller.id ? "You are" : `${user.displayName} is`;
    throw badInput(`${who} the organisation's only active admin. Make someone else an admin first.`, field);
  }

  /**
   * One page of an organisation's users, oldest first, with the passkey status filter as an
   * EXISTS subquery: one query for the page and one for the count, whatever the page size.
   */
  async page(organisationId: string, filter: UserFilter): Promise<UserConnection> {
    const term = searchTerm(filter.search);
    const query = () => {
      const qb = this.dataSource
        .getRepository(User)
        .createQueryBuilder("u")
        .where("u.organisationId = :organisationId", { organisationId });
      if (term) {
        // Case-insensitive without LOWER(): MySQL's collation ignores case, and SQLite's LIKE folds ASCII
        // (as its LOWER does). The search index holds both columns in created order, so the match is made
        // in the index and only matching rows are read (a rare term in 100,000 users: 1.4 s before, 50 ms).
        qb.useIndex("ix_users_org_created_search");
        qb.andWhere("(u.email LIKE :pattern ESCAPE '!' OR u.displayName LIKE :pattern ESCAPE '!')", {
          pattern: containsPattern(term),
        });
      }
      if (filter.role) qb.andWhere("u.role = :role", { role: filter.role });
      if (filter.passkeyStatus) qb.andWhere(passkeyStatusSql[filter.passkeyStatus]("u"));
      return qb;
    };
    // Without a search or a role, the count is user_counts' (kept by triggers): counting 60,000
    // matching users of a big organisation cost the database 25 ms a page.
    const count = (): Promise<number> =>
      term || filter.role
        ? query().getCount()
        : userCounts(this.dataSource.manager, organisationId).then((counts) =>
            usersWithStatus(counts, filter.passkeyStatus ?? null),
          );
    const [page, totalCount] = await Promise.all([keysetPage(query(), "u", filter), count()]);
    return { ...page, totalCount };
  }

  /**
   * createUser for a signed-in caller, after the checker let them in (ORG_ADMIN of the
   * organisation, or SUPPORT). Only SUPPORT creates SUPPORT users, who belong to no
   * organisation: their organisationId is the empty string (the input requires one).
   */
  async createFor(
    caller: Pick<User, "id" | "role">,
    input: Omit<NewUser, "organisationId"> & { organisationId: string },
    ip: string | null,
  ): Promise<User> {
    if (input.role === Role.SUPPORT) {
      if (caller.role !== Role.SUPPORT) throw forbidden("Only support staff can create support users.");
      if (input.organisationId !== PLATFORM_TENANT) {
        throw badInput('SUPPORT users belong to no organisation: pass organisationId "".', "organisationId");
      }
      return this.create({ ...input, organisationId: null }, { id: caller.id, ip });
    }
    const exists =
      input.organisationId.length <= 36 &&
      (await this.dataSource.getRepository(Organisation).exist({ where: { id: input.organisationId } }));
    if (!exists) throw notFound("The organisation");
    return this.create(input, { id: caller.id, ip });
  }

  /** Checks a new user's fields; BAD_USER_INPUT names the first one that is wrong. */
  validate(input: NewUser) {
    const email = normaliseEmail(input.email);
    if (email.length > 254 || !EMAIL.test(email)) throw badInput("Enter a valid email address.", "email");
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 200 || CONTROL_CHARACTERS.test(displayName)) {
      throw badInput("Enter a name of 1 to 200 characters, without control characters.", "displayName");
    }
    if ((input.role === Role.SUPPORT) !== (input.organisationId === null)) {
      throw badInput("SUPPORT users belong to no organisation; every other role belongs to one.", "role");
    }
    if (
      input.password != null &&
      (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > MAX_PASSWORD_LENGTH)
    ) {
      throw badInput(`A password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, "password");
    }
    return { email, displayName };
  }

  /** Creates a user and its USER_CREATED audit event in one transaction. */
  async create(input: NewUser, actor: { id: string | null; ip: string | null }): Promise<User> {
    const { email, displayName } = this.validate(input);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const taken = () => badInput(`A user with the email ${email} already exists.`, "email");
    return this.transactions.run(async (manager) => {
      const tenantKey = input.organisationId ?? PLATFORM_TENANT;
      if (await manager.getRepository(User).exist({ where: { tenantKey, email } })) {
        throw taken();
      }
      const now = this.clock.now();
      const user = manager.create(User, {
        id: randomUUID(),
        organisationId: input.organisationId,
        tenantKey,
        email,
        displayName,
        role: input.role,
        passwordHash,
        webauthnUserId: randomBytes(32).toString("base64url"),
        skipCount: 0,
        passkeyCount: 0,
        skippedAt: null,
        passkeysRevokedAt: null,
        disabledAt: null,
        createdAt: now,
        lastSignInAt: null,
      });
      try {
        await manager.insert(User, user);
      } catch (error) {
        // Two creates of one email at once: the unique index refuses the second.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      await this.audit(manager, AuditEventType.USER_CREATED, user, actor, { role: user.role, email });
      return user;
    });
  }

  audit(
    manager: EntityManager,
    type: AuditEventType,
    subject: User,
    actor: { id: string | null; ip: string | null },
    data: Record<string, unknown>,
  ) {
    return recordAudit(manager, {
      type,
      organisationId: subject.organisationId,
      actorId: actor.id,
      subjectId: subject.id,
      data,
      ip: actor.ip,
      at: this.clock.now(),
    });
  }
}
