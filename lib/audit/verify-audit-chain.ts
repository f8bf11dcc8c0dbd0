import { asc, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { GENESIS_HASH, chainHashV1, chainHashV2, contentDigest } from './chain';

export type AuditChainResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; seq: number; problem: 'gap' | 'broken_link' | 'hash_mismatch' };

/** Walks the whole chain in pages and reports the first entry that does not hold. */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditChainResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      if (row.seq !== expectedSeq) return { ok: false, checked, seq: expectedSeq, problem: 'gap' };
      if (row.prevHash !== prevHash) return { ok: false, checked, seq: row.seq, problem: 'broken_link' };
      const { seq, prevHash: _prev, hash, hashVersion, contentDigest: storedDigest, ...content } = row;
      const stored = { ...content, at: content.at.toISOString() };
      // Version 2 stores the content's digest beside it: the content must still produce it, and the hash must cover it.
      const intact =
        hashVersion === 2
          ? storedDigest === contentDigest(stored) && hash === chainHashV2(prevHash, seq, storedDigest)
          : hashVersion === 1 && hash === chainHashV1(prevHash, { seq, ...stored });
      if (!intact) return { ok: false, checked, seq, problem: 'hash_mismatch' };
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) return { ok: true, checked };
  }
}
