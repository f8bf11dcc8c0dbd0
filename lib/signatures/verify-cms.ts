import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { x509 } from './x509';
import type { Bytes } from './bytes';
import { sha256Hex } from './canonical';
import { ensureCmsEngine } from './cms-engine';
import { OID, ORGANISATION_SIGNER_ROLES } from './oids';
import type { TrustStore } from './trust-store';


/** Why a signature is refused; each maps to a message in the catalogs (signatures.failures.*). */
export type SignatureFailure =
  | 'malformed'
  | 'digest_mismatch'
  | 'signature_invalid'
  | 'untrusted_chain'
  | 'certificate_not_yet_valid'
  | 'certificate_expired'
  | 'signing_time_missing'
  | 'signing_time_implausible'
  | 'key_usage'
  | 'revocation_unknown'
  | 'certificate_revoked'
  | 'identity_mismatch'
  | 'organisation_mismatch'
  | 'signer_role';

export interface SignerInfo {
  subject: string;
  issuer: string;
  serialNumber: string;
  iin: string | null;
  bin: string | null;
  roles: string[];
  notBefore: string;
  notAfter: string;
}

export interface RevocationEvidence {
  crlIssuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  crlSha256: string;
  revoked: boolean;
}

export interface SignatureVerification {
  valid: boolean;
  failure: SignatureFailure | null;
  /** Every check, in order, with its result; checks after a failure are 'not_checked'. */
  checks: { check: string; result: 'passed' | 'failed' | 'not_checked' }[];
  signer: SignerInfo | null;
  signingTime: string | null;
  contentSha256: string;
  certificate: Bytes | null;
  revocation: RevocationEvidence[];
}

export interface VerifyOptions {
  cms: Bytes;
  content: Bytes;
  trust: TrustStore;
  /** 'document' needs a SIGN key (nonRepudiation); 'authentication' an AUTH key (clientAuth). */
  purpose: 'document' | 'authentication';
  /** Who must have signed. Omitted only on the public verification page, which reports who did. */
  expected?: { iin: string; bin?: string; requireOrganisationSigner?: boolean };
  /** When the signature arrives; its signing time must be close to it. */
  receivedAt: Date;
  /** How old a freshly made signature may be on arrival; null for already stored signatures. */
  maxAgeMs?: number | null;
}

const CHECKS = ['structure', 'digest', 'signature', 'signing_time', 'chain', 'validity', 'key_usage', 'revocation', 'identity'] as const;
type Check = (typeof CHECKS)[number];

class Refusal extends Error {
  constructor(
    readonly check: Check,
    readonly failure: SignatureFailure,
  ) {
    super(failure);
  }
}

const CLOCK_SKEW_MS = 5 * 60 * 1000;

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

// Shape checks rather than instanceof: a bundler may load a second copy of asn1js, whose classes
// would not match PKI.js's (a signature then failed as "digest mismatch" in the built server).
function octetsOf(value: asn1js.AsnType | undefined): ArrayBuffer | null {
  const view = (value as asn1js.OctetString | undefined)?.valueBlock?.valueHexView;
  return value && (value as asn1js.BaseBlock).idBlock?.tagNumber === 4 && view ? view.slice().buffer : null;
}

function timeOf(value: asn1js.AsnType | undefined): Date | null {
  const tag = (value as asn1js.BaseBlock | undefined)?.idBlock?.tagNumber;
  // 23 UTCTime, 24 GeneralizedTime
  if ((tag !== 23 && tag !== 24) || typeof (value as asn1js.UTCTime).toDate !== 'function') return null;
  const date = (value as asn1js.UTCTime).toDate();
  return Number.isNaN(date.getTime()) ? null : date;
}

function subjectValue(cert: x509.X509Certificate, oid: string): string | null {
  return cert.subjectName.getField(oid)[0] ?? null;
}

function signerInfoOf(cert: x509.X509Certificate): SignerInfo {
  const iin = subjectValue(cert, OID.serialNumber);
  const bin = subjectValue(cert, OID.organizationalUnit);
  const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    serialNumber: cert.serialNumber,
    iin: iin?.startsWith('IIN') ? iin.slice(3) : null,
    bin: bin?.startsWith('BIN') ? bin.slice(3) : null,
    roles: (eku?.usages ?? []).map(String).filter((u) => u.startsWith('1.2.398.')),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
  };
}

