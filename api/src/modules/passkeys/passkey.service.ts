import { createHash } from "node:crypto";
import { DataSource, EntityManager, IsNull } from "typeorm";
import { Clock } from "../../clock";
import { lean, rows, statement } from "../../db/lean";
import { Transactions } from "../../db/transactions";
import { badInput, notFound } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { SessionService } from "../sessions/session.service";
import { User } from "../users/user.entity";
import { CONTROL_CHARACTERS } from "../../input-checks";
import { UserService } from "../users/user.service";
import { isId } from "../../input-checks";
import { Challenge } from "./challenge.entity";
import { Credential } from "./credential.entity";
import { MAX_CREDENTIAL_ID_LENGTH } from "./webauthn/response";

export { MAX_CREDENTIAL_ID_LENGTH };

/** A credential with its owner, their organisation and its policy: what a sign-in finish judges. */
export type CredentialForSignIn = Credential & {
  owner?: User;
  organisation?: Organisation;
  policy?: PasskeyPolicy;
};

/**
 * Every lookup by WebAuthn credential ID goes through its SHA-256: IDs may be 1,023 bytes,
 * too long for a unique index, and the hash is what is unique across the service.
 */
export const credentialIdHash = (credentialId: string) => createHash("sha256").update(credentialId).digest("hex");

export const MAX_CREDENTIAL_NAME_LENGTH = 100;

export interface FinishFacts {
  challenge: Challenge;
  credential: CredentialForSignIn | null;
  /** The client IP's rate-limit row as stored, when it has one. */
  ipRow: { points: unknown; expire: unknown } | null;
}

/** The credential with this WebAuthn ID (base64url), revoked ones included; null when there is none. */
export function findCredential(manager: EntityManager, credentialId: string): Promise<Credential | null> {
  if (!credentialId || credentialId.length > MAX_CREDENTIAL_ID_LENGTH) return Promise.resolve(null);
  return manager.getRepository(Credential).findOne({ where: { credentialIdHash: credentialIdHash(credentialId) } });
}

/** The user's unrevoked credentials, oldest first. */
export function activeCredentialsOf(manager: EntityManager, userId: string): Promise<Credential[]> {
  return manager
    .getRepository(Credential)
    .find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: "ASC", id: "ASC" } });
}

/** A passkey name as given, trimmed; BAD_USER_INPUT when empty, too long or with control characters. */
export function checkCredentialName(input: string): string {
  const name = input.trim();
  if (!name || name.length > MAX_CREDENTIAL_NAME_LENGTH || CONTROL_CHARACTERS.test(name)) {
    throw badInput(
      `A passkey name has 1 to ${MAX_CREDENTIAL_NAME_LENGTH} characters, without control characters.`,
      "name",
    );
  }
  return name;
}

export interface CredentialActor {
  user: Pick<User, "id">;
  /** The caller's session, kept when their own sessions are ended. */
  sessionId: string;
  ip: string | null;
}

/**
 * Looking after registered passkeys: renaming, and revoking them — by their owner, or by an
 * admin for a user who lost a device. Revoking is a soft delete (DESIGN "Credentials"): the
 * row stays for the audit trail, and the sign-in ceremony refuses it for good.
 */
