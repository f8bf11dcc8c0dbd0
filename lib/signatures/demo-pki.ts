import type { Bytes } from './bytes';
import { webcrypto } from 'node:crypto';
import { x509 } from './x509';
import { OID } from './oids';

/**
 * A test certifying centre standing in for NCA RK: a root CA, and for each person a SIGN key
 * (documents: nonRepudiation) and an AUTH key (sign-in: digitalSignature + clientAuth), with
 * the IIN in SERIALNUMBER and, for an organisation's signer, the BIN in OU, as NCA RK issues them.
 */

const RSA: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

export interface IssuedKey {
  certificate: Bytes;
  privateKeyPkcs8: Bytes;
}

export interface CertificateAuthority extends IssuedKey {
  name: string;
  keys: CryptoKeyPair;
}

export interface Holder {
  iin: string;
  fullName: string;
  /** For someone signing for an organisation: its BIN, name and the person's role there. */
  organisation?: { bin: string; name: string; role: 'first_head' | 'signatory' | 'employee' };
}

export type KeyPurpose = 'sign' | 'auth';

async function exportPkcs8(key: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', key));
}

export async function createRootCa(options: { name: string; notBefore: Date; notAfter: Date }): Promise<CertificateAuthority> {
  const keys = (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: [{ CN: [options.name] }, { O: ['Qamqor test PKI'] }, { C: ['KZ'] }],
    keys,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    signingAlgorithm: RSA,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { name: options.name, keys, certificate: new Uint8Array(cert.rawData), privateKeyPkcs8: await exportPkcs8(keys.privateKey) };
}

const roleOid = { first_head: OID.roleFirstHead, signatory: OID.roleSignatory, employee: OID.roleEmployee } as const;

/** Issues one key and certificate; the overrides exist so tests can make faulty certificates. */
export async function issueCertificate(
  ca: CertificateAuthority,
  holder: Holder,
  purpose: KeyPurpose,
  options: { notBefore: Date; notAfter: Date; serialNumber?: string; keyUsage?: number; extendedKeyUsage?: string[] },
): Promise<IssuedKey> {
  const keys = (await webcrypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [surname = holder.fullName, given = ''] = holder.fullName.split(' ');
  const name: x509.JsonName = [
    { CN: [holder.fullName.toUpperCase()] },
    { SN: [surname.toUpperCase()] },
    { [OID.serialNumber]: [`IIN${holder.iin}`] },
    { C: ['KZ'] },
    ...(given ? [{ G: [given.toUpperCase()] }] : []),
    ...(holder.organisation ? [{ O: [holder.organisation.name] }, { [OID.organizationalUnit]: [`BIN${holder.organisation.bin}`] }] : []),
  ];
  const roles = holder.organisation ? [OID.roleLegalEntity, roleOid[holder.organisation.role]] : [OID.roleIndividual];
  const keyUsage =
    options.keyUsage ??
    (purpose === 'sign'
      ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation
      : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment);
  const eku = options.extendedKeyUsage ?? [purpose === 'sign' ? OID.emailProtection : OID.clientAuth, ...roles];
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: options.serialNumber,
    subject: name,
    issuer: new x509.X509Certificate(ca.certificate).subject,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    signingAlgorithm: RSA,
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(keyUsage, true),
      new x509.ExtendedKeyUsageExtension(eku, false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
    ],
  });
  return { certificate: new Uint8Array(cert.rawData), privateKeyPkcs8: await exportPkcs8(keys.privateKey) };
}

/** A CRL of the CA listing the revoked serial numbers (hex). */
export async function issueCrl(
  ca: CertificateAuthority,
  options: { thisUpdate: Date; nextUpdate: Date; revoked: { serialNumber: string; revocationDate: Date }[] },
): Promise<Bytes> {
  const crl = await x509.X509CrlGenerator.create({
    issuer: new x509.X509Certificate(ca.certificate).subject,
    thisUpdate: options.thisUpdate,
    nextUpdate: options.nextUpdate,
    signingAlgorithm: RSA,
    signingKey: ca.keys.privateKey,
    entries: options.revoked.map((r) => ({ serialNumber: r.serialNumber, revocationDate: r.revocationDate, reason: x509.X509CrlReason.keyCompromise })),
  });
  return new Uint8Array(crl.rawData);
}

/** Re-opens a CA kept on disk (certificate and PKCS#8 key) so it can issue more. */
export async function loadCa(certificate: Bytes, privateKeyPkcs8: Bytes): Promise<CertificateAuthority> {
  const cert = new x509.X509Certificate(certificate);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', privateKeyPkcs8, RSA, true, ['sign']);
  const publicKey = await cert.publicKey.export(RSA, ['verify'], webcrypto as unknown as Crypto);
  return { name: cert.subject, keys: { privateKey, publicKey }, certificate, privateKeyPkcs8 };
}
