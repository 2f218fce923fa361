import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SettingsService } from "@simplewebauthn/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { Role } from "../src/modules/enums";
import { Credential } from "../src/modules/passkeys/credential.entity";
import { PasskeyPolicy } from "../src/modules/policy/passkey-policy.entity";
import {
  CertificateAuthority,
  makeAttestationSigner,
  makeBlobSigner,
  makeIntermediateCa,
  makeMdsBlob,
  makeRootCa,
} from "./attestation-ca";
import { AttestationSigner, RegisterOverrides } from "./authenticator";
import { authenticatorFor, buildPasskeyOrganisation, finishRegistration, startRegistration } from "./ceremonies";
import { buildUser, givePasskey, signIn } from "./factories";
import { codeOf, startTestServer, TestServer } from "./harness";

/**
 * DESIGN "WebAuthn checks": a policy that requires attestation accepts only statements that
 * verify to a configured trust root, and the allowlist is held against the attested AAGUID.
 */

const YUBIKEY = "ee882879-721c-4913-9775-3dfcce97072a";
const OTHER = "0bb43545-fd2c-4185-87dd-feb0b2916ace";

const folder = mkdtempSync(join(tmpdir(), "attestation-roots-"));
let root: CertificateAuthority;
let intermediate: CertificateAuthority;
/** An attestation certificate for YUBIKEY, issued under the configured root through an intermediate. */
let trusted: AttestationSigner;
/** The same shape under a root nobody configured, one that even copies the trusted root's name. */
let impostor: AttestationSigner;
let server: TestServer;

beforeAll(async () => {
  root = await makeRootCa();
  intermediate = await makeIntermediateCa(root);
  trusted = await makeAttestationSigner(intermediate, { aaguid: YUBIKEY, chain: [intermediate] });
  const lookalike = await makeRootCa(root.name);
  impostor = await makeAttestationSigner(lookalike, { aaguid: YUBIKEY });
  writeFileSync(join(folder, "vendor-root.pem"), root.pem);
  server = await startTestServer({ env: { ATTESTATION_TRUST_ROOTS_DIR: folder } });
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function employee(policy: Partial<PasskeyPolicy>, on = server) {
  const organisation = await buildPasskeyOrganisation(on, policy);
  const user = await buildUser(on, { organisation });
  return { organisation, user, client: await signIn(on, user) };
}

/** One registration, answered by an authenticator that claims `aaguid` and attests as told. */
async function register(
  who: Awaited<ReturnType<typeof employee>>,
  overrides: Partial<RegisterOverrides> & { aaguid?: string },
  on = server,
) {
  const started = await startRegistration(who.client);
  const authenticator = authenticatorFor(on, { aaguid: overrides.aaguid ?? YUBIKEY });
  const res = await finishRegistration(
    who.client,
    started.challengeId,
    authenticator.register(started.options, overrides),
  );
  // Registering rotates the session token (DESIGN "Security rules"): carry on with the new one.
  const token = res.data?.finishPasskeyRegistration?.token;
  if (token) who.client.bearer = token;
  return {
    started,
    res,
    credentials: await on.dataSource.getRepository(Credential).find({ where: { userId: who.user.id } }),
  };
}

function expectRefused(res: Awaited<ReturnType<typeof register>>["res"], reason: string) {
  expect(res.status).toBe(200);
  expect(res.errors?.[0].extensions?.code).toBe("CEREMONY_FAILED");
  expect(res.errors?.[0].message).toContain(reason);
  expect(res.data?.finishPasskeyRegistration ?? null).toBeNull();
}

describe("a policy that requires attestation", () => {
  it("asks for direct attestation and accepts packed full attestation that chains to the configured root", async () => {
    const who = await employee({ requireAttestation: true });
    const { started, res, credentials } = await register(who, { attestation: "packed", attestationSigner: trusted });
    expect(started.options.attestation).toBe("direct");
    expect(res.errors).toBeUndefined();
    expect(res.data.finishPasskeyRegistration.credential).toMatchObject({ aaguid: YUBIKEY });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ aaguid: YUBIKEY, attestationFormat: "packed" });
  });

  it("refuses none attestation, naming it, and stores nothing", async () => {
    const who = await employee({ requireAttestation: true });
    const { res, credentials } = await register(who, { attestation: "none" });
    expectRefused(res, "gave none (none attestation)");
    expect(credentials).toEqual([]);
  });

  it("refuses self attestation, naming it", async () => {
    const who = await employee({ requireAttestation: true });
    const { res, credentials } = await register(who, { attestation: "packed", attestationSigner: null });
    expectRefused(res, "only vouched for itself (self attestation)");
    expect(credentials).toEqual([]);
  });

  it("refuses a chain to a root nobody configured, even one that copies the trusted root's name", async () => {
    const who = await employee({ requireAttestation: true });
    const { res, credentials } = await register(who, { attestation: "packed", attestationSigner: impostor });
    expectRefused(res, "does not chain to a trusted root");
    expect(credentials).toEqual([]);
  });

  it("refuses a leaf sent without the intermediate that links it to the root", async () => {
    const who = await employee({ requireAttestation: true });
    const broken = { ...trusted, x5c: trusted.x5c.slice(0, 1) };
    expectRefused((await register(who, { attestation: "packed", attestationSigner: broken })).res, "does not chain");
  });

  it("holds the allowlist against the attested AAGUID: a claimed YubiKey under none or self attestation is refused", async () => {
    const who = await employee({ requireAttestation: true, allowedAuthenticators: [YUBIKEY] });
    expectRefused((await register(who, { attestation: "none" })).res, "none attestation");
    expectRefused((await register(who, { attestation: "packed", attestationSigner: null })).res, "self attestation");
    const attested = await register(who, { attestation: "packed", attestationSigner: trusted });
    expect(attested.res.errors).toBeUndefined();
    expect(attested.credentials).toHaveLength(1);
  });

  it("refuses an attested authenticator that the allowlist does not name", async () => {
    const who = await employee({ requireAttestation: true, allowedAuthenticators: [OTHER] });
    const { res } = await register(who, { attestation: "packed", attestationSigner: trusted });
    expectRefused(res, "not allowed by your organisation");
  });
});

