import { beforeAll, describe, expect, it } from 'vitest';
import { x509 } from '@/lib/signatures/x509';
import { webcrypto } from 'node:crypto';
import type { Bytes } from '@/lib/signatures/bytes';
import { canonicalBytes } from '@/lib/signatures/canonical';
import { createRootCa, issueCertificate, issueCrl, type CertificateAuthority, type Holder, type IssuedKey } from '@/lib/signatures/demo-pki';
import { createKeystore, KeystorePasswordError, openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { createTrustStore, type TrustStore } from '@/lib/signatures/trust-store';
import { verifyDetachedCms, type VerifyOptions } from '@/lib/signatures/verify-cms';

const NOW = new Date('2026-11-25T06:00:00Z');
const YEAR = 365 * 24 * 3600 * 1000;
const person: Holder = { iin: '880121300001', fullName: 'Жумабаев Ерлан' };
const head: Holder = { iin: '770228300006', fullName: 'Искаков Нурлан', organisation: { bin: '150340000109', name: 'ТОО Медтехника', role: 'first_head' } };
const employee: Holder = { iin: '950217300007', fullName: 'Бекова Асель', organisation: { bin: '150340000109', name: 'ТОО Медтехника', role: 'employee' } };

let root: CertificateAuthority;
let otherRoot: CertificateAuthority;
let trust: TrustStore;
const keys: Record<string, IssuedKey> = {};
const content = canonicalBytes({ kind: 'order_application', orderId: 'o-1', version: 1, amount: '120000.00' });

const valid = { notBefore: new Date(NOW.getTime() - YEAR), notAfter: new Date(NOW.getTime() + YEAR) };

beforeAll(async () => {
  root = await createRootCa({ name: 'Qamqor TEST Root CA', notBefore: new Date(NOW.getTime() - 5 * YEAR), notAfter: new Date(NOW.getTime() + 5 * YEAR) });
  otherRoot = await createRootCa({ name: 'Somebody Else Root CA', notBefore: new Date(NOW.getTime() - 5 * YEAR), notAfter: new Date(NOW.getTime() + 5 * YEAR) });
  keys.sign = await issueCertificate(root, person, 'sign', valid);
  keys.auth = await issueCertificate(root, person, 'auth', valid);
  keys.head = await issueCertificate(root, head, 'sign', valid);
  keys.employee = await issueCertificate(root, employee, 'sign', valid);
  keys.expired = await issueCertificate(root, person, 'sign', { notBefore: new Date(NOW.getTime() - 2 * YEAR), notAfter: new Date(NOW.getTime() - YEAR) });
  keys.future = await issueCertificate(root, person, 'sign', { notBefore: new Date(NOW.getTime() + YEAR), notAfter: new Date(NOW.getTime() + 2 * YEAR) });
  keys.revoked = await issueCertificate(root, person, 'sign', { ...valid, serialNumber: '0badc0ffee' });
  keys.foreign = await issueCertificate(otherRoot, person, 'sign', valid);
  const crl = await issueCrl(root, {
    thisUpdate: new Date(NOW.getTime() - 3600_000),
    nextUpdate: new Date(NOW.getTime() + 24 * 3600_000),
    revoked: [{ serialNumber: '0badc0ffee', revocationDate: new Date(NOW.getTime() - 7200_000) }],
  });
  trust = createTrustStore({ roots: [root.certificate], crls: [crl] });
}, 120_000);

const sign = (key: IssuedKey, data: Bytes = content, signingTime = NOW) =>
  signDetachedCms({ content: data, privateKeyPkcs8: key.privateKeyPkcs8, certificate: key.certificate, signingTime });

const verify = (cms: Bytes, overrides: Partial<VerifyOptions> = {}) =>
  verifyDetachedCms({
    cms,
    content,
    trust,
    purpose: 'document',
    expected: { iin: person.iin },
    receivedAt: NOW,
    maxAgeMs: 15 * 60_000,
    ...overrides,
  });

describe('CMS signatures: a valid one', () => {
  it('holds, with every check passed, the signer and the revocation evidence', async () => {
    const result = await verify(await sign(keys.sign!));
    expect(result.failure).toBeNull();
    expect(result.valid).toBe(true);
    expect(result.checks.every((c) => c.result === 'passed')).toBe(true);
    expect(result.signer).toMatchObject({ iin: person.iin, bin: null, roles: ['1.2.398.3.3.4.1.1'] });
    expect(result.signingTime).toBe(NOW.toISOString());
    expect(result.revocation).toEqual([expect.objectContaining({ revoked: false, crlSha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  });

  it('holds for an organisation head signing with the BIN', async () => {
    const result = await verify(await sign(keys.head!), { expected: { iin: head.iin, bin: '150340000109', requireOrganisationSigner: true } });
    expect(result.failure).toBeNull();
    expect(result.signer?.bin).toBe('150340000109');
  });
});

describe('CMS signatures: each forgery or fault is refused for its own reason (S1–S6)', () => {
  it('document changed by one byte after signing → digest_mismatch', async () => {
    const cms = await sign(keys.sign!);
    const changed = content.slice();
    changed[changed.length - 3] = changed[changed.length - 3]! ^ 1;
    expect((await verify(cms, { content: changed })).failure).toBe('digest_mismatch');
  });

  it('signature bytes altered → signature_invalid', async () => {
    const cms = (await sign(keys.sign!)).slice();
    cms[cms.length - 2] = cms[cms.length - 2]! ^ 0xff;
    expect((await verify(cms)).failure).toBe('signature_invalid');
  });

  it('certificate from an untrusted root → untrusted_chain', async () => {
    expect((await verify(await sign(keys.foreign!))).failure).toBe('untrusted_chain');
  });

  it('self-signed certificate carrying a real IIN → untrusted_chain', async () => {
    const pair = (await webcrypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const selfSigned = await x509.X509CertificateGenerator.createSelfSigned({
      name: [{ CN: ['ЖУМАБАЕВ ЕРЛАН'] }, { '2.5.4.5': [`IIN${person.iin}`] }],
      keys: pair,
      ...valid,
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.digitalSignature)],
    });
    const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
    const cms = await sign({ certificate: new Uint8Array(selfSigned.rawData), privateKeyPkcs8: pkcs8 });
    expect((await verify(cms)).failure).toBe('untrusted_chain');
  });

  it('expired at signing time → certificate_expired', async () => {
    expect((await verify(await sign(keys.expired!))).failure).toBe('certificate_expired');
  });

  it('not yet valid at signing time → certificate_not_yet_valid', async () => {
    expect((await verify(await sign(keys.future!))).failure).toBe('certificate_not_yet_valid');
  });

  it('an AUTH key for a document, and a SIGN key for signing in → key_usage', async () => {
    expect((await verify(await sign(keys.auth!))).failure).toBe('key_usage');
    expect((await verify(await sign(keys.sign!), { purpose: 'authentication' })).failure).toBe('key_usage');
    expect((await verify(await sign(keys.auth!), { purpose: 'authentication' })).failure).toBeNull();
  });

  it('revoked certificate → certificate_revoked, with the evidence kept', async () => {
    const result = await verify(await sign(keys.revoked!));
    expect(result.failure).toBe('certificate_revoked');
    expect(result.revocation[0]?.revoked).toBe(true);
  });

  it('no CRL, a stale CRL, or a CRL not signed by the issuer → revocation_unknown (never skipped)', async () => {
    const cms = await sign(keys.sign!);
    expect((await verify(cms, { trust: { ...trust, crls: [] } })).failure).toBe('revocation_unknown');
    const stale = await issueCrl(root, { thisUpdate: new Date(NOW.getTime() - 3 * 86400_000), nextUpdate: new Date(NOW.getTime() - 86400_000), revoked: [] });
    expect((await verify(cms, { trust: createTrustStore({ roots: [root.certificate], crls: [stale] }) })).failure).toBe('revocation_unknown');
    const forged = await issueCrl({ ...otherRoot, certificate: root.certificate }, { thisUpdate: new Date(NOW.getTime() - 3600_000), nextUpdate: new Date(NOW.getTime() + 3600_000), revoked: [] });
    expect((await verify(cms, { trust: createTrustStore({ roots: [root.certificate], crls: [forged] }) })).failure).toBe('revocation_unknown');
  });

  it('IIN of someone else → identity_mismatch', async () => {
    expect((await verify(await sign(keys.sign!), { expected: { iin: '770228300006' } })).failure).toBe('identity_mismatch');
  });

  it('another organisation, or an employee without signing authority → organisation_mismatch / signer_role', async () => {
    expect((await verify(await sign(keys.head!), { expected: { iin: head.iin, bin: '180740000208', requireOrganisationSigner: true } })).failure).toBe('organisation_mismatch');
    expect((await verify(await sign(keys.employee!), { expected: { iin: employee.iin, bin: '150340000109', requireOrganisationSigner: true } })).failure).toBe('signer_role');
  });

  it('signing time in the future, or long before arrival → signing_time_implausible', async () => {
    expect((await verify(await sign(keys.sign!, content, new Date(NOW.getTime() + 3600_000)))).failure).toBe('signing_time_implausible');
    expect((await verify(await sign(keys.sign!, content, new Date(NOW.getTime() - 3600_000)))).failure).toBe('signing_time_implausible');
  });

  it('garbage → malformed, and the checks after it are not run', async () => {
    const result = await verify(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]));
    expect(result.failure).toBe('malformed');
    expect(result.valid).toBe(false);
    expect(result.checks[0]).toEqual({ check: 'structure', result: 'failed' });
    expect(result.checks.slice(1).every((c) => c.result === 'not_checked')).toBe(true);
  });
});

describe('PKCS#12 keystores', () => {
  it('round-trip with the password, and refuse a wrong one', async () => {
    const p12 = createKeystore({ ...keys.sign!, chain: [root.certificate], password: 'Secret-123', friendlyName: 'sign' });
    const opened = openKeystore(p12, 'Secret-123');
    expect(Buffer.from(opened.certificate).equals(Buffer.from(keys.sign!.certificate))).toBe(true);
    expect(opened.chain).toHaveLength(1);
    const cms = await signDetachedCms({ content, privateKeyPkcs8: opened.privateKeyPkcs8, certificate: opened.certificate, signingTime: NOW });
    expect((await verify(cms)).valid).toBe(true);
    expect(() => openKeystore(p12, 'wrong')).toThrow(KeystorePasswordError);
  });
});
