import "reflect-metadata";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { systemClock } from "../clock";
import { ConfigError, loadConfig } from "../config";
import { createDataSource } from "../database/data-source";
import { migrate } from "../database/migrate";
import { Transactions } from "../db/transactions";
import { AppError } from "../errors";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { AuditEventType, AuthMethod, Role } from "../modules/enums";
import { Organisation } from "../modules/organisations/organisation.entity";
import { OrganisationService } from "../modules/organisations/organisation.service";
import { Credential } from "../modules/passkeys/credential.entity";
import { PasskeyPolicy } from "../modules/policy/passkey-policy.entity";
import { PolicyService } from "../modules/policy/policy.service";
import { User } from "../modules/users/user.entity";

const USAGE = "Usage: seed --org SLUG --users N [--events N]  (events default to 10 per user)";
/** Rows per INSERT: far under MySQL's 65,535 and SQLite's 32,766 placeholders at these widths. */
const BATCH = 1_000;
const DAY = 86_400_000;
const ROLES = [Role.EMPLOYEE, Role.EMPLOYEE, Role.EMPLOYEE, Role.EMPLOYEE, Role.APP_EDITOR];
const AAGUIDS = ["fbfc3007-154e-4ecc-8c0b-6e020557d7bd", "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"];

/**
 * A realistic big organisation, fast: users (60 % with one to four passkeys, 1.5 per user on
 * average, 20 % who skipped), their credentials and a trail of sign-ins and registrations over the
 * last 90 days, in batched INSERTs. Deterministic by index, so counts are known; passkeyCount is
 * written with the credentials it counts.
 */
async function main() {
  const { values } = parseArgs({
    options: { org: { type: "string" }, users: { type: "string" }, events: { type: "string" } },
  });
  const users = Number(values.users);
  if (!values.org || !Number.isInteger(users) || users < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const events = values.events === undefined ? users * 10 : Number(values.events);
  const dataSource = await createDataSource(loadConfig().databaseUrl);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const organisation = await organisationFor(dataSource, values.org);
    const started = Date.now();
    const counts = await seed(dataSource, organisation, users, events);
    const seconds = (Date.now() - started) / 1000;
    console.log(JSON.stringify({ organisation: organisation.slug, ...counts, seconds }));
  } finally {
    await dataSource.destroy();
  }
}

/** The organisation by slug, or a new one with passkeys activated and switched on. */
async function organisationFor(dataSource: DataSource, slug: string): Promise<Organisation> {
  const existing = await dataSource.getRepository(Organisation).findOne({ where: { slug } });
  if (existing) return existing;
  const transactions = new Transactions(dataSource);
  const policies = new PolicyService(dataSource, transactions, systemClock, false);
  const organisations = new OrganisationService(dataSource, transactions, systemClock, policies);
  const organisation = await organisations.create({ name: slug, slug }, { id: null, ip: null });
  await organisations.setPasskeysActivated(organisation.id, true, { id: null, ip: null });
  await dataSource.getRepository(PasskeyPolicy).update({ organisationId: organisation.id }, { enabled: true });
  return organisation;
}

async function seed(dataSource: DataSource, organisation: Organisation, total: number, eventTotal: number) {
  const now = Date.now();
  const bar = new SingleBar({
    format: "seeding {bar} {percentage}% | {value}/{total} rows | {eta_formatted} left",
    stream: process.stderr,
    etaBuffer: 50,
  });
  const passkeysOf = (i: number) => (i % 10 < 6 ? [1, 2, 2, 3, 3, 4][i % 6] : 0);
  let credentialTotal = 0;
  for (let i = 0; i < total; i++) credentialTotal += passkeysOf(i);
  bar.start(total + credentialTotal + eventTotal, 0);

  const insert = async <T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T[]) => {
    await dataSource.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false).execute();
    bar.increment(rows.length);
  };
  const tag = randomBytes(3).toString("hex");
  const userIds: string[] = new Array(total);
  for (let from = 0; from < total; from += BATCH) {
    const userRows: User[] = [];
    const credentialRows: Credential[] = [];
    for (let i = from; i < Math.min(from + BATCH, total); i++) {
      const id = randomUUID();
      userIds[i] = id;
      const passkeys = passkeysOf(i);
      const skipped = passkeys === 0 && i % 10 >= 8;
      const createdAt = new Date(now - 90 * DAY + (i / total) * 60 * DAY);
      userRows.push(
        Object.assign(new User(), {
          id,
          organisationId: organisation.id,
          tenantKey: organisation.id,
          email: `user${i}.${tag}@${organisation.slug}.example`,
          displayName: `Employee ${i}`,
          role: i % 500 === 0 ? Role.ORG_ADMIN : ROLES[i % ROLES.length],
          passwordHash: null,
          webauthnUserId: randomBytes(32).toString("base64url"),
          skipCount: skipped ? 1 + (i % 3) : 0,
          passkeyCount: passkeys,
          skippedAt: skipped ? new Date(now - (i % 30) * DAY) : null,
          disabledAt: null,
          createdAt,
          lastSignInAt: new Date(now - (i % 14) * DAY),
        }),
      );
      for (let k = 0; k < passkeys; k++) {
        const credentialId = randomBytes(32).toString("base64url");
        credentialRows.push(
          Object.assign(new Credential(), {
            id: randomUUID(),
            credentialId,
            credentialIdHash: createHash("sha256").update(credentialId).digest("hex"),
            userId: id,
            organisationId: organisation.id,
            publicKey: randomBytes(77).toString("base64url"),
            signCount: 0,
            transports: ["internal", "hybrid"],
            aaguid: AAGUIDS[(i + k) % 2],
            backupEligible: true,
            backedUp: k === 0,
            attestationFormat: "none",
            name: k === 0 ? "iCloud Keychain" : "Google Password Manager",
            createdAt: new Date(createdAt.getTime() + (k + 1) * DAY),
            lastUsedAt: null,
            revokedAt: null,
            revokedById: null,
          }),
        );
      }
    }
    await insert(User, userRows);
    for (let c = 0; c < credentialRows.length; c += BATCH) await insert(Credential, credentialRows.slice(c, c + BATCH));
  }

  const usersSeconds = (Date.now() - now) / 1000;
  const methods = [
    AuthMethod.PASSKEY,
    AuthMethod.PASSKEY,
    AuthMethod.PASSKEY,
    AuthMethod.PASSWORD,
    AuthMethod.SIGN_IN_CODE,
  ];
  for (let from = 0; from < eventTotal; from += BATCH) {
    const rows: AuditEvent[] = [];
    for (let e = from; e < Math.min(from + BATCH, eventTotal); e++) {
      const userId = userIds[e % total];
      const registration = e % 20 === 0;
      const method = methods[e % methods.length];
      rows.push(
        Object.assign(new AuditEvent(), {
          id: randomUUID(),
          organisationId: organisation.id,
          type: registration ? AuditEventType.PASSKEY_REGISTERED : AuditEventType.SIGN_IN_SUCCEEDED,
          actorId: userId,
          subjectId: userId,
          data: registration
            ? { name: "iCloud Keychain", synced: true }
            : { method, userVerified: method === AuthMethod.PASSKEY },
          method: registration ? null : method,
          ip: null,
          createdAt: new Date(now - ((eventTotal - e) / eventTotal) * 90 * DAY),
        }),
      );
    }
    await insert(AuditEvent, rows);
  }
  bar.stop();
  return { users: total, credentials: credentialTotal, events: eventTotal, usersAndCredentialsSeconds: usersSeconds };
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof AppError ? error.message : error);
  process.exit(1);
});