const sameBytes = (a: ArrayBuffer, b: ArrayBuffer) => Buffer.from(a).equals(Buffer.from(b));

/**
 * Verifies a detached CMS signature over the canonical bytes of a document (S1–S6). Every check
 * fails closed: anything it cannot establish is a refusal with its reason.
 */
export async function verifyDetachedCms(options: VerifyOptions): Promise<SignatureVerification> {
  ensureCmsEngine();
  const passed: Check[] = [];
  const result: SignatureVerification = {
    valid: false,
    failure: null,
    checks: [],
    signer: null,
    signingTime: null,
    contentSha256: sha256Hex(options.content),
    certificate: null,
    revocation: [],
  };
  try {
    await runChecks(options, result, passed);
    result.valid = true;
  } catch (error) {
    const refusal = error instanceof Refusal ? error : new Refusal(CHECKS[passed.length] ?? 'structure', 'malformed');
    result.failure = refusal.failure;
  }
  result.checks = CHECKS.map((check) => ({
    check,
    result: passed.includes(check) ? 'passed' : result.failure && CHECKS[passed.length] === check ? 'failed' : 'not_checked',
  }));
  return result;
}

async function runChecks(options: VerifyOptions, result: SignatureVerification, passed: Check[]) {
  const pass = (check: Check) => passed.push(check);

  // structure: one signer, its certificate inside, signed attributes present, SHA-256
  let signedData: pkijs.SignedData;
  try {
    const info = pkijs.ContentInfo.fromBER(options.cms);
    if (info.contentType !== OID.signedData) throw new Error('not SignedData');
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    throw new Refusal('structure', 'malformed');
  }
  if (signedData.encapContentInfo.eContent) throw new Refusal('structure', 'malformed'); // must be detached
  const signerInfo = signedData.signerInfos.length === 1 ? signedData.signerInfos[0] : undefined;
  if (!signerInfo || !signerInfo.signedAttrs) throw new Refusal('structure', 'malformed');
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) throw new Refusal('structure', 'malformed');
  const sid = signerInfo.sid;
  const embedded = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signerCert =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? embedded.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : undefined;
  if (!signerCert) throw new Refusal('structure', 'malformed');
  const leaf = new x509.X509Certificate(new Uint8Array(signerCert.toSchema().toBER(false)));
  result.certificate = new Uint8Array(leaf.rawData);
  result.signer = signerInfoOf(leaf);
  pass('structure');

  // digest (S1): the signed message digest is the SHA-256 of the stored canonical bytes
  const digestValue = attributeValue(signerInfo, OID.messageDigest);
  const contentDigest = await globalThis.crypto.subtle.digest('SHA-256', options.content);
  const signedDigest = octetsOf(digestValue);
  if (!signedDigest || !sameBytes(signedDigest, contentDigest)) {
    throw new Refusal('digest', 'digest_mismatch');
  }
  pass('digest');

  // signature: the signer's key really signed these attributes
  let signatureOk = false;
  try {
    const verification = await signedData.verify({
      signer: 0,
      data: options.content.slice().buffer,
      checkChain: false,
      extendedMode: true,
    });
    signatureOk = verification.signatureVerified === true;
  } catch {
    signatureOk = false;
  }
  if (!signatureOk) throw new Refusal('signature', 'signature_invalid');
  pass('signature');

  // signing time: present, and close to its arrival when it has just been made
  const signingTime = timeOf(attributeValue(signerInfo, OID.signingTime));
  if (!signingTime) throw new Refusal('signing_time', 'signing_time_missing');
  result.signingTime = signingTime.toISOString();
  const received = options.receivedAt.getTime();
  if (signingTime.getTime() > received + CLOCK_SKEW_MS) throw new Refusal('signing_time', 'signing_time_implausible');
  if (options.maxAgeMs != null && signingTime.getTime() < received - options.maxAgeMs) {
    throw new Refusal('signing_time', 'signing_time_implausible');
  }
  pass('signing_time');

  // chain (S2): up to a pinned root, every link's signature verified; a self-signed leaf is no root
  const intermediates = embedded
    .filter((c) => c !== signerCert)
    .map((c) => new x509.X509Certificate(new Uint8Array(c.toSchema().toBER(false))));
  const chain = await buildChain(leaf, intermediates, options.trust.roots);
  if (!chain) throw new Refusal('chain', 'untrusted_chain');
  pass('chain');

  // validity (S3): every certificate of the chain valid at signing time
  for (const cert of chain) {
    if (signingTime < cert.notBefore) throw new Refusal('validity', 'certificate_not_yet_valid');
    if (signingTime > cert.notAfter) throw new Refusal('validity', 'certificate_expired');
  }
  pass('validity');

  // key usage (S4): SIGN keys for documents, AUTH keys for signing in
  const keyUsage = leaf.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
  const eku = (leaf.getExtension(x509.ExtendedKeyUsageExtension)?.usages ?? []).map(String);
  const usable =
    options.purpose === 'document'
      ? (keyUsage & x509.KeyUsageFlags.nonRepudiation) !== 0 && !eku.includes(OID.clientAuth)
      : (keyUsage & x509.KeyUsageFlags.digitalSignature) !== 0 && eku.includes(OID.clientAuth);
  if (!usable) throw new Refusal('key_usage', 'key_usage');
  pass('key_usage');

  // revocation (S5): a current CRL of each issuer, signed by it, must be at hand; never skipped
  for (let i = 0; i < chain.length - 1; i++) {
    const cert = chain[i]!;
    const issuer = chain[i + 1]!;
    const evidence = await revocationOf(cert, issuer, options.trust, options.receivedAt);
    if (!evidence) throw new Refusal('revocation', 'revocation_unknown');
    result.revocation.push(evidence);
    if (evidence.revoked) throw new Refusal('revocation', 'certificate_revoked');
  }
  pass('revocation');

  // identity (S6): the certificate names the signing account's IIN, and the organisation's BIN
  const expected = options.expected;
  if (expected) {
    if (result.signer.iin !== expected.iin) throw new Refusal('identity', 'identity_mismatch');
    if (expected.bin !== undefined && result.signer.bin !== expected.bin) throw new Refusal('identity', 'organisation_mismatch');
    if (expected.requireOrganisationSigner && !result.signer.roles.some((r) => ORGANISATION_SIGNER_ROLES.includes(r))) {
      throw new Refusal('identity', 'signer_role');
    }
  }
  pass('identity');
}

