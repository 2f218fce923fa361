import { DataSource, EntityManager } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/transactions";
import { badInput, featureNotActivated, notFound, versionConflict } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, Role, UserVerificationRequirement } from "../enums";
import { PasskeyPolicy } from "./passkey-policy.entity";
import { pauseNeedsConfirmation, PolicyImpact, policyImpact, UserGroup } from "./impact";
import { organisationRequirement, PolicyFacts, policyFacts } from "./requirement";
import type { UpdatePasskeyPolicyInput } from "./policy.types";

const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Scheduled dates further away than this are typing mistakes, not plans. */
const MAX_SCHEDULE_MS = 5 * 365 * 86_400_000;

/** The fields an admin may change, in the order the audit event lists them. */
const EDITABLE = [
  "enabled",
  "forcePasskeySetup",
  "enabledFrom",
  "forceSetupFrom",
  "remindAfterDays",
  "maxSkips",
  "mandatoryRoles",
  "userVerification",
  "allowedAuthenticators",
  "requireAttestation",
  "allowPasswordAfterPasskey",
] as const;
type Editable = (typeof EDITABLE)[number];
const NON_NULLABLE: Editable[] = [
  "enabled",
  "forcePasskeySetup",
  "mandatoryRoles",
  "userVerification",
  "allowedAuthenticators",
  "requireAttestation",
  "allowPasswordAfterPasskey",
];

/**
 * What the policy rules read of an organisation. The policy module sits below organisations
 * (organisations create their policy), so it names the organisation by shape, not by entity.
 */
export interface OrganisationFacts {
  id: string;
  passkeysActivated: boolean;
}

const facts = (organisation: OrganisationFacts, policy: PasskeyPolicy): PolicyFacts =>
  policyFacts(organisation, policy)!;

