import { EntityManager } from "typeorm";
import { Transactions } from "../../db/transactions";
import { AuditEventType } from "../enums";
import { User } from "../users/user.entity";
import { UserService } from "../users/user.service";
import { SessionService } from "./session.service";

/** More of a user's ways in to end with their deactivation, each in its transaction (their live sign-in codes). */
export type OnDeactivate = (manager: EntityManager, userId: string) => Promise<unknown>;

export interface ActivationActor {
  user: Pick<User, "id">;
  ip: string | null;
}

/**
 * Deactivating and reactivating a user (DESIGN "Security rules": sessions end when a user is
 * disabled). Deactivation marks the user, ends every session of theirs and audits it, in one
 * transaction; from then on every sign-in method refuses them (each verifier reads disabledAt)
 * and no old token is accepted; their live sign-in codes end too. Reactivation lets them sign in again; ended sessions stay ended.
 * Here, above users and sessions, because it writes both.
 */
export class AccountActivationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    /** Passed in by whoever builds the services: the modules that own them sit above this one. */
    private readonly onDeactivate: OnDeactivate[] = [],
  ) {}

  deactivate(userId: string, actor: ActivationActor): Promise<User> {
    return this.transactions.run(async (manager) => {
      const { user, changed } = await this.users.setActive(manager, actor.user, userId, false);
      if (!changed) return user;
      const sessionsEnded = await this.sessions.endOthers(manager, user.id, null);
      for (const end of this.onDeactivate) await end(manager, user.id);
      await this.users.audit(
        manager,
        AuditEventType.USER_DEACTIVATED,
        user,
        { id: actor.user.id, ip: actor.ip },
        {
          sessionsEnded,
        },
      );
      return user;
    });
  }

  reactivate(userId: string, actor: ActivationActor): Promise<User> {
    return this.transactions.run(async (manager) => {
      const { user, changed } = await this.users.setActive(manager, actor.user, userId, true);
      if (changed) {
        await this.users.audit(manager, AuditEventType.USER_REACTIVATED, user, { id: actor.user.id, ip: actor.ip }, {});
      }
      return user;
    });
  }
}
