import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { disputeJournalEntry, withdrawJournalDispute } from '@/lib/journals/disputes';
import { journalEntryView } from '@/lib/journals/entry-view';

export const POST = handle(endpoints.disputeJournalEntry, async ({ actor, params, body, db }) => journalEntryView(await disputeJournalEntry(db, actor!, params.id, body.reason, now())));

export const DELETE = handle(endpoints.withdrawJournalDispute, async ({ actor, params, db }) => journalEntryView(await withdrawJournalDispute(db, actor!, params.id, now())));
