'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { disputeJournalEntry, withdrawJournalDispute } from '@/lib/journals/disputes';
import { journalDisputeSchema } from '@/lib/journals/schemas';
import { getTranslations } from 'next-intl/server';

const entryIdSchema = z.object({ entryId: z.uuid() });

/** The recipient (or a representative) disputes an entry; the rules are in disputeJournalEntry. */
export async function disputeEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('journal.dispute');
    const fields = formFields(form, ['entryId', 'reason']);
    const { entryId } = parseOrFail(entryIdSchema, fields);
    const { reason } = parseOrFail(journalDisputeSchema, { reason: fields.reason });
    await disputeJournalEntry(getDb(), actor, entryId, reason, now());
    revalidatePath('/cabinet/journal', 'layout');
    return { status: 'saved', message: (await getTranslations('recipientJournal'))('disputeSaved') };
  } catch (error) {
    return errorState(error, form);
  }
}

/** The recipient's side withdraws its dispute. */
export async function withdrawDisputeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('journal.dispute');
    const { entryId } = parseOrFail(entryIdSchema, formFields(form, ['entryId']));
    await withdrawJournalDispute(getDb(), actor, entryId, now());
    revalidatePath('/cabinet/journal', 'layout');
    return { status: 'saved', message: (await getTranslations('recipientJournal'))('withdrawn') };
  } catch (error) {
    return errorState(error, form);
  }
}
