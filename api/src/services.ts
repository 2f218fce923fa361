import type { Logger } from "pino";
import { DataSource } from "typeorm";
import { Clock } from "./clock";
import { Config } from "./config";
import { Transactions } from "./db/transactions";
import { AuditEventService } from "./modules/activity/activity.service";
import { HousekeepingService } from "./modules/housekeeping/housekeeping.service";
import { AppRegistrationService } from "./modules/apps/app-registration.service";
import { OrganisationService } from "./modules/organisations/organisation.service";
import { ChallengeService } from "./modules/passkeys/challenge.service";
import { CredentialService } from "./modules/passkeys/passkey.service";
import { PasskeySignIn } from "./modules/passkeys/passkey-sign-in";
import { RegistrationService } from "./modules/passkeys/registration.service";
import { hasTrustRoots, NO_TRUST_ROOTS, TrustRoots } from "./modules/passkeys/webauthn/trust-roots";
import { PolicyService } from "./modules/policy/policy.service";
import { RateLimitService } from "./modules/rate-limits/rate-limit.service";
import { AccountActivationService } from "./modules/sessions/account-activation";
import { PasswordVerifier } from "./modules/sessions/password-verifier";
import { SessionService } from "./modules/sessions/session.service";
import { SignInPipeline } from "./modules/sessions/sign-in-pipeline";
import { CodeVerifier } from "./modules/sign-in-codes/code-verifier";
import { SignInCodeService } from "./modules/sign-in-codes/sign-in-code.service";
import { StatsService } from "./modules/stats/stats.service";
import { SecurityProfileService } from "./modules/security-profile/security-profile.service";
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
  /** Deactivating and reactivating users: their sessions end with the first. */
  accountActivation: AccountActivationService;
  auditEvents: AuditEventService;
  stats: StatsService;
  policies: PolicyService;
  rateLimits: RateLimitService;
  challenges: ChallengeService;
  signInCodes: SignInCodeService;
  credentials: CredentialService;
  registration: RegistrationService;
  signIn: SignInPipeline;
  /** One verifier per sign-in method, run by the one pipeline. */
  verifiers: { password: PasswordVerifier; code: CodeVerifier; passkey: PasskeySignIn };
  /** The attestation trust roots, read once at start. */
  trustRoots: TrustRoots;
  apps: AppRegistrationService;
  housekeeping: HousekeepingService;
  securityProfiles: SecurityProfileService;
}

export function createServices(
  config: Config,
  dataSource: DataSource,
  clock: Clock,
  logger: Logger,
  trustRoots: TrustRoots = NO_TRUST_ROOTS,
): Services {
  const transactions = new Transactions(dataSource);
  const sessions = new SessionService(dataSource, config, clock);
  const users = new UserService(dataSource, transactions, clock);
  const policies = new PolicyService(dataSource, transactions, clock, hasTrustRoots(trustRoots));
  const rateLimits = new RateLimitService(dataSource, config);
  const challenges = new ChallengeService(dataSource, clock);
  const signInCodes = new SignInCodeService(dataSource, transactions, clock);
  const credentials = new CredentialService(dataSource, transactions, clock, sessions, users);
  const apps = new AppRegistrationService(dataSource, transactions, clock, config);
  return {
    config,
    clock,
    logger,
    dataSource,
    transactions,
    sessions,
    organisations: new OrganisationService(dataSource, transactions, clock, policies),
    users,
    accountActivation: new AccountActivationService(transactions, users, sessions, [
      (manager, userId) => signInCodes.expireLive(manager, userId),
    ]),
    auditEvents: new AuditEventService(dataSource),
    stats: new StatsService(dataSource),
    policies,
    rateLimits,
    challenges,
    signInCodes,
    credentials,
    registration: new RegistrationService(config, transactions, challenges, credentials, sessions, apps, trustRoots),
    signIn: new SignInPipeline(transactions, rateLimits, sessions, users),
    verifiers: {
      password: new PasswordVerifier(users),
      code: new CodeVerifier(users, signInCodes),
      passkey: new PasskeySignIn(config, users, challenges, credentials, apps, rateLimits, clock),
    },
    trustRoots,
    apps,
    housekeeping: new HousekeepingService(dataSource, config, clock, sessions, challenges, signInCodes),
    securityProfiles: new SecurityProfileService(dataSource, config, policies, apps, hasTrustRoots(trustRoots)),
  };
}
