import { createHash, randomBytes, randomUUID } from "node:crypto";
import { DataSource, EntityManager, In, IsNull, MoreThan, Not } from "typeorm";
import { Clock } from "../../clock";
import { deleteBatch } from "../../db/batches";
import { lean, rows, statement } from "../../db/lean";
import { Config } from "../../config";
import { AuthMethod, SessionDelivery } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { PasskeyPolicy } from "../policy/passkey-policy.entity";
import { User } from "../users/user.entity";
import { AuthState, authStateOf } from "./auth-state";
import { Session } from "./session.entity";

type SessionWithFacts = Session & { user?: User; organisation?: Organisation; policy?: PasskeyPolicy };

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Refresh lastSeenAt at most this often: a write per request would serialise every read on SQLite. */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  session: Session;
  /** The secret, shown once: set as a cookie or returned to a BEARER client. */
  token: string;
}

export interface NewSession {
  user: Pick<User, "id" | "organisationId">;
  authMethod: AuthMethod;
  userVerified: boolean;
  delivery: SessionDelivery;
  ip: string | null;
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /** Starts a session with a fresh 32-byte token; only its hash is stored. */
  async issue(manager: EntityManager, input: NewSession): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = randomBytes(32).toString("base64url");
    const session = manager.create(Session, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: input.user.id,
      organisationId: input.user.organisationId,
      authMethod: input.authMethod,
      userVerified: input.userVerified,
      delivery: input.delivery,
      // A sign-in code means a device without its own passkey yet (DESIGN: NEW_DEVICE).
      deviceSetupDone: input.authMethod !== AuthMethod.SIGN_IN_CODE,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionAbsoluteMs),
      endedAt: null,
      ip: input.ip,
    });
    await this.insert(manager, session);
    return { session, token };
  }

  /** Every column is set here, so nothing is read back. */
  private async insert(manager: EntityManager, session: Session) {
    await lean(this.dataSource, Session).insert(manager, session);
  }

  /**
   * Ends the old token and starts a new one for the same session facts, at every change
   * of privilege (restricted to full): a token seen before the upgrade is worth nothing after it.
   */
  async rotate(
    manager: EntityManager,
    old: Session,
    changes: Partial<Pick<Session, "deviceSetupDone" | "userVerified">> = {},
  ) {
    const now = this.clock.now();
    await manager.update(Session, { id: old.id }, { endedAt: now });
    const token = randomBytes(32).toString("base64url");
    const session = manager.create(Session, {
      ...old,
      ...changes,
      id: randomUUID(),
      tokenHash: hashToken(token),
      lastSeenAt: now,
      endedAt: null,
    });
    await this.insert(manager, session);
    return { session, token };
  }

  /**
   * Who is calling with `token`: the live session with its user, organisation and policy, read in
   * one statement; null when the token is unknown, the session ended, idle too long or past its
   * absolute expiry, or the user is disabled.
   */
  async authenticate(token: string, now: Date): Promise<AuthState | null> {
    const session = await this.withFacts("tokenHash", hashToken(token));
    if (!session || session.endedAt) return null;
    if (session.expiresAt.getTime() <= now.getTime()) return null;
    if (session.lastSeenAt.getTime() + this.config.sessionIdleMs <= now.getTime()) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await lean(this.dataSource, Session).update(this.dataSource.manager, { id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return this.stateOf(session, now);
  }

  /** The auth state of a session read again, after a change to it or its user. */
  async authStateFor(sessionId: string, now: Date): Promise<AuthState | null> {
    const session = await this.withFacts("id", sessionId);
    return session && !session.endedAt ? this.stateOf(session, now) : null;
  }

  /** The session whose `property` is `value`, with its user, organisation and policy, in one statement. */
  private async withFacts(property: "id" | "tokenHash", value: string): Promise<SessionWithFacts | null> {
    const source = this.dataSource;
    const s = lean(source, Session);
    const u = lean(source, User);
    const o = lean(source, Organisation);
    const p = lean(source, PasskeyPolicy);
    const sql = statement(
      source,
      `session-with-facts:${property}`,
      () =>
        `SELECT ${s.selectList("s")}, ${u.selectList("u")}, ${o.selectList("o")}, ${p.selectList("p")} ` +
        `FROM ${s.table} s ` +
        `INNER JOIN ${u.table} u ON ${u.ref("u", "id")} = ${s.ref("s", "userId")} ` +
        `LEFT JOIN ${o.table} o ON ${o.ref("o", "id")} = ${u.ref("u", "organisationId")} ` +
        `LEFT JOIN ${p.table} p ON ${p.ref("p", "organisationId")} = ${u.ref("u", "organisationId")} ` +
        `WHERE ${s.ref("s", property)} = ?`,
    );
    const [row] = await rows(source.manager, sql, [value]);
    if (!row) return null;
    const session: SessionWithFacts = s.hydrate(row, "s")!;
    session.user = u.hydrate(row, "u") ?? undefined;
    session.organisation = o.hydrate(row, "o") ?? undefined;
    session.policy = p.hydrate(row, "p") ?? undefined;
    return session;
  }

  private stateOf(row: SessionWithFacts, now: Date): AuthState | null {
    const { user, organisation, policy, ...fields } = row;
    if (!user || user.disabledAt) return null;
    const session = Object.assign(new Session(), fields);
    return authStateOf(session, { user, organisation: organisation ?? null, policy: policy ?? null }, now);
  }

  /** When the session lapses if unused: the earlier of the idle and the absolute expiry. */
  expiresAt(session: Session): Date {
    const idle = session.lastSeenAt.getTime() + this.config.sessionIdleMs;
    return new Date(Math.min(idle, session.expiresAt.getTime()));
  }

  /** The NEW_DEVICE step is behind this session: its user chose "do this later" on it. */
  async markDeviceSetupDone(manager: EntityManager, sessionId: string) {
    await manager.update(Session, { id: sessionId }, { deviceSetupDone: true });
  }

  async end(manager: EntityManager, sessionId: string) {
    await manager.update(Session, { id: sessionId, endedAt: IsNull() }, { endedAt: this.clock.now() });
  }

  /** Ends the user's live sessions but `keepSessionId` for which `ends` says so; returns how many. */
  async endOthersWhere(
    manager: EntityManager,
    userId: string,
    keepSessionId: string,
    ends: (session: Session) => boolean,
  ): Promise<number> {
    const now = this.clock.now();
    const live = await manager.find(Session, {
      where: { userId, endedAt: IsNull(), expiresAt: MoreThan(now), id: Not(keepSessionId) },
    });
    const ids = live.filter(ends).map((s) => s.id);
    if (ids.length === 0) return 0;
    await manager.update(Session, { id: In(ids), endedAt: IsNull() }, { endedAt: now });
    return ids.length;
  }

  /** Ends every live session of the user but `keepSessionId`; returns how many ended (idle-expired ones included). */
  async endOthers(manager: EntityManager, userId: string, keepSessionId: string | null): Promise<number> {
    const now = this.clock.now();
    // Only sessions that were still usable count as ended; lapsed ones are ended quietly too.
    const live = {
      userId,
      endedAt: IsNull(),
      expiresAt: MoreThan(now),
      ...(keepSessionId ? { id: Not(keepSessionId) } : {}),
    };
    const result = await manager.update(Session, live, { endedAt: now });
    return result.affected ?? 0;
  }

  /** Sessions past their absolute expiry, or ended, before `before`: nothing reads them any more. */
  deleteLapsed(before: Date, limit: number): Promise<number> {
    return deleteBatch(this.dataSource, {
      table: "sessions",
      key: "id",
      where: "t.expiresAt < :before OR t.endedAt < :before",
      parameters: { before },
      limit,
    });
  }
}
