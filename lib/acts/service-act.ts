import type { ActRow, OrderRow, RequiredSigner } from '@/db/schema';
import { almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import type { JournalService } from '@/lib/journals/rules';
import { sheetRow, type SheetRow } from './act-content';
import { actLines, actTotals, type ActLine, type ActTotals, type GuaranteedSumInForce } from './lines';
import { actPeriod } from './period';

/**
 * The rules of a service act (assistant or sign-language hours, App. 8–10) as pure functions of
 * what the database holds: formAct (one order) and formMonthActs (a provider's month in chunks)
 * fetch the same facts their own way and judge and price them here, so both form the same acts
 * and refuse the same orders for the same reasons.
 */

/** A rule that refuses an act: errors.act.<rule> on the field it concerns, with its message's values. */
export interface ActRuleRefusal {
  rule: 'order_not_running' | 'period_not_over' | 'outside_order' | 'disputed_entries' | 'nothing_rendered';
  field: 'orderId' | 'period';
  values: Record<string, string | number>;
}

export const isRefusal = (value: object): value is ActRuleRefusal => 'rule' in value;

/** The days the act covers: the order must be running and the month, cut to the order, over (actPeriod). */
export function serviceActPeriod(order: Pick<OrderRow, 'status' | 'periodFrom' | 'periodTo' | 'decidedAt'>, month: string, at: Date): { from: LocalDate; to: LocalDate } | ActRuleRefusal {
  if (order.status !== 'in_fulfilment' && order.status !== 'closed') return { rule: 'order_not_running', field: 'orderId', values: {} };
  const period = actPeriod(month, { periodFrom: order.periodFrom, periodTo: order.periodTo, acceptedOn: order.decidedAt ? almatyDateOf(order.decidedAt) : null }, almatyDateOf(at));
  if (period === 'period_not_over') return { rule: 'period_not_over', field: 'period', values: { period: month } };
  if (period === 'outside_order') return { rule: 'outside_order', field: 'period', values: { period: month, from: order.periodFrom ?? '', to: order.periodTo ?? '' } };
  return period;
}

/**
 * Every act of the order's month so far: a live one (not returned) refuses with its number; else
 * the newest returned one is the previous version and the new act is the next.
 */
export function nextActVersion(earlier: readonly Pick<ActRow, 'id' | 'version' | 'status' | 'number'>[]): { live: { number: string } } | { version: number; previousActId: string | null } {
  const live = earlier.find((a) => a.status !== 'returned');
  if (live) return { live: { number: live.number } };
  const previous = earlier.reduce<(typeof earlier)[number] | undefined>((newest, a) => (!newest || a.version > newest.version ? a : newest), undefined);
  return { version: (previous?.version ?? 0) + 1, previousActId: previous?.id ?? null };
}

/** An open dispute about an entry of the period refuses the act, naming its days. */
export function disputedEntriesRefusal(disputedDates: readonly string[]): ActRuleRefusal | null {
  if (disputedDates.length === 0) return null;
  return { rule: 'disputed_entries', field: 'period', values: { dates: [...new Set(disputedDates)].sort().join(', ') } };
}

/** A journal entry as an act prices it and its sheet lists it, with the name of the worker who wrote it. */
export interface ActJournalEntry {
  entry: Parameters<typeof sheetRow>[0] & { workerUserId: string };
  worker: string;
}

export interface ServiceActDraft {
  /** The act row as formed (status, documentId and who/when are the writer's). */
  values: {
    number: string;
    orderId: string;
    recipientId: string;
    providerId: string;
    period: string;
    periodFrom: LocalDate;
    periodTo: LocalDate;
    version: number;
    previousActId: string | null;
    service: JournalService;
    minutes: number;
    unitPrice: string;
    total: string;
    reimbursed: string;
    coPayment: string;
    recipientDeceased: boolean;
  };
  lines: ActLine[];
  totals: ActTotals;
  sheet: SheetRow[];
  /** The workers who served, as they first served: they sign the sheet. */
  workerIds: string[];
}

/**
 * Prices the period's entries (in the sheet's order: day, start, writing) into the act: minutes
 * per day, a line per guaranteed sum in force (lib/acts/lines.ts), totals from the lines.
 * A period without hours refuses the act.
 */
export function draftServiceAct(input: {
  order: Pick<OrderRow, 'id' | 'number' | 'recipientId' | 'providerId' | 'unitPrice'>;
  service: JournalService;
  month: string;
  period: { from: LocalDate; to: LocalDate };
  version: number;
  previousActId: string | null;
  recipientDeceased: boolean;
  entries: readonly ActJournalEntry[];
  sums: readonly GuaranteedSumInForce[];
}): ServiceActDraft | ActRuleRefusal {
  const { order, month, period, entries } = input;
  if (entries.length === 0) return { rule: 'nothing_rendered', field: 'period', values: { period: month } };
  const perDay = new Map<string, number>();
  for (const { entry } of entries) perDay.set(entry.serviceDate, (perDay.get(entry.serviceDate) ?? 0) + entry.minutes);
  const lines = actLines(input.service, order.unitPrice, [...perDay].map(([date, minutes]) => ({ date, minutes })), input.sums);
  const totals = actTotals(lines);
  return {
    values: {
      number: `${order.number}/${month}/v${input.version}`,
      orderId: order.id,
      recipientId: order.recipientId,
      providerId: order.providerId,
      period: month,
      periodFrom: period.from,
      periodTo: period.to,
      version: input.version,
      previousActId: input.previousActId,
      service: input.service,
      minutes: totals.minutes,
      unitPrice: order.unitPrice,
      total: totals.total,
      reimbursed: totals.reimbursed,
      coPayment: totals.coPayment,
      recipientDeceased: input.recipientDeceased,
    },
    lines,
    totals,
    sheet: entries.map(({ entry, worker }) => sheetRow(entry, worker)),
    workerIds: [...new Set(entries.map(({ entry }) => entry.workerUserId))],
  };
}

/**
 * Who signs an act, in order: the provider's head (who forms it), each worker who served in the
 * period as they first served (the sheet is theirs), then the recipient's side (whoever placed the
 * order) last, unless the recipient has died. `iinOf` answers the accounts' IINs.
 */
export function actSignerList(
  head: { userId: string; iin: string; bin?: string | null },
  placedByUserId: string,
  workerIds: readonly string[],
  recipientDeceased: boolean,
  iinOf: (userId: string) => string | null | undefined,
): RequiredSigner[] {
  const signers: RequiredSigner[] = [{ userId: head.userId, iin: head.iin, ...(head.bin ? { bin: head.bin } : {}) }];
  for (const id of actSignerIds(head.userId, placedByUserId, workerIds, recipientDeceased)) {
    const iin = iinOf(id);
    if (!iin) throw new Error(`act signer ${id} has no IIN`);
    signers.push({ userId: id, iin });
  }
  return signers;
}

/** The accounts whose IINs actSignerList needs besides the head's. */
export function actSignerIds(headUserId: string, placedByUserId: string, workerIds: readonly string[], recipientDeceased: boolean): string[] {
  const workers = [...new Set(workerIds)].filter((id) => id !== headUserId);
  return recipientDeceased ? workers : [...workers, placedByUserId];
}
