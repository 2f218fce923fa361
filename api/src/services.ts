import type { Logger } from "pino";
import { DataSource } from "typeorm";
import { Clock } from "./clock";
import { Config } from "./config";
import { Transactions } from "./db/data-source";
import { AppRegistrationService } from "./modules/apps/app-registration.service";
import { AuditEventService } from "./modules/audit/audit-event.service";
import { OrganisationService } from "./modules/organisations/organisation.service";
import { ChallengeService } from "./modules/passkeys/challenge.service";
import { CredentialService } from "./modules/passkeys/passkey.service";
import { PolicyService } from "./modules/policy/policy.service";
import { RateLimitService } from "./modules/rate-limits/rate-limit.service";
import { SessionService } from "./modules/sessions/session.service";
import { SignInCodeService } from "./modules/sign-in-codes/sign-in-code.service";
import { UserService } from "./modules/users/user.service";

/** Everything a resolver may call, built once per process from config, database and clock. */
export interface Services {
  config: Config;
  clock: Clock;
  logger: Logger;
  dataSource: DataSource;
  transactions: Transactions;
  sessions: SessionService;
  organisations: OrganisationService;
  users: UserService;
  auditEvents: AuditEventService;
  policies: PolicyService;
  rateLimits: RateLimitService;
  challenges: ChallengeService;
  signInCodes: SignInCodeService;
  credentials: CredentialService;
  apps: AppRegistrationService;
}

export function createServices(config: Config, dataSource: DataSource, clock: Clock, logger: Logger): Services {
  const transactions = new Transactions(dataSource);
  const sessions = new SessionService(dataSource, config, clock);
  return {
    config,
    clock,
    logger,
    dataSource,
    transactions,
    sessions,
    organisations: new OrganisationService(dataSource, transactions, clock),
    users: new UserService(dataSource, transactions, clock),
    auditEvents: new AuditEventService(dataSource),
    policies: new PolicyService(dataSource, transactions, clock),
    rateLimits: new RateLimitService(dataSource, config),
    challenges: new ChallengeService(dataSource, clock),
    signInCodes: new SignInCodeService(dataSource, transactions, clock),
    credentials: new CredentialService(dataSource, transactions, clock, sessions),
    apps: new AppRegistrationService(dataSource, transactions, clock, config),
  };
}
