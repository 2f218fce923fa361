import { createHash, randomUUID } from "node:crypto";
import { DataSource, EntityManager } from "typeorm";
import { Clock } from "../../clock";
import { Config } from "../../config";
import { Transactions } from "../../db/transactions";
import { isUniqueViolation } from "../../db/unique-violation";
import { badInput, notFound } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AppPlatform, AuditEventType } from "../enums";
import { Organisation } from "../organisations/organisation.entity";
import { isId } from "../../input-checks";
import { Actor } from "../organisations/organisation.service";
import { androidOrigin, checkBundleId, checkFingerprint, checkPackageName, checkTeamId } from "../../app-identifiers";
import { AppAssociationVersion, AppRegistration } from "./app-registration.entity";

/**
 * Apple's CDN reads at most 128 KB of apple-app-site-association; a longer file does not parse,
 * and then no app in it can use the RP ID's passkeys. Roughly 3,000 apps of 40-character ids.
 */
export const MAX_AASA_BYTES = 128 * 1024;
export const MAX_FINGERPRINTS = 10;
export const AASA_PATH = "/.well-known/apple-app-site-association";
export const ASSETLINKS_PATH = "/.well-known/assetlinks.json";

const GET_LOGIN_CREDS = "delegate_permission/common.get_login_creds";

export interface AndroidApp {
  packageName: string;
  certificateFingerprints: string[];
}

export interface AssetLinkStatement {
  relation: string[];
  target: { namespace: "android_app"; package_name: string; sha256_cert_fingerprints: string[] };
}

/** A file as served: its JSON text and a strong validator for HTTP caching (the body's SHA-256). */
export interface AssociationFile {
  body: string;
  etag: string;
}

/** The two files, and the version of the registrations they were built from. */
export interface AssociationFiles {
  version: number;
  appleAppSiteAssociation: AssociationFile;
  assetLinks: AssociationFile;
}

function served(body: string): AssociationFile {
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"` };
}

export function appleAppSiteAssociation(appIds: string[]) {
  return { webcredentials: { apps: [...new Set(appIds)] } };
}

export function assetLinkStatement(app: AndroidApp): AssetLinkStatement {
  return {
    relation: [GET_LOGIN_CREDS],
    target: {
      namespace: "android_app",
      package_name: app.packageName,
      sha256_cert_fingerprints: app.certificateFingerprints,
    },
  };
}

/** What a registration adds to its file, as the console shows it: the very JSON the file holds. */
export function associationEntry(registration: AppRegistration): string {
  return registration.platform === AppPlatform.IOS
    ? JSON.stringify(registration.appId)
    : JSON.stringify(
        assetLinkStatement({
          packageName: registration.appId,
          certificateFingerprints: registration.certificateFingerprints,
        }),
        null,
        2,
      );
}

export function originsOf(registration: Pick<AppRegistration, "platform" | "certificateFingerprints">): string[] {
  // iOS apps send the RP's web origin: they add no origin of their own.
  return registration.platform === AppPlatform.ANDROID ? registration.certificateFingerprints.map(androidOrigin) : [];
}

const appKeyOf = (platform: AppPlatform, appId: string) => `${platform.toLowerCase()}:${appId.toLowerCase()}`;

function checked<T>(result: { ok: true; value: T } | { ok: false; message: string }, field: string): T {
  if (!result.ok) throw badInput(result.message, field);
  return result.value;
}

/** 1 to 10 fingerprints, each normalised to AA:BB:…; repeats collapse to one. */
export function checkFingerprints(input: string[]): string[] {
  if (input.length === 0 || input.length > MAX_FINGERPRINTS) {
    throw badInput(
      `Give 1 to ${MAX_FINGERPRINTS} SHA-256 certificate fingerprints (release, Play App Signing, debug).`,
      "certificateFingerprints",
    );
  }
  const fingerprints = input.map((f, index) => {
    const result = checkFingerprint(String(f).slice(0, 200));
    if (!result.ok) throw badInput(`Fingerprint ${index + 1}: ${result.message}`, "certificateFingerprints");
    return result.value;
  });
  return [...new Set(fingerprints)];
}

/**
 * Organisations' native apps: SUPPORT registers them, the association files publish them, and
 * each organisation's Android apps add their origins to its ceremonies.
 */
export class AppRegistrationService {
  private cached: AssociationFiles | null = null;
  private building: { version: number; files: Promise<AssociationFiles> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly config: Config,
  ) {}

