import { DataSource, IsNull } from "typeorm";
import { Config } from "../../config";
import { notFound } from "../../errors";
import { AppRegistrationService } from "../apps/app-registration.service";
import { AppPlatform } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { authenticatorName } from "../passkeys/aaguid";
import { CHALLENGE_TTL_MS } from "../passkeys/challenge.service";
import { Credential } from "../passkeys/credential.entity";
import { PolicyService } from "../policy/policy.service";
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS } from "../sign-in-codes/sign-in-code.rules";
import { PasskeyKinds, PasskeySecurityProfile } from "./security-profile.types";

const ANDROID_ORIGIN = "android:apk-key-hash:";

/**
 * The answers an organisation's IT and Info Security team asks for, read from what is in force: the policy row,
 * the process's configuration and the registered apps. A read model: it writes nothing and shows configuration
 * values only (never a key, a secret or a token), so that the page it feeds cannot drift from the service.
 */
export class SecurityProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly policies: PolicyService,
    private readonly apps: AppRegistrationService,
    private readonly trustRootsConfigured: boolean,
  ) {}

  async profile(organisationId: string, now: Date): Promise<PasskeySecurityProfile> {
    const organisation = await this.dataSource.getRepository(Organisation).findOne({ where: { id: organisationId } });
    if (!organisation) throw notFound("The organisation");
    const [policy, apps, passkeys, origins] = await Promise.all([
      this.policies.findFor(organisationId),
      this.apps.listFor(organisationId),
      this.passkeyKinds(organisationId),
      // The same list the ceremonies check, so the page says exactly what is accepted.
      this.apps.expectedOriginsFor(organisationId),
    ]);
    if (!policy) throw notFound("The passkey policy");
    const limits = this.config.rateLimits;
    return {
      organisationId,
      organisationName: organisation.name,
      rpId: this.config.rpId,
      rpName: this.config.rpName,
      webOrigins: origins.filter((o) => !o.startsWith(ANDROID_ORIGIN)),
      androidAppOrigins: origins.filter((o) => o.startsWith(ANDROID_ORIGIN)),
      iosAppIds: [
        ...new Set([
          ...this.config.staticApps.ios,
          ...apps.filter((a) => a.platform === AppPlatform.IOS).map((a) => `${a.teamId}.${a.bundleId}`),
        ]),
      ],
      requirement: this.policies.requirementOf(organisation, policy, now),
      userVerification: policy.userVerification,
      requireAttestation: policy.requireAttestation,
      attestationTrustRootsConfigured: this.trustRootsConfigured,
      allowedAuthenticators: policy.allowedAuthenticators.map((aaguid) => ({
        aaguid,
        name: authenticatorName(aaguid),
      })),
      allowPasswordAfterPasskey: policy.allowPasswordAfterPasskey,
      sessionIdleMinutes: Math.round(this.config.sessionIdleMs / 60_000),
      sessionAbsoluteHours: Math.round(this.config.sessionAbsoluteMs / 3_600_000),
      rateLimits: {
        accountAttempts: limits.accountAttempts,
        accountWindowMinutes: limits.accountWindowSeconds / 60,
        accountBlockMinutes: limits.accountBlockSeconds / 60,
        ipAttempts: limits.ipAttempts,
        ipWindowMinutes: limits.ipWindowSeconds / 60,
      },
      challengeMinutes: CHALLENGE_TTL_MS / 60_000,
      signInCodeMinutes: CODE_TTL_MS / 60_000,
      signInCodeTries: MAX_CODE_ATTEMPTS,
      auditRetentionDays: this.config.housekeeping.auditRetentionDays,
      passkeys,
      generatedAt: now,
    };
  }

  /** Passkeys in use (not revoked), counted by the backup-eligible flag in one grouped query. */
  private async passkeyKinds(organisationId: string): Promise<PasskeyKinds> {
    const rows: { backupEligible: unknown; count: unknown }[] = await this.dataSource
      .getRepository(Credential)
      .createQueryBuilder("c")
      .select("c.backupEligible", "backupEligible")
      .addSelect("COUNT(*)", "count")
      .where({ organisationId, revokedAt: IsNull() })
      .groupBy("c.backupEligible")
      .getRawMany();
    let synced = 0;
    let deviceBound = 0;
    // Booleans come back as 1/0 (MySQL, SQLite) or true/false; counts as numbers or strings.
    for (const row of rows) {
      if (row.backupEligible === true || Number(row.backupEligible) === 1) synced += Number(row.count);
      else deviceBound += Number(row.count);
    }
    return { total: synced + deviceBound, synced, deviceBound };
  }
}
