import { Field, ID, ObjectType } from "type-graphql";
import { Entity, Index, PrimaryColumn } from "typeorm";
import { DateTimeColumn, IdColumn, IntColumn, JsonColumn, RefColumn, StringColumn } from "../../db/columns";
import { DateTimeScalar } from "../../scalars";
import { AppPlatform } from "../enums";

/** One of an organisation's native apps, as its association file names it. */
@ObjectType({
  description:
    "A native app of the organisation: iOS apps are named in /.well-known/apple-app-site-association, Android apps in /.well-known/assetlinks.json, and ceremonies made in an Android app are accepted with its android:apk-key-hash origins.",
})
@Entity("app_registrations")
@Index("ix_app_registrations_org", ["organisationId", "createdAt"])
export class AppRegistration {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  organisationId: string;

  @Field(() => AppPlatform)
  @StringColumn(8)
  platform: AppPlatform;

  @Field(() => String, { description: "iOS: TEAMID.bundle.id, as in webcredentials.apps. Android: the package name." })
  @StringColumn(255)
  appId: string;

  /** The platform and the app id in lower case: one app belongs to one organisation, on every database's collation. */
  @Index("uq_app_registrations_app_key", { unique: true })
  @StringColumn(270)
  appKey: string;

  @Field(() => String, { nullable: true, description: "iOS only: the 10-character Apple Team ID." })
  @StringColumn(10, { nullable: true })
  teamId: string | null;

  @Field(() => String, { nullable: true, description: "iOS only." })
  @StringColumn(155, { nullable: true })
  bundleId: string | null;

  @Field(() => String, { nullable: true, description: "Android only." })
  @StringColumn(255, { nullable: true })
  packageName: string | null;

  @Field(() => [String], {
    description: "Android only (empty for iOS): SHA-256 signing-certificate fingerprints, AA:BB:… upper case.",
  })
  @JsonColumn()
  certificateFingerprints: string[];

  @Field(() => DateTimeScalar)
  @DateTimeColumn()
  createdAt: Date;

  @RefColumn({ nullable: true })
  createdById: string | null;
}

/**
 * One row, bumped in the transaction of every registration change. Each API process keeps the
 * association files it built with the version it read first, and rebuilds them when a request
 * finds another version: changes reach every process at once, for one primary-key read.
 */
@Entity("app_association_version")
export class AppAssociationVersion {
  @PrimaryColumn({ type: "int" })
  id: number;

  @IntColumn({ default: 0 })
  version: number;
}