  listFor(organisationId: string): Promise<AppRegistration[]> {
    return this.dataSource
      .getRepository(AppRegistration)
      .find({ where: { organisationId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /**
   * The origins a ceremony of this organisation's users may carry: the configured ones (web
   * origins and the platform's own apps) and the organisation's Android apps. Another
   * organisation's app is not among them. SUPPORT staff (no organisation) get the configured ones.
   */
  async expectedOriginsFor(organisationId: string | null): Promise<string[]> {
    const own = organisationId
      ? await this.dataSource
          .getRepository(AppRegistration)
          .find({ where: { organisationId, platform: AppPlatform.ANDROID }, order: { createdAt: "ASC", id: "ASC" } })
      : [];
    const platformApps = this.config.staticApps.android.flatMap((a) => a.certificateFingerprints.map(androidOrigin));
    return [...new Set([...this.config.rpOrigins, ...platformApps, ...own.flatMap(originsOf)])];
  }

  async registerIos(
    input: { organisationId: string; teamId: string; bundleId: string },
    actor: Actor,
  ): Promise<AppRegistration> {
    const teamId = checked(checkTeamId(String(input.teamId).slice(0, 100)), "teamId");
    const bundleId = checked(checkBundleId(String(input.bundleId).slice(0, 1000)), "bundleId");
    const appId = `${teamId}.${bundleId}`;
    return this.add(input.organisationId, actor, "bundleId", {
      platform: AppPlatform.IOS,
      appId,
      teamId,
      bundleId,
      packageName: null,
      certificateFingerprints: [],
    });
  }

  async registerAndroid(
    input: { organisationId: string; packageName: string; certificateFingerprints: string[] },
    actor: Actor,
  ): Promise<AppRegistration> {
    const packageName = checked(checkPackageName(String(input.packageName).slice(0, 1000)), "packageName");
    const certificateFingerprints = checkFingerprints(input.certificateFingerprints);
    return this.add(input.organisationId, actor, "packageName", {
      platform: AppPlatform.ANDROID,
      appId: packageName,
      teamId: null,
      bundleId: null,
      packageName,
      certificateFingerprints,
    });
  }

  /** Replaces an Android app's fingerprints (a new release key, a debug key added or dropped). */
  async updateAndroidFingerprints(id: string, input: string[], actor: Actor): Promise<AppRegistration> {
    if (!isId(id)) throw notFound("The app");
    const certificateFingerprints = checkFingerprints(input);
    return this.transactions.run(async (manager) => {
      await this.bumpVersion(manager);
      const app = await manager.getRepository(AppRegistration).findOne({ where: { id } });
      if (!app) throw notFound("The app");
      if (app.platform !== AppPlatform.ANDROID)
        throw badInput("Only an Android app has certificate fingerprints.", "id");
      const before = app.certificateFingerprints;
      app.certificateFingerprints = certificateFingerprints;
      await manager.update(AppRegistration, { id }, { certificateFingerprints });
      await recordAudit(manager, {
        type: AuditEventType.APP_UPDATED,
        organisationId: app.organisationId,
        actorId: actor.id,
        data: { platform: app.platform, appId: app.appId, certificateFingerprints, previousFingerprints: before },
        ip: actor.ip,
        at: this.clock.now(),
      });
      return app;
    });
  }

  async remove(id: string, actor: Actor): Promise<AppRegistration> {
    if (!isId(id)) throw notFound("The app");
    return this.transactions.run(async (manager) => {
      await this.bumpVersion(manager);
      const app = await manager.getRepository(AppRegistration).findOne({ where: { id } });
      if (!app) throw notFound("The app");
      await manager.delete(AppRegistration, { id });
      await recordAudit(manager, {
        type: AuditEventType.APP_REMOVED,
        organisationId: app.organisationId,
        actorId: actor.id,
        data: auditData(app),
        ip: actor.ip,
        at: this.clock.now(),
      });
      return app;
    });
  }

  /**
   * The two files, built from every organisation's registrations and the configured apps. The
   * version row is read on every call (one primary-key read) and before the registrations, so a
   * file is never kept as current once a newer change has committed, on any process.
   */
  async associationFiles(): Promise<AssociationFiles> {
    let version: number;
    try {
      version = await this.currentVersion(this.dataSource.manager);
    } catch (error) {
      // The database is down: the last files built are better than none (they only grow stale).
      if (this.cached) return this.cached;
      throw error;
    }
    if (this.cached?.version === version) return this.cached;
    if (this.building?.version !== version) {
      const files = this.build(version).then((built) => {
        if (!this.cached || this.cached.version <= built.version) this.cached = built;
        return built;
      });
      this.building = { version, files };
      files.catch(() => {
        if (this.building?.files === files) this.building = null;
      });
    }
    return this.building.files;
  }

  private async build(version: number): Promise<AssociationFiles> {
    const registrations = await this.dataSource
      .getRepository(AppRegistration)
      .find({ order: { appKey: "ASC" }, select: { platform: true, appId: true, certificateFingerprints: true } });
    return {
      version,
      appleAppSiteAssociation: served(
        this.aasaText(registrations.filter((r) => r.platform === AppPlatform.IOS).map((r) => r.appId)),
      ),
      assetLinks: served(
        JSON.stringify(
          [
            ...this.config.staticApps.android,
            ...registrations
              .filter((r) => r.platform === AppPlatform.ANDROID)
              .map((r) => ({ packageName: r.appId, certificateFingerprints: r.certificateFingerprints })),
          ].map(assetLinkStatement),
        ),
      ),
    };
  }

  private aasaText(registeredAppIds: string[]): string {
    return JSON.stringify(appleAppSiteAssociation([...this.config.staticApps.ios, ...registeredAppIds]));
  }

  private async currentVersion(manager: EntityManager): Promise<number> {
    const row = await manager.getRepository(AppAssociationVersion).findOne({ where: { id: 1 } });
    return row?.version ?? 0;
  }

  /**
   * Every change bumps the version first: on MySQL that takes the row's lock, so registration
   * changes run one at a time (the AASA size check below cannot be raced past the limit).
   */
  private async bumpVersion(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AppAssociationVersion)
      .set({ version: () => "version + 1" })
      .where("id = 1")
      .execute();
  }

  private async add(
    organisationId: string,
    actor: Actor,
    appField: string,
    fields: Omit<AppRegistration, "id" | "organisationId" | "appKey" | "createdAt" | "createdById">,
  ): Promise<AppRegistration> {
    if (!isId(organisationId)) throw notFound("The organisation");
    const appKey = appKeyOf(fields.platform, fields.appId);
    const taken = (owner?: Organisation | null) =>
      badInput(
        `${fields.appId} is already registered${owner ? ` for the organisation "${owner.slug}"` : ""}: an app belongs to one organisation.`,
        appField,
      );
    try {
      return await this.transactions.run(async (manager) => {
        if (!(await manager.getRepository(Organisation).exist({ where: { id: organisationId } })))
          throw notFound("The organisation");
        await this.bumpVersion(manager);
        const existing = await manager.getRepository(AppRegistration).findOne({ where: { appKey } });
        if (existing) {
          throw taken(await manager.getRepository(Organisation).findOne({ where: { id: existing.organisationId } }));
        }
        if (fields.platform === AppPlatform.IOS) {
          const ios = await manager
            .getRepository(AppRegistration)
            .find({ where: { platform: AppPlatform.IOS }, select: { appId: true } });
          const size = Buffer.byteLength(this.aasaText([...ios.map((r) => r.appId), fields.appId]));
          if (size > MAX_AASA_BYTES) {
            throw badInput(
              `apple-app-site-association would grow to ${size} bytes, past Apple's limit of ${MAX_AASA_BYTES}: no iOS app can be added under this RP ID. See "Past 128 KB" in the README.`,
              appField,
            );
          }
        }
        const app = manager.create(AppRegistration, {
          ...fields,
          id: randomUUID(),
          organisationId,
          appKey,
          createdAt: this.clock.now(),
          createdById: actor.id,
        });
        await manager.insert(AppRegistration, app);
        await recordAudit(manager, {
          type: AuditEventType.APP_REGISTERED,
          organisationId,
          actorId: actor.id,
          data: auditData(app),
          ip: actor.ip,
          at: this.clock.now(),
        });
        return app;
      });
    } catch (error) {
      // Two registrations of one app at once: the unique index refuses the second.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }
}

function auditData(app: AppRegistration): Record<string, unknown> {
  return app.platform === AppPlatform.IOS
    ? { platform: app.platform, appId: app.appId }
    : { platform: app.platform, appId: app.appId, certificateFingerprints: app.certificateFingerprints };
}