export class CredentialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
    private readonly users: UserService,
  ) {}

  /**
   * What a sign-in finish judges, in one statement inside its transaction: the challenge by id,
   * the credential the assertion names (null when none, or when the assertion named none) with
   * its owner, organisation and policy, and the client IP's rate-limit row (`ipRowKey`; null when
   * that address has no failures on record). Null when there is no such challenge.
   */
  async findForFinish(
    manager: EntityManager,
    names: { challengeId: string; credentialId: string | null; ipRowKey: string | null },
  ): Promise<FinishFacts | null> {
    if (!isId(names.challengeId)) return null;
    const credentialId = names.credentialId;
    const known = !!credentialId && credentialId.length <= MAX_CREDENTIAL_ID_LENGTH;
    const source = manager.connection;
    const ch = lean(source, Challenge);
    const c = lean(source, Credential);
    const u = lean(source, User);
    const o = lean(source, Organisation);
    const p = lean(source, PasskeyPolicy);
    const quote = (name: string) => source.driver.escape(name);
    const sql = statement(
      source,
      "finish-facts",
      () =>
        `SELECT ${ch.selectList("ch")}, ${c.selectList("c")}, ${u.selectList("u")}, ${o.selectList("o")}, ` +
        `${p.selectList("p")}, rl.${quote("points")} AS ${quote("ipPoints")}, rl.${quote("expire")} AS ${quote("ipExpire")} ` +
        `FROM ${ch.table} ch ` +
        `LEFT JOIN ${c.table} c ON ${c.ref("c", "credentialIdHash")} = ? ` +
        `LEFT JOIN ${u.table} u ON ${u.ref("u", "id")} = ${c.ref("c", "userId")} ` +
        `LEFT JOIN ${o.table} o ON ${o.ref("o", "id")} = ${c.ref("c", "organisationId")} ` +
        `LEFT JOIN ${p.table} p ON ${p.ref("p", "organisationId")} = ${c.ref("c", "organisationId")} ` +
        `LEFT JOIN ${quote("rate_limits")} rl ON rl.${quote("key")} = ? ` +
        `WHERE ${ch.ref("ch", "id")} = ?`,
    );
    const [row] = await rows(manager, sql, [
      known ? credentialIdHash(credentialId) : "",
      names.ipRowKey ?? "",
      names.challengeId,
    ]);
    if (!row) return null;
    const credential = c.hydrate(row, "c") as CredentialForSignIn | null;
    if (credential) {
      credential.owner = u.hydrate(row, "u") ?? undefined;
      credential.organisation = o.hydrate(row, "o") ?? undefined;
      credential.policy = p.hydrate(row, "p") ?? undefined;
    }
    return {
      challenge: ch.hydrate(row, "ch")!,
      credential,
      ipRow: row.ipPoints == null ? null : { points: row.ipPoints, expire: row.ipExpire },
    };
  }

  /** A successful sign-in with the credential: written only once every check passed (DESIGN security rules). */
  async recordUse(
    manager: EntityManager,
    credential: Pick<Credential, "id">,
    use: { signCount: number; backedUp: boolean; at: Date },
  ): Promise<void> {
    await lean(manager.connection, Credential).update(
      manager,
      { id: credential.id },
      { signCount: use.signCount, backedUp: use.backedUp, lastUsedAt: use.at },
    );
  }

  /**
   * Stores a new credential and counts it on its user, inside the caller's transaction. The
   * one way a credential row is made, so that users.passkeyCount stays true.
   */
  async add(manager: EntityManager, credential: Credential): Promise<void> {
    await manager.insert(Credential, credential);
    if (!credential.revokedAt) await this.users.countPasskeys(manager, credential.userId, 1);
  }

  /** The owner's own unrevoked credential; anyone else's, or a revoked one, is NOT_FOUND. */
  async findOwn(ownerId: string, credentialId: string): Promise<Credential> {
    const credential = await findCredential(this.dataSource.manager, credentialId);
    if (!credential || credential.userId !== ownerId || credential.revokedAt) throw notFound("The passkey");
    return credential;
  }

  async rename(owner: User, credentialId: string, name: string, actor: CredentialActor): Promise<Credential> {
    const newName = checkCredentialName(name);
    const credential = await this.findOwn(owner.id, credentialId);
    if (credential.name === newName) return credential;
    return this.transactions.run(async (manager) => {
      const result = await manager.update(Credential, { id: credential.id, revokedAt: IsNull() }, { name: newName });
      if (result.affected !== 1) throw notFound("The passkey");
      await recordAudit(manager, {
        type: AuditEventType.PASSKEY_RENAMED,
        organisationId: credential.organisationId,
        actorId: actor.user.id,
        subjectId: owner.id,
        data: { credentialId, from: credential.name, to: newName },
        ip: actor.ip,
        at: this.clock.now(),
      });
      return Object.assign(credential, { name: newName });
    });
  }

  /**
   * Revokes the user's credential `credentialId`, or all of them when it is null; with
   * `endSessions`, the user's sessions end too (DESIGN: "on request, when a factor changes"),
   * except the caller's own. Returns the credentials revoked; one PASSKEY_REVOKED event each.
   */
  async revoke(
    user: Pick<User, "id" | "organisationId">,
    credentialId: string | null,
    actor: CredentialActor,
    options: { endSessions?: boolean } = {},
  ): Promise<Credential[]> {
    const only = credentialId === null ? null : await this.findOwn(user.id, credentialId);
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const targets = only ? [only] : await activeCredentialsOf(manager, user.id);
      const revoked: Credential[] = [];
      for (const credential of targets) {
        // One by one (a user has a handful): a concurrent revoke may have taken one already, and
        // only what this call revoked is counted and audited.
        const result = await manager.update(
          Credential,
          { id: credential.id, revokedAt: IsNull() },
          { revokedAt: now, revokedById: actor.user.id },
        );
        if (result.affected !== 1) continue;
        revoked.push(Object.assign(credential, { revokedAt: now, revokedById: actor.user.id }));
        await recordAudit(manager, {
          type: AuditEventType.PASSKEY_REVOKED,
          organisationId: user.organisationId,
          actorId: actor.user.id,
          subjectId: user.id,
          data: { credentialId: credential.credentialId, name: credential.name },
          ip: actor.ip,
          at: now,
        });
      }
      if (only && revoked.length === 0) throw notFound("The passkey");
      if (revoked.length) await this.users.countPasskeys(manager, user.id, -revoked.length);
      if (options.endSessions) {
        const keep = actor.user.id === user.id ? actor.sessionId : null;
        const ended = await this.sessions.endOthers(manager, user.id, keep);
        await recordAudit(manager, {
          type: AuditEventType.SIGNED_OUT,
          organisationId: user.organisationId,
          actorId: actor.user.id,
          subjectId: user.id,
          data: { otherSessions: ended, reason: "passkeys_revoked" },
          ip: actor.ip,
          at: now,
        });
      }
      return revoked;
    });
  }
}
