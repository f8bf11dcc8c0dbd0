import type { Db } from '@/db/client';
import { calendarDays, classifierCategories, classifierEntries, guaranteedSums, orderDecisionTerms, regions } from '@/db/schema';
import { DEFAULT_DECISION_TERM } from '@/lib/orders/rules';
import { deriveCalendarDays } from '@/lib/calendar/holiday-rules';
import { governmentTransfers, statutoryHolidays } from './data/holidays';
import { classifier } from './data/classifier';
import { regions as regionSeed } from './data/regions';

/**
 * Reference data every installation needs (regions, classifier, statutory calendar).
 * Idempotent: existing rows, possibly edited by administrators, are left as they are.
 */
export async function seedReferenceData(db: Db, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Parents first, so the self-reference holds row by row.
    const ordered = [...regionSeed].sort((a, b) => Number(a.parentKato !== null) - Number(b.parentKato !== null));
    await tx.insert(regions).values(ordered).onConflictDoNothing();
    for (const entry of classifier) {
      const { sums, ...row } = entry;
      await tx.insert(classifierEntries).values(row).onConflictDoNothing();
      await tx
        .insert(guaranteedSums)
        .values(sums.map((s) => ({ classifierCode: entry.code, amount: s.amount, validFrom: s.validFrom, createdAt: at })))
        .onConflictDoNothing();
    }
    // The regulation's decision term for every category; administrators may change it later.
    await tx
      .insert(orderDecisionTerms)
      .values(classifierCategories.map((category) => ({ category, ...DEFAULT_DECISION_TERM, updatedAt: at })))
      .onConflictDoNothing();
    const days = deriveCalendarDays(statutoryHolidays, governmentTransfers);
    await tx
      .insert(calendarDays)
      .values(days.map((d) => ({ ...d, updatedAt: at })))
      .onConflictDoNothing();
  });
}
