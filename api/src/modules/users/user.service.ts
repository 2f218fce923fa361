import { randomBytes, randomUUID } from "node:crypto";
import { DataSource, EntityManager, IsNull } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/data-source";
import { badInput } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, Role } from "../enums";
import { Credential } from "../passkeys/credential.entity";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { PLATFORM_TENANT, User } from "./user.entity";

export interface NewUser {
  organisationId: string | null;
  email: string;
  displayName: string;
  role: Role;
  password?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  findById(id: string) {
    return this.dataSource.getRepository(User).findOne({ where: { id } });
  }

  findByEmail(organisationId: string | null, email: string) {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { tenantKey: organisationId ?? PLATFORM_TENANT, email: normaliseEmail(email) } });
  }

  async hasActivePasskey(userId: string): Promise<boolean> {
    return (await this.dataSource.getRepository(Credential).count({ where: { userId, revokedAt: IsNull() } })) > 0;
  }

  /** Checks a new user's fields; BAD_USER_INPUT names the first one that is wrong. */
  validate(input: NewUser) {
    const email = normaliseEmail(input.email);
    if (email.length > 254 || !EMAIL.test(email)) throw badInput("Enter a valid email address.", "email");
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 200) throw badInput("Enter a name of 1 to 200 characters.", "displayName");
    if ((input.role === Role.SUPPORT) !== (input.organisationId === null)) {
      throw badInput("SUPPORT users belong to no organisation; every other role belongs to one.", "role");
    }
    if (input.password != null && (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > MAX_PASSWORD_LENGTH)) {
      throw badInput(`A password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, "password");
    }
    return { email, displayName };
  }

  /** Creates a user and its USER_CREATED audit event in one transaction. */
  async create(input: NewUser, actor: { id: string | null; ip: string | null }): Promise<User> {
    const { email, displayName } = this.validate(input);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.transactions.run(async (manager) => {
      const tenantKey = input.organisationId ?? PLATFORM_TENANT;
      if (await manager.getRepository(User).exist({ where: { tenantKey, email } })) {
        throw badInput(`A user with the email ${email} already exists.`, "email");
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
        skippedAt: null,
        disabledAt: null,
        createdAt: now,
        lastSignInAt: null,
      });
      await manager.insert(User, user);
      await this.audit(manager, AuditEventType.USER_CREATED, user, actor, { role: user.role, email });
      return user;
    });
  }

  private audit(
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
