'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldFrame, fieldDescribedBy } from '@/components/ui/field-frame';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { disputeEntryAction, withdrawDisputeAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/** The reason form of a dispute; a fresh one each time it is opened. */
function DisputeForm({ entryId, what, onSaved, onCancel }: { entryId: string; what: string; onSaved: (message: string) => void; onCancel: () => void }) {
  const t = useTranslations('recipientJournal');
  const [state, action, pending] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await disputeEntryAction(previous, form);
    if (next.status === 'saved') onSaved(next.message ?? '');
    return next;
  }, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const reasonId = `reason-${entryId}`;
  const error = state.fieldErrors?.reason;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={t('notDisputed')}>{state.message}</Alert> : null}
      <input type="hidden" name="entryId" value={entryId} />
      <FieldFrame id={reasonId} label={t('reasonLabel')} hint={t('reasonHint')} error={error}>
        <textarea
          id={reasonId}
          name="reason"
          rows={3}
          required
          maxLength={1000}
          defaultValue={echoed(state, 'reason', '')}
          aria-describedby={fieldDescribedBy(reasonId, t('reasonHint'), error)}
          aria-invalid={error ? true : undefined}
          autoFocus
          className="block w-full rounded border border-slate-500 p-2 focus:outline-none focus-visible:ring-4 focus-visible:ring-sky-600"
        />
      </FieldFrame>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} aria-label={t('disputeSubmitFor', { what })}>
          {t('disputeSubmit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * What the recipient's side may do with an entry: dispute it with a reason (the provider is told),
 * or withdraw an open dispute. The confirmation is kept here, so it stays on screen when the page
 * re-renders with the entry's new state. `what` names the entry for screen readers.
 */
export function DisputeControl({ entryId, what, disputed }: { entryId: string; what: string; disputed: boolean }) {
  const t = useTranslations('recipientJournal');
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawal, withdraw, withdrawing] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await withdrawDisputeAction(previous, form);
    if (next.status === 'saved') setNotice(next.message ?? '');
    return next;
  }, idle);
  const confirmation = notice ? <Alert tone="success" title={notice} /> : null;
  if (disputed) {
    return (
      <div className="space-y-2">
        {confirmation}
        {withdrawal.status === 'error' ? <Alert tone="error" title={t('notWithdrawn')}>{withdrawal.message}</Alert> : null}
        <form action={withdraw}>
          <input type="hidden" name="entryId" value={entryId} />
          <Button type="submit" variant="secondary" disabled={withdrawing} aria-label={t('withdrawFor', { what })}>
            {t('withdraw')}
          </Button>
        </form>
      </div>
    );
  }
  if (open) {
    return (
      <DisputeForm
        key={round}
        entryId={entryId}
        what={what}
        onSaved={(message) => {
          setNotice(message);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    );
  }
  return (
    <div className="space-y-2">
      {confirmation}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setNotice(null);
          setRound((r) => r + 1);
          setOpen(true);
        }}
        aria-label={t('disputeOpen', { what })}
      >
        {t('disputeButton')}
      </Button>
    </div>
  );
}
