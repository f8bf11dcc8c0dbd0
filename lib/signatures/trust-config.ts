import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import type { Bytes } from './bytes';
import { createTrustStore, type TrustStore } from './trust-store';

export function trustDirectory(): string {
  // A run-time folder, not part of the build: keep the bundler from tracing it.
  return path.resolve(/* turbopackIgnore: true */ env.PKI_TRUST_DIR ?? path.join(env.DATA_DIR, 'pki', 'trust'));
}

function readDer(file: string): Bytes {
  const raw = fs.readFileSync(file);
  const text = raw.toString('latin1');
  const pem = /-----BEGIN [A-Z0-9 ]+-----([\s\S]+?)-----END/.exec(text);
  return new Uint8Array(pem ? Buffer.from(pem[1]!.replace(/\s+/g, ''), 'base64') : raw);
}

function filesIn(dir: string, extensions: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => extensions.includes(path.extname(f).toLowerCase()))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * The configured trust: roots/*.cer|der|pem and crls/*.crl under the trust folder. Read on each
 * use, so a refreshed CRL dropped into the folder takes effect without a restart.
 */
export function loadTrustStore(dir = trustDirectory()): TrustStore {
  return createTrustStore({
    roots: filesIn(path.join(dir, 'roots'), ['.cer', '.der', '.pem', '.crt']).map(readDer),
    crls: filesIn(path.join(dir, 'crls'), ['.crl']).map(readDer),
  });
}
