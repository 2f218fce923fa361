import { createHash } from "node:crypto";
import { EntityManager, IsNull } from "typeorm";
import { Credential } from "./credential.entity";

/**
 * Credential lookups shared with the other modules (rename/revoke, User.passkeys, codes).
 * Every lookup by WebAuthn credential ID goes through its SHA-256: IDs may be 1,023 bytes,
 * too long for a unique index, and the hash is what is unique across the service.
 */
export const credentialIdHash = (credentialId: string) => createHash("sha256").update(credentialId).digest("hex");

/** Longest base64url text of a 1,023-byte credential ID (WebAuthn's limit); anything longer names nothing. */
export const MAX_CREDENTIAL_ID_LENGTH = 1364;

/** The credential with this WebAuthn ID (base64url), revoked ones included; null when there is none. */
export function findCredential(manager: EntityManager, credentialId: string): Promise<Credential | null> {
  if (!credentialId || credentialId.length > MAX_CREDENTIAL_ID_LENGTH) return Promise.resolve(null);
  return manager.getRepository(Credential).findOne({ where: { credentialIdHash: credentialIdHash(credentialId) } });
}

/** The user's unrevoked credentials, oldest first. */
export function activeCredentialsOf(manager: EntityManager, userId: string): Promise<Credential[]> {
  return manager
    .getRepository(Credential)
    .find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: "ASC", id: "ASC" } });
}