const asJson = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export class PolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    /** Whether the operator configured attestation trust roots; without them attestation cannot be required. */
    private readonly attestationTrustRootsConfigured = false,
  ) {}

  /** A new organisation's policy: off, user verification required; inside the organisation's creation. */
  async createDefault(manager: EntityManager, organisationId: string, now: Date): Promise<void> {
    await manager.insert(PasskeyPolicy, {
      organisationId,
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
  }

  findFor(organisationId: string) {
    return this.dataSource.getRepository(PasskeyPolicy).findOne({ where: { organisationId } });
  }

  /** What the organisation's policy demands right now (DESIGN "Requirement"). */
  requirementOf(organisation: Pick<OrganisationFacts, "passkeysActivated">, policy: PasskeyPolicy | null, now: Date) {
    return organisationRequirement(policyFacts(organisation, policy), now);
  }

  /**
   * Applies an admin's edit under optimistic concurrency: the UPDATE matches only the version
   * the admin read, so two admins saving at once cannot both win, and the loser learns the
   * current version instead of silently overwriting. An omitted field keeps its value; an
   * explicit null clears a nullable one.
   */
  async update(input: UpdatePasskeyPolicyInput, actor: { id: string; ip: string | null }): Promise<PasskeyPolicy> {
    return this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const { organisation, current, changes, next } = await this.proposal(manager, input, now);
      const paused = pauseNeedsConfirmation(facts(organisation, current), facts(organisation, next), now);
      if (paused && input.confirmPause !== true) {
        throw badInput(
          "Passkeys are on now, so a switch-on date still to come pauses them until that day: passkey sign-in " +
            "stops at once and everyone signs in with their password. Clear the date, or confirm the pause.",
          "enabledFrom",
        );
      }
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of EDITABLE) {
        if (!(key in changes)) continue;
        const from = JSON.stringify(asJson(current[key]));
        const to = JSON.stringify(asJson(next[key]));
        if (from !== to) changed[key] = { from: asJson(current[key]), to: asJson(next[key]) };
      }
      const result = await manager
        .createQueryBuilder()
        .update(PasskeyPolicy)
        .set({ ...changes, version: current.version + 1, updatedAt: now, updatedById: actor.id })
        .where("organisationId = :id AND version = :version", { id: organisation.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) {
        const latest = await manager
          .getRepository(PasskeyPolicy)
          .findOneOrFail({ where: { organisationId: organisation.id } });
        throw versionConflict(latest.version);
      }
      await recordAudit(manager, {
        type: AuditEventType.POLICY_UPDATED,
        organisationId: organisation.id,
        actorId: actor.id,
        data: {
          version: current.version + 1,
          changed,
          requirement: organisationRequirement(policyFacts(organisation, next), now),
          ...(paused ? { pausedUntil: next.enabledFrom!.toISOString() } : {}),
        },
        ip: actor.ip,
        at: now,
      });
      return manager.getRepository(PasskeyPolicy).findOneOrFail({ where: { organisationId: organisation.id } });
    });
  }

  /**
   * What saving `input` would do, without saving it: the same checks as the save (so a bad
   * field or a stale version is heard at the review step), then who it affects. Users are
   * counted in groups by one aggregate query (role, passkey or not, skips), read by entity
   * name as the organisation is: the users module is above this one.
   */
  async impact(input: UpdatePasskeyPolicyInput, viewer: Omit<UserGroup, "users"> | null): Promise<PolicyImpact> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const { organisation, current, next } = await this.proposal(manager, input, now);
    const rows = await manager
      .createQueryBuilder()
      .from("User", "u")
      .select("u.role", "role")
      .addSelect("CASE WHEN u.passkeyCount > 0 THEN 1 ELSE 0 END", "hasPasskey")
      // Skips matter to the rules only for people without a passkey: fewer groups.
      .addSelect("CASE WHEN u.passkeyCount > 0 THEN 0 ELSE u.skipCount END", "skipCount")
      .addSelect("COUNT(*)", "users")
      .where("u.organisationId = :id AND u.disabledAt IS NULL", { id: organisation.id })
      .groupBy("u.role")
      .addGroupBy("CASE WHEN u.passkeyCount > 0 THEN 1 ELSE 0 END")
      .addGroupBy("CASE WHEN u.passkeyCount > 0 THEN 0 ELSE u.skipCount END")
      .getRawMany<{ role: Role; hasPasskey: number | string; skipCount: number | string; users: number | string }>();
    const groups = rows.map((row) => ({
      role: row.role,
      hasPasskey: Number(row.hasPasskey) === 1,
      skipCount: Number(row.skipCount),
      users: Number(row.users),
    }));
    return policyImpact({
      current: facts(organisation, current),
      next: facts(organisation, next),
      groups,
      viewer,
      now,
    });
  }

  /** The organisation, its policy as stored, the fields the input changes, and the policy they would make. */
  private async proposal(manager: EntityManager, input: UpdatePasskeyPolicyInput, now: Date) {
    const changes = this.validate(input, now);
    // By entity name: the organisations module is above this one.
    const organisation = await manager
      .getRepository<OrganisationFacts>("Organisation")
      .findOne({ where: { id: input.organisationId } });
    const current =
      organisation &&
      (await manager.getRepository(PasskeyPolicy).findOne({ where: { organisationId: organisation.id } }));
    if (!organisation || !current) throw notFound("The organisation");
    // Until support activates passkeys, the policy cannot be changed at all: DESIGN step 1 before step 2.
    if (!organisation.passkeysActivated) throw featureNotActivated();
    if (current.version !== input.expectedVersion) throw versionConflict(current.version);

    const next: PasskeyPolicy = { ...current, ...changes };
    if (next.enabledFrom && next.forceSetupFrom && next.forceSetupFrom.getTime() < next.enabledFrom.getTime()) {
      throw badInput("The mandatory date cannot be before the switch-on date.", "forceSetupFrom");
    }
    return { organisation, current, changes, next };
  }

  /** Every field checked on its own; BAD_USER_INPUT names the field. Returns only the fields given. */
  private validate(input: UpdatePasskeyPolicyInput, at: Date): Partial<PasskeyPolicy> {
    const changes: Partial<Record<Editable, unknown>> = {};
    for (const key of EDITABLE) {
      if (input[key] === undefined) continue;
      if (input[key] === null && NON_NULLABLE.includes(key)) {
        throw badInput(`${key} cannot be cleared; leave it out to keep its value.`, key);
      }
      changes[key] = input[key];
    }
    const now = at.getTime();
    for (const key of ["enabledFrom", "forceSetupFrom"] as const) {
      const date = input[key];
      if (date && Math.abs(date.getTime() - now) > MAX_SCHEDULE_MS) {
        throw badInput("Choose a date within five years of today.", key);
      }
    }
    if (input.remindAfterDays != null && (input.remindAfterDays < 1 || input.remindAfterDays > 365)) {
      throw badInput("Remind after 1 to 365 days, or never.", "remindAfterDays");
    }
    if (input.maxSkips != null && (input.maxSkips < 0 || input.maxSkips > 100)) {
      throw badInput("Allow 0 to 100 skips, or no limit.", "maxSkips");
    }
    if (input.mandatoryRoles) {
      if (input.mandatoryRoles.includes(Role.SUPPORT)) {
        throw badInput("Support staff belong to no organisation; their passkey is always mandatory.", "mandatoryRoles");
      }
      changes.mandatoryRoles = [...new Set(input.mandatoryRoles)];
    }
    if (input.userVerification && !Object.values(UserVerificationRequirement).includes(input.userVerification)) {
      throw badInput("Unknown user verification requirement.", "userVerification");
    }
    if (input.requireAttestation && !this.attestationTrustRootsConfigured) {
      throw badInput(
        "Attestation cannot be required yet: this service has no attestation trust roots configured " +
          "(ATTESTATION_TRUST_ROOTS_DIR or FIDO_MDS_BLOB_FILE), so every passkey registration would be refused. " +
          "Ask your service operator to configure them.",
        "requireAttestation",
      );
    }
    if (input.allowedAuthenticators) {
      if (input.allowedAuthenticators.length > 100) {
        throw badInput("Allow at most 100 authenticators.", "allowedAuthenticators");
      }
      const aaguids = input.allowedAuthenticators.map((a) => a.trim().toLowerCase());
      const bad = aaguids.find((a) => !AAGUID.test(a));
      if (bad !== undefined) {
        throw badInput(
          `"${bad.slice(0, 40)}" is not an AAGUID (8-4-4-4-12 hexadecimal digits).`,
          "allowedAuthenticators",
        );
      }
      changes.allowedAuthenticators = [...new Set(aaguids)];
    }
    return changes as Partial<PasskeyPolicy>;
  }
}
