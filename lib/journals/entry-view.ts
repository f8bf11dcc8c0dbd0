import type { JournalEntryRow } from '@/db/schema';
import { formatClockTime } from '@/lib/minutes';

/** An entry as the API and the screens show it. */
export function journalEntryView(entry: JournalEntryRow, extra: { workerName?: string; frozen?: boolean } = {}) {
  return {
    id: entry.id,
    orderId: entry.orderId,
    service: entry.service,
    date: entry.serviceDate,
    start: entry.startMinute === null ? null : formatClockTime(entry.startMinute),
    end: entry.endMinute === null ? null : formatClockTime(entry.endMinute),
    minutes: entry.minutes,
    places: entry.places,
    mode: entry.mode,
    workerUserId: entry.workerUserId,
    workerName: extra.workerName ?? null,
    frozen: extra.frozen ?? false,
    dispute: entry.disputeStatus ? { status: entry.disputeStatus, reason: entry.disputeReason, at: entry.disputedAt!.toISOString() } : null,
    deleted: entry.deletedAt !== null,
  };
}
export type JournalEntryView = ReturnType<typeof journalEntryView>;
