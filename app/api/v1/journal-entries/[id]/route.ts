import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { correctJournalEntry, deleteJournalEntry } from '@/lib/journals/correct-entry';
import { journalEntryView } from '@/lib/journals/entry-view';

export const PATCH = handle(endpoints.correctJournalEntry, async ({ actor, params, body, db }) => journalEntryView(await correctJournalEntry(db, actor!, params.id, body, now())));

export const DELETE = handle(endpoints.deleteJournalEntry, async ({ actor, params, db }) => journalEntryView(await deleteJournalEntry(db, actor!, params.id, now())));
