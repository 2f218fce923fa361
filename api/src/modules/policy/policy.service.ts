import { DataSource, EntityManager } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/transactions";
import { badInput, featureNotActivated, notFound, versionConflict } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, Role, UserVerificationRequirement } from "../enums";
import { PasskeyPolicy } from "./passkey-policy.entity";
import { organisationRequirement, policyFacts } from "./requirement";
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
    const changes = this.validate(input);
    return this.transactions.run(async (manager) => {
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

      const next = { ...current, ...changes };
      if (next.enabledFrom && next.forceSetupFrom && next.forceSetupFrom.getTime() < next.enabledFrom.getTime()) {
        throw badInput("The mandatory date cannot be before the switch-on date.", "forceSetupFrom");
      }
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of EDITABLE) {
        if (!(key in changes)) continue;
        const from = JSON.stringify(asJson(current[key]));
        const to = JSON.stringify(asJson(next[key]));
        if (from !== to) changed[key] = { from: asJson(current[key]), to: asJson(next[key]) };
      }
      const now = this.clock.now();
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
        },
        ip: actor.ip,
        at: now,
      });
      return manager.getRepository(PasskeyPolicy).findOneOrFail({ where: { organisationId: organisation.id } });
    });
  }

  /** Every field checked on its own; BAD_USER_INPUT names the field. Returns only the fields given. */
  private validate(input: UpdatePasskeyPolicyInput): Partial<PasskeyPolicy> {
    const changes: Partial<Record<Editable, unknown>> = {};
    for (const key of EDITABLE) {
      if (input[key] === undefined) continue;
      if (input[key] === null && NON_NULLABLE.includes(key)) {
        throw badInput(`${key} cannot be cleared; leave it out to keep its value.`, key);
      }
      changes[key] = input[key];
    }
    const now = this.clock.now().getTime();
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
