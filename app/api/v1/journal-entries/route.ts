import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { journalEntryView } from '@/lib/journals/entry-view';
import { listJournalEntries } from '@/lib/journals/queries';
import { recordJournalEntry } from '@/lib/journals/record-entry';

export const POST = handle(endpoints.recordJournalEntry, async ({ actor, body, db }) => journalEntryView(await recordJournalEntry(db, actor!, body, now())));

export const GET = handle(endpoints.listJournalEntries, async ({ actor, query, db }) => ({
  items: (await listJournalEntries(db, actor!, query)).map((row) => journalEntryView(row.entry, row)),
}));
