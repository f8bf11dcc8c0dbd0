import { asc, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { GENESIS_HASH, chainHash } from './chain';

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
      const { prevHash: _prev, hash, ...rest } = row;
      const recomputed = chainHash(prevHash, { ...rest, at: rest.at.toISOString() });
      if (recomputed !== hash) return { ok: false, checked, seq: row.seq, problem: 'hash_mismatch' };
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) return { ok: true, checked };
  }
}
