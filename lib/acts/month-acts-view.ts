import type { Locale } from '@/lib/i18n/config';
import { displayDate, displayMonth } from '@/lib/i18n/format';
import { translateKey } from '@/lib/i18n/translator';
import type { MonthActsProgress } from './month-act-batches';

/** An act refusal's values in the reader's words: the month by name, the order's days as dates. */
export function actValuesInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const words = { ...values };
  if (typeof words.period === 'string' && /^\d{4}-\d{2}$/.test(words.period)) words.period = displayMonth(words.period, locale);
  for (const key of ['from', 'to'] as const) if (typeof words[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(words[key])) words[key] = displayDate(words[key], locale);
  return words;
}

/** How many skipped orders the page lists by name; the rest are counted. */
export const SKIPPED_LISTED = 100;

export interface MonthActsView {
  batchId: string;
  month: string;
  state: MonthActsProgress['state'];
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
    orders: progress.orders,
    judged: progress.judged,
    formed: progress.formed,
    skipped: progress.skipped.length,
    skippedRows: progress.skipped.slice(0, SKIPPED_LISTED).map((s) => ({ order: s.orderNumber, reason: translateKey(locale, `errors.act.${s.rule}`, actValuesInWords(s.values, locale)) })),
  };
}