describe("a policy that does not require attestation (as before)", () => {
  it("asks for no attestation and accepts none and self attestation", async () => {
    const who = await employee({});
    const none = await register(who, { attestation: "none" });
    expect(none.started.options.attestation).toBe("none");
    expect(none.res.errors).toBeUndefined();
    const self = await register(who, { attestation: "packed", attestationSigner: null });
    expect(self.res.errors).toBeUndefined();
    expect(self.credentials).toHaveLength(2);
  });

  it("checks an allowlist against the AAGUID the authenticator declares, whatever its attestation", async () => {
    const who = await employee({ allowedAuthenticators: [YUBIKEY] });
    const claimed = await register(who, { attestation: "none" });
    expect(claimed.started.options.attestation).toBe("direct");
    expect(claimed.res.errors).toBeUndefined();
    expect((await register(who, { attestation: "packed", attestationSigner: impostor })).res.errors).toBeUndefined();
    expectRefused((await register(who, { attestation: "none", aaguid: OTHER })).res, "not allowed");
  });
});

const UPDATE = `mutation ($i: UpdatePasskeyPolicyInput!) { updatePasskeyPolicy(input: $i) { requireAttestation version } }`;
const READ = `query ($id: ID!) { organisation(id: $id) { passkeyPolicy { requireAttestation version } } }`;

async function orgAdmin(on: TestServer) {
  const organisation = await buildPasskeyOrganisation(on);
  const user = await buildUser(on, { organisation, role: Role.ORG_ADMIN });
  await givePasskey(on, user);
  return { organisation, client: await signIn(on, user) };
}

