import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { journalDayTotals, journalEntries, journalYearTotals } from '@/db/schema';
import { writeAudit } from '@/lib/audit';

export interface TotalsMismatch {
  recipientId: string;
  /** A day ("2026-11-25") for the assistant, a year ("2026") for sign language. */
  period: string;
  counted: number;
  inJournal: number;
}

/**
 * Compares the counter rows behind the caps with the live entries they count (R5: counters are
 * reconciled with the journal by a check). Every write keeps them equal in its transaction, so a
 * mismatch means something wrote around the domain: it is written to the audit log for an
 * administrator, never silently repaired.
 */
export async function findTotalsMismatches(db: Db): Promise<TotalsMismatch[]> {
  const days = rowsOf<{ recipient_id: string; period: string; counted: number; in_journal: number }>(
    await db.execute(sql`
      select coalesce(t.recipient_id, e.recipient_id) as recipient_id, to_char(coalesce(t.service_date, e.service_date), 'YYYY-MM-DD') as period,
             coalesce(t.minutes, 0) as counted, coalesce(e.minutes, 0) as in_journal
      from ${journalDayTotals} t
      full join (select recipient_id, service_date, sum(minutes)::int as minutes from ${journalEntries}
                 where service = 'assistant' and deleted_at is null group by recipient_id, service_date) e
        on e.recipient_id = t.recipient_id and e.service_date = t.service_date
      where coalesce(t.minutes, 0) <> coalesce(e.minutes, 0)`),
  );
  const years = rowsOf<{ recipient_id: string; period: string; counted: number; in_journal: number }>(
    await db.execute(sql`
      select coalesce(t.recipient_id, e.recipient_id) as recipient_id, coalesce(t.year, e.year)::text as period,
             coalesce(t.minutes, 0) as counted, coalesce(e.minutes, 0) as in_journal
      from ${journalYearTotals} t
      full join (select recipient_id, extract(year from service_date)::int as year, sum(minutes)::int as minutes from ${journalEntries}
                 where service = 'sign_language' and deleted_at is null group by 1, 2) e
        on e.recipient_id = t.recipient_id and e.year = t.year
      where coalesce(t.minutes, 0) <> coalesce(e.minutes, 0)`),
  );
  return [...days, ...years].map((r) => ({ recipientId: r.recipient_id, period: r.period, counted: Number(r.counted), inJournal: Number(r.in_journal) }));
}

/** The nightly check: mismatches, if any, go to the audit log. */
export async function reconcileJournalTotals(db: Db): Promise<number> {
  const mismatches = await findTotalsMismatches(db);
  if (mismatches.length > 0) {
    await db.transaction((tx) => writeAudit(tx, { actor: null, action: 'journal.totals_mismatch', entityType: 'journal_totals', entityId: 'all', data: { mismatches: mismatches.slice(0, 100), count: mismatches.length } }));
  }
  return mismatches.length;
}
