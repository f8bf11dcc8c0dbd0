import type { Db } from '@/db/client';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError, isAppError, type FieldError } from '@/lib/errors';
import { recordEntryInTx } from './record-entry';
import type { JournalEntryInput, JournalMonthInput } from './schemas';

/** Rolls a month back after every row was tried, so the worker sees each day's refusal at once. */
class GridRefused extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super('grid refused');
  }
}

/**
 * Records the days of a month's grid together: each day runs every rule of a single entry (caps
 * included, each day seeing the ones before it), and if any day is refused nothing is written and
 * the refusals name their days ("rows.3.minutes"), each with the rule and the minutes left.
 */
export async function recordJournalMonth(db: Db, actor: Actor, input: JournalMonthInput, at: Date) {
  assertPermission(actor, 'journal.record');
  try {
    return await db.transaction(async (tx) => {
      const recorded = [];
      const refused: FieldError[] = [];
      for (const [index, row] of input.rows.entries()) {
        const entry = { ...row, orderId: input.orderId } as JournalEntryInput;
        try {
          // A savepoint per day: a refused day leaves the others' work in place while the rest are tried.
          recorded.push(await tx.transaction((savepoint) => recordEntryInTx(savepoint, actor, entry, at)));
        } catch (error) {
          if (!isAppError(error) || error.code !== 'rule_violation') throw error;
          for (const field of error.fieldErrors) refused.push({ ...field, field: `rows.${index}.${field.field}`, values: { ...field.values, date: row.date } });
        }
      }
      if (refused.length > 0) throw new GridRefused(refused);
      return recorded;
    });
  } catch (error) {
    if (error instanceof GridRefused) throw new AppError('rule_violation', { detailKey: 'errors.journal.grid_refused', values: { count: error.fieldErrors.length }, fieldErrors: error.fieldErrors });
    throw error;
  }
}