describe("requiring attestation in Org Settings > Passkeys", () => {
  it("is off by default; an admin turns it on and off, each change versioned and audited", async () => {
    const { organisation, client } = await orgAdmin(server);
    expect((await client.ok(READ, { id: organisation.id })).organisation.passkeyPolicy).toEqual({
      requireAttestation: false,
      version: 1,
    });
    const on = await client.ok(UPDATE, {
      i: { organisationId: organisation.id, expectedVersion: 1, requireAttestation: true },
    });
    expect(on.updatePasskeyPolicy).toEqual({ requireAttestation: true, version: 2 });
    const off = await client.ok(UPDATE, {
      i: { organisationId: organisation.id, expectedVersion: 2, requireAttestation: false },
    });
    expect(off.updatePasskeyPolicy).toEqual({ requireAttestation: false, version: 3 });
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .find({ where: { organisationId: organisation.id, type: "POLICY_UPDATED" as never } });
    expect(events.map((e) => (e.data as { changed: unknown }).changed)).toEqual(
      expect.arrayContaining([
        { requireAttestation: { from: false, to: true } },
        { requireAttestation: { from: true, to: false } },
      ]),
    );
  });

  it("cannot be cleared with null", async () => {
    const { organisation, client } = await orgAdmin(server);
    const res = await client.request(UPDATE, {
      i: { organisationId: organisation.id, expectedVersion: 1, requireAttestation: null },
    });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
  });

  it("is refused with BAD_USER_INPUT, saying why, where no trust roots are configured", async () => {
    const bare = await startTestServer();
    try {
      const { organisation, client } = await orgAdmin(bare);
      const res = await client.request(UPDATE, {
        i: { organisationId: organisation.id, expectedVersion: 1, requireAttestation: true },
      });
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "requireAttestation" });
      expect(res.errors?.[0].message).toContain("no attestation trust roots configured");
      expect((await client.ok(READ, { id: organisation.id })).organisation.passkeyPolicy).toEqual({
        requireAttestation: false,
        version: 1,
      });
      // Saving other settings, or turning it off, still works there.
      const off = await client.request(UPDATE, {
        i: { organisationId: organisation.id, expectedVersion: 1, requireAttestation: false, maxSkips: 2 },
      });
      expect(off.errors).toBeUndefined();
    } finally {
      await bare.close();
    }
  });
});

describe("trust roots from a FIDO metadata BLOB", () => {
  it("accepts a model chaining to the roots its metadata lists, and refuses models it lists as compromised or not at all", async () => {
    // The BLOB is signed under a test "FIDO" root, set where SimpleWebAuthn looks for the MDS roots.
    const fidoRoot = await makeRootCa("CN=Test FIDO Metadata Root, O=Passkeys Tests, C=GB");
    const vendorRoot = await makeRootCa("CN=Test Vendor Root, O=Passkeys Tests, C=GB");
    const COMPROMISED = "7e3f3d30-3557-4442-bdae-139312178b39";
    const UNLISTED = "9c835346-796b-4c27-8898-d6032f515cc5";
    const blob = await makeMdsBlob(await makeBlobSigner(fidoRoot), [
      { aaguid: YUBIKEY, roots: [vendorRoot] },
      { aaguid: COMPROMISED, roots: [vendorRoot], status: "ATTESTATION_KEY_COMPROMISE" },
    ]);
    const blobFolder = mkdtempSync(join(tmpdir(), "mds-"));
    writeFileSync(join(blobFolder, "blob.jwt"), blob);
    const defaultMdsRoots = SettingsService.getRootCertificates({ identifier: "mds" });
    SettingsService.setRootCertificates({ identifier: "mds", certificates: [fidoRoot.pem] });
    const mds = await startTestServer({ env: { FIDO_MDS_BLOB_FILE: join(blobFolder, "blob.jwt") } });
    try {
      const signerFor = (aaguid: string) => makeAttestationSigner(vendorRoot, { aaguid });
      const who = await employee({ requireAttestation: true }, mds);
      const listed = await register(who, { attestation: "packed", attestationSigner: await signerFor(YUBIKEY) }, mds);
      expect(listed.res.errors).toBeUndefined();
      const compromised = await register(
        who,
        { aaguid: COMPROMISED, attestation: "packed", attestationSigner: await signerFor(COMPROMISED) },
        mds,
      );
      expectRefused(compromised.res, "ATTESTATION_KEY_COMPROMISE");
      const unlisted = await register(
        who,
        { aaguid: UNLISTED, attestation: "packed", attestationSigner: await signerFor(UNLISTED) },
        mds,
      );
      expectRefused(unlisted.res, "no configured trust root covers this authenticator model");
      // The operator's PEM folder is not configured here: the trusted root of the other server means nothing.
      const elsewhere = await register(who, { attestation: "packed", attestationSigner: trusted }, mds);
      expectRefused(elsewhere.res, "does not chain");
    } finally {
      await mds.close();
      SettingsService.setRootCertificates({ identifier: "mds", certificates: defaultMdsRoots });
      rmSync(blobFolder, { recursive: true, force: true });
    }
  });
});
