import type { ActRow, OrderRow } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { formatClockTime, formatMinutes } from '@/lib/minutes';
import { inEveryLanguage, type OrderParties } from '@/lib/orders/order-documents';
import type { ActLine, ActTotals } from './lines';

/** A journal entry as the accompaniment sheet (App. 9) or the sign-language sheet (App. 10) lists it. */
export interface SheetRow {
  date: LocalDate;
  start: string | null;
  end: string | null;
  minutes: number;
  hours: string;
  places: string | null;
  mode: 'online' | 'offline' | null;
  worker: string;
}

export const ACT_DOCUMENT_KIND = 'act';

/**
 * The act as its signers agree to it (App. 8 with its sheet): the canonical document is made
 * from this, and so is the PDF, so paper and signature say the same. Texts are in every language.
 */
export function actContent(act: Pick<ActRow, 'number' | 'period' | 'periodFrom' | 'periodTo' | 'service' | 'version' | 'recipientDeceased'>, orderNumber: string, parties: OrderParties, lines: ActLine[], totals: ActTotals, sheet: SheetRow[]) {
  return {
    number: act.number,
    version: act.version,
    order: { number: orderNumber, serviceName: parties.classifierName },
    period: { month: act.period, from: act.periodFrom, to: act.periodTo },
    provider: { ...parties.provider, ...parties.providerDetails },
    recipient: { ...parties.recipient, deceased: act.recipientDeceased },
    lines: lines.map((l) => ({ ...l, hours: formatMinutes(l.minutes) })),
    totals: { ...totals, hours: formatMinutes(totals.minutes) },
    statement: inEveryLanguage('acts.documents.statement', {}),
    sheet: { kind: act.service === 'assistant' ? 'accompaniment' : 'sign_language', rows: sheet },
  };
}

/**
 * The act of acceptance for a goods order as its signers agree to it: the item and quantity
 * received, the price, the guaranteed sum and the co-payment, in the same frame as a service act
 * (number, parties, lines, totals, statement) and with no sheet: there is no journal behind it.
 */
export function goodsActContent(
  act: Pick<ActRow, 'number' | 'period' | 'periodFrom' | 'periodTo' | 'version' | 'recipientDeceased'>,
  order: Pick<OrderRow, 'number' | 'classifierCode' | 'delivery' | 'deliveryAddress'>,
  parties: OrderParties,
  line: ActLine,
  totals: ActTotals,
) {
  return {
    kind: 'goods' as const,
    number: act.number,
    version: act.version,
    order: { number: order.number, serviceName: parties.classifierName },
    goods: { code: order.classifierCode, name: parties.itemName, model: parties.itemModel, classifierName: parties.classifierName, unit: parties.unit, quantity: line.quantity!, receivedOn: act.periodFrom, delivery: order.delivery, deliveryAddress: order.deliveryAddress },
    period: { month: act.period, from: act.periodFrom, to: act.periodTo },
    provider: { ...parties.provider, ...parties.providerDetails },
    recipient: { ...parties.recipient, deceased: act.recipientDeceased },
    lines: [{ ...line, hours: null }],
    totals: { ...totals, hours: null },
    statement: inEveryLanguage('acts.documents.goods_statement', { item: parties.itemName, quantity: line.quantity! }),
    sheet: null,
  };
}

export function sheetRow(entry: { serviceDate: LocalDate; startMinute: number | null; endMinute: number | null; minutes: number; places: string | null; mode: 'online' | 'offline' | null }, worker: string): SheetRow {
  return {
    date: entry.serviceDate,
    start: entry.startMinute === null ? null : formatClockTime(entry.startMinute),
    end: entry.endMinute === null ? null : formatClockTime(entry.endMinute),
    minutes: entry.minutes,
    hours: formatMinutes(entry.minutes),
    places: entry.places,
    mode: entry.mode,
    worker,
  };
}
