'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionState } from '@/lib/forms/action-state';
import { uploadIprCsvAction } from './actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/** Choose a file, get a preview: nothing is imported until the officer confirms it. */
export function UploadForm() {
  const t = useTranslations('iprImport');
  const [state, action, pending] = useActionState(uploadIprCsvAction, idle);
  const error = state.fieldErrors?.file;
  return (
    <form action={action} className="grid max-w-xl gap-3 rounded border border-slate-300 bg-white p-4" noValidate>
      <FormStatus state={state} savedTitle="" errorTitle={t('notRead')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="ipr-file" className="font-semibold">
          {t('file')}
        </label>
        <p id="ipr-file-hint" className="text-sm text-slate-700">
          {t('fileHint')}
        </p>
        <input
          id="ipr-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          className="min-h-11"
          aria-describedby={error ? 'ipr-file-hint ipr-file-error' : 'ipr-file-hint'}
          aria-invalid={error ? true : undefined}
        />
        <FieldError id="ipr-file-error" message={error} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('checking') : t('check')}
        </Button>
      </div>
    </form>
  );
}
