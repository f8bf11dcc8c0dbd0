import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import type { Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { submitSignature } from '@/lib/documents/submit-signature';
import { openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { loadTrustStore } from '@/lib/signatures/trust-config';

/**
 * Signs documents as anyone, as their browser would: a SIGN keystore is issued to the person by
 * the test database's demo CA on first use (the database must be seeded with `pki: true`), the
 * canonical bytes are signed into a detached CMS, and the signature is posted for verification.
 */
export function documentSigner(db: () => Db, dataDir: () => string) {
  const keystores = new Map<string, { sign: Uint8Array<ArrayBuffer>; password: string }>();
  return async function signAs(actor: Actor, documentId: string) {
    const [document] = await db().select().from(documents).where(eq(documents.id, documentId));
    if (!document) throw new Error(`no document ${documentId}`);
    let keystore = keystores.get(actor.userId);
    if (!keystore) {
      const ca = await ensureDemoCa(dataDir(), now());
      const holder = { iin: actor.iin!, fullName: actor.name, ...(actor.bin ? { organisation: { bin: actor.bin, name: 'Организация', role: 'first_head' as const } } : {}) };
      const pair = await issueKeystorePair(ca, holder, now(), actor.iin!);
      keystore = { sign: new Uint8Array(pair.sign) as Uint8Array<ArrayBuffer>, password: pair.password };
      keystores.set(actor.userId, keystore);
    }
    const cms = await signDetachedCms({ content: new Uint8Array(document.canonical), ...openKeystore(keystore.sign, keystore.password), signingTime: now() });
    return submitSignature(db(), actor, documentId, cms, loadTrustStore(path.join(dataDir(), 'pki', 'trust')));
  };
}
