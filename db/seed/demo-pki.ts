import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createRootCa, issueCertificate, issueCrl, loadCa, type CertificateAuthority, type Holder } from '@/lib/signatures/demo-pki';
import { createKeystore } from '@/lib/signatures/keystore';
import type { DemoAccount } from './demo';

const DAY = 86_400_000;

/**
 * The demo's stand-in for the national certifying centre, kept in DATA_DIR/pki: its root in
 * trust/roots, a CRL refreshed at every start in trust/crls, and for each demo person a SIGN and
 * an AUTH PKCS#12 keystore in keystores/. Production trusts NCA RK instead (PKI_TRUST_DIR).
 */
export async function ensureDemoCa(dataDir: string, at: Date): Promise<CertificateAuthority> {
  const pki = path.join(dataDir, 'pki');
  const certFile = path.join(pki, 'ca', 'qamqor-test-root.cer');
  const keyFile = path.join(pki, 'ca', 'qamqor-test-root.p8');
  let ca: CertificateAuthority;
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    ca = await loadCa(new Uint8Array(fs.readFileSync(certFile)), new Uint8Array(fs.readFileSync(keyFile)));
  } else {
    ca = await createRootCa({
      name: 'Qamqor TEST Root CA (not NCA RK)',
      notBefore: new Date(at.getTime() - 365 * DAY),
      notAfter: new Date(at.getTime() + 10 * 365 * DAY),
    });
    fs.mkdirSync(path.dirname(certFile), { recursive: true });
    fs.writeFileSync(certFile, ca.certificate);
    fs.writeFileSync(keyFile, ca.privateKeyPkcs8, { mode: 0o600 });
  }
  const rootsDir = path.join(pki, 'trust', 'roots');
  const crlsDir = path.join(pki, 'trust', 'crls');
  fs.mkdirSync(rootsDir, { recursive: true });
  fs.mkdirSync(crlsDir, { recursive: true });
  fs.writeFileSync(path.join(rootsDir, 'qamqor-test-root.cer'), ca.certificate);
  const crl = await issueCrl(ca, { thisUpdate: new Date(at.getTime() - 3_600_000), nextUpdate: new Date(at.getTime() + 30 * DAY), revoked: [] });
  fs.writeFileSync(path.join(crlsDir, 'qamqor-test-root.crl'), crl);
  return ca;
}

/** A SIGN and an AUTH keystore for one holder, under one password (as NCA RK hands them out). */
export async function issueKeystorePair(ca: CertificateAuthority, holder: Holder, at: Date, label: string) {
  const validity = { notBefore: new Date(at.getTime() - 30 * DAY), notAfter: new Date(at.getTime() + 2 * 365 * DAY) };
  const password = `Ks-${randomBytes(6).toString('base64url')}`;
  const keystores = {} as Record<'sign' | 'auth', Uint8Array>;
  for (const purpose of ['sign', 'auth'] as const) {
    const issued = await issueCertificate(ca, holder, purpose, validity);
    keystores[purpose] = createKeystore({ ...issued, chain: [ca.certificate], password, friendlyName: `${label} ${purpose.toUpperCase()}` });
  }
  return { password, sign: keystores.sign, auth: keystores.auth };
}

/** Issues SIGN and AUTH keystores for every demo person with an IIN; returns the accounts with their paths. */
export async function issueDemoKeystores(ca: CertificateAuthority, accounts: DemoAccount[], dataDir: string, at: Date): Promise<DemoAccount[]> {
  const dir = path.join(dataDir, 'pki', 'keystores');
  fs.mkdirSync(dir, { recursive: true });
  const result: DemoAccount[] = [];
  for (const account of accounts) {
    const personIin = account.iin;
    if (!personIin) {
      result.push(account);
      continue;
    }
    const holder: Holder = { iin: personIin, fullName: account.name, organisation: account.organisation };
    const pair = await issueKeystorePair(ca, holder, at, account.login);
    const password = pair.password;
    const files: Record<'sign' | 'auth', string> = { sign: '', auth: '' };
    for (const purpose of ['sign', 'auth'] as const) {
      files[purpose] = path.join(dir, `${account.login}-${purpose}.p12`);
      fs.writeFileSync(files[purpose], pair[purpose], { mode: 0o600 });
    }
    result.push({ ...account, keystore: files.sign, keystorePassword: password, authKeystore: files.auth });
  }
  return result;
}
