'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionState } from '@/lib/forms/action-state';
import { confirmIprImportAction } from '../actions';

const idle: ActionState = { status: 'idle' };

export function ConfirmImportForm({ batchId, good }: { batchId: string; good: number }) {
  const t = useTranslations('iprImport');
  const [state, action, pending] = useActionState(confirmIprImportAction, idle);
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} savedTitle={t('queued')} errorTitle={t('notQueued')} />
      <input type="hidden" name="id" value={batchId} />
      <Button type="submit" disabled={pending || state.status === 'saved'}>
        {t('importGood', { count: good })}
      </Button>
    </form>
  );
}
