import { addDays, addMonths, type LocalDate } from '@/lib/calendar/local-date';

export type ActPeriodRefusal = 'outside_order' | 'period_not_over';

/**
 * The days an act for a calendar month covers: the month, cut to the order's service period
 * (which ends early when the IPR ends or the recipient dies or leaves: the order is then closed
 * with its period ending the day before) and to the days since acceptance. Every day of it must
 * be over: an act bills what was rendered, so a month is billed once it has ended, or once the
 * order's period has.
 */
export function actPeriod(
  month: string,
  order: { periodFrom: LocalDate | null; periodTo: LocalDate | null; acceptedOn: LocalDate | null },
  today: LocalDate,
): { from: LocalDate; to: LocalDate } | ActPeriodRefusal {
  const monthStart: LocalDate = `${month}-01`;
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  const from = [monthStart, order.periodFrom, order.acceptedOn].filter((d): d is LocalDate => d !== null).reduce((a, b) => (a > b ? a : b));
  const to = [monthEnd, order.periodTo].filter((d): d is LocalDate => d !== null).reduce((a, b) => (a < b ? a : b));
  if (from > to) return 'outside_order';
  if (to >= today) return 'period_not_over';
  return { from, to };
}
