import type { ActRow } from '@/db/schema';
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
