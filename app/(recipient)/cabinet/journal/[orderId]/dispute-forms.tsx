'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { disputeEntryAction, withdrawDisputeAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/**
 * "Dispute this entry": opens a reason field; the dispute is saved with the reason, and the
 * provider is told. `what` names the entry for screen readers ("the entry of 24 November, 4 h").
 */
export function DisputeForm({ entryId, what }: { entryId: string; what: string }) {
  const t = useTranslations('recipientJournal');
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(disputeEntryAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const reasonId = `reason-${entryId}`;
  const error = state.fieldErrors?.reason;
  if (state.status === 'saved') return <Alert tone="success" title={state.message ?? ''} />;
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)} aria-label={t('disputeOpen', { what })}>
        {t('disputeButton')}
      </Button>
    );
  }
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={t('notDisputed')}>{state.message}</Alert> : null}
      <input type="hidden" name="entryId" value={entryId} />
      <div className="space-y-1">
        <label htmlFor={reasonId} className="block font-semibold">
          {t('reasonLabel')}
        </label>
        <p id={`${reasonId}-hint`} className="text-sm text-slate-700">
          {t('reasonHint')}
        </p>
        <textarea
          id={reasonId}
          name="reason"
          rows={3}
          required
          maxLength={1000}
          defaultValue={echoed(state, 'reason', '')}
          aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          autoFocus
          className="block w-full rounded border border-slate-500 p-2 focus:outline-none focus-visible:ring-4 focus-visible:ring-sky-600"
        />
        {error ? (
          <p id={`${reasonId}-error`} className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} aria-label={t('disputeSubmitFor', { what })}>
          {t('disputeSubmit')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** "Withdraw my dispute" for an entry under an open dispute. */
export function WithdrawForm({ entryId, what }: { entryId: string; what: string }) {
  const t = useTranslations('recipientJournal');
  const [state, action, pending] = useActionState(withdrawDisputeAction, idle);
  if (state.status === 'saved') return <Alert tone="success" title={state.message ?? ''} />;
  return (
    <form action={action} className="space-y-2">
      {state.status === 'error' ? <Alert tone="error" title={t('notWithdrawn')}>{state.message}</Alert> : null}
      <input type="hidden" name="entryId" value={entryId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={t('withdrawFor', { what })}>
        {t('withdraw')}
      </Button>
    </form>
  );
}
