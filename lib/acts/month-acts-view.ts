import type { Locale } from '@/lib/i18n/config';
import { displayMonth } from '@/lib/i18n/format';
import { translateKey } from '@/lib/i18n/translator';
import { valuesInWords } from '@/lib/i18n/values-in-words';
import type { MonthActsProgress } from './month-act-batches';

/** How many skipped orders the page lists by name; the rest are counted. */
export const SKIPPED_LISTED = 100;

export interface MonthActsView {
  batchId: string;
  month: string;
  state: MonthActsProgress['state'];
  /** Failed because it stopped without finishing (nothing written for 15 minutes). */
  stale: boolean;
  orders: number | null;
  judged: number;
  formed: number;
  skipped: number;
  /** The first SKIPPED_LISTED skipped orders with the rule that refused each, as formAct would say it. */
  skippedRows: { order: string; reason: string }[];
}

/** A batch's progress as the provider's acts page shows it, in the reader's language. */
export function monthActsView(progress: MonthActsProgress, locale: Locale): MonthActsView {
  return {
    batchId: progress.batchId,
    month: displayMonth(progress.period, locale),
    state: progress.state,
    stale: progress.stale,
    orders: progress.orders,
    judged: progress.judged,
    formed: progress.formed,
    skipped: progress.skipped.length,
    skippedRows: progress.skipped.slice(0, SKIPPED_LISTED).map((s) => ({ order: s.orderNumber, reason: translateKey(locale, `errors.act.${s.rule}`, valuesInWords(s.values, locale)) })),
  };
}
