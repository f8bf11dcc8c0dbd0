'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { confirmCsvImport, previewCsvImport } from '@/lib/entitlements/csv-batches';
import { MAX_CSV_BYTES } from '@/lib/entitlements/csv-records';
import { AppError } from '@/lib/errors';
import { errorState, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { nudgeJob } from '@/lib/jobs/queue';

export async function uploadIprCsvAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const actor = await requireActionActor('entitlements.upload');
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('validation_failed', { fieldErrors: [{ field: 'file', message: 'validation.csv.no_file' }] });
    if (file.size > MAX_CSV_BYTES) throw new AppError('validation_failed', { fieldErrors: [{ field: 'file', message: 'validation.csv.too_large', values: { max: MAX_CSV_BYTES / 1024 / 1024 } }] });
    id = await previewCsvImport(getDb(), actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, now());
  } catch (error) {
    return errorState(error);
  }
  redirect(`/office/imports/${id}`);
}

export async function confirmIprImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('entitlements.upload');
    const id = parseOrFail(z.uuid(), form.get('id'));
    await confirmCsvImport(getDb(), actor, id, now());
    await nudgeJob('ipr-import-csv');
    revalidatePath(`/office/imports/${id}`);
    return { status: 'saved' };
  } catch (error) {
    return errorState(error);
  }
}