async function buildChain(
  leaf: x509.X509Certificate,
  intermediates: x509.X509Certificate[],
  roots: x509.X509Certificate[],
): Promise<x509.X509Certificate[] | null> {
  const chain = [leaf];
  let current = leaf;
  for (let depth = 0; depth < 5; depth++) {
    const root = roots.find((r) => r.subject === current.issuer);
    if (root && (await current.verify({ publicKey: root, signatureOnly: true }))) {
      chain.push(root);
      return chain;
    }
    const next = intermediates.find((c) => c.subject === current.issuer && c !== current);
    if (!next || !(await current.verify({ publicKey: next, signatureOnly: true }))) return null;
    const constraints = next.getExtension(x509.BasicConstraintsExtension);
    if (!constraints?.ca) return null;
    chain.push(next);
    current = next;
  }
  return null;
}

async function revocationOf(
  cert: x509.X509Certificate,
  issuer: x509.X509Certificate,
  trust: TrustStore,
  at: Date,
): Promise<RevocationEvidence | null> {
  for (const crl of trust.crls) {
    if (crl.issuer !== issuer.subject) continue;
    if (!(await crl.verify({ publicKey: issuer }))) continue;
    if (crl.thisUpdate > at || (crl.nextUpdate && crl.nextUpdate < at)) continue;
    return {
      crlIssuer: crl.issuer,
      thisUpdate: crl.thisUpdate.toISOString(),
      nextUpdate: crl.nextUpdate?.toISOString() ?? null,
      crlSha256: sha256Hex(new Uint8Array(crl.rawData)),
      revoked: crl.findRevoked(cert) !== null,
    };
  }
  return null;
}
