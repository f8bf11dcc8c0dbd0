import type { JournalEntryRow } from '@/db/schema';

const clock = (minutes: number | null) => (minutes === null ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);

/** An entry as the API shows it. */
export function journalEntryView(entry: JournalEntryRow) {
  return {
    id: entry.id,
    orderId: entry.orderId,
    service: entry.service,
    date: entry.serviceDate,
    start: clock(entry.startMinute),
    end: clock(entry.endMinute),
    minutes: entry.minutes,
    places: entry.places,
    mode: entry.mode,
    workerUserId: entry.workerUserId,
  };
}
