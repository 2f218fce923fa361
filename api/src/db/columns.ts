import { Column, ColumnOptions, PrimaryColumn } from "typeorm";

/**
 * Column types that mean the same on MySQL/MariaDB and SQLite. Every entity uses
 * these, so dialect differences stay in this one file.
 */

/** UUIDs are made in code (crypto.randomUUID), never by the database. */
export const IdColumn = () => PrimaryColumn({ type: "varchar", length: 36 });
export const RefColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "varchar", length: 36, nullable: options.nullable ?? false });

/** Millisecond UTC timestamps from the injected clock, not database defaults (MySQL needs datetime(3)). */
export const DateTimeColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "datetime", precision: 3, nullable: options.nullable ?? false });

export const StringColumn = (length: number, options: Omit<ColumnOptions, "type" | "length"> = {}) =>
  Column({ type: "varchar", length, ...options });

/** Free text up to 64 KiB; used for base64url keys, credential IDs and JSON. */
export const TextColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "text", nullable: options.nullable ?? false });

export const JsonColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "simple-json", nullable: options.nullable ?? false });

export const BoolColumn = (defaultValue: boolean) => Column({ type: "boolean", default: defaultValue });

export const IntColumn = (options: { nullable?: boolean; default?: number } = {}) =>
  Column({ type: "int", nullable: options.nullable ?? false, default: options.default });

/**
 * 0 to 2^32-1: WebAuthn sign counts are unsigned 32-bit, more than a signed INT holds on MySQL.
 * SQLite's INTEGER is 64-bit and has no unsigned flag, so only MySQL's column changes.
 */
export const UnsignedIntColumn = (options: { default?: number } = {}) =>
  Column({ type: "int", unsigned: true, nullable: false, default: options.default });
