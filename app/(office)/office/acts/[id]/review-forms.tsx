'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed, echoedChecked } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { approveActAction, returnActAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/** Approving: one button; the approval is signed with the officer's key on the next page. */
export function ApproveForm({ actId, amount, budgetNote, budgetShort }: { actId: string; amount: string; budgetNote: string | null; budgetShort: boolean }) {
  const t = useTranslations('officeActs');
  const [state, action, pending] = useActionState(approveActAction, idle);
  return (
    <form action={action} className="space-y-3 rounded border border-slate-300 bg-white p-5" aria-labelledby="approve-heading">
      <h3 id="approve-heading" className="text-lg font-semibold">
        {t('review.approveHeading')}
      </h3>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('review.notPrepared')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="actId" value={actId} />
      <p>{t('review.approveText', { amount })}</p>
      {budgetNote ? (
        <p className={budgetShort ? 'rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-amber-950' : 'text-slate-700'}>
          {budgetShort ? <span aria-hidden="true">⚠ </span> : null}
          {budgetNote}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t('review.approveButton')}
      </Button>
    </form>
  );
}

export interface ReasonOption {
  code: string;
  title: string;
  fix: string;
  flagged: boolean;
}

/**
 * Returning: the reasons from the closed list as checkboxes, each with what the provider will be
 * told to fix, the ones the checks found marked in words; a comment, needed for "other". A refused
 * form keeps what was ticked and typed.
 */
export function ReturnForm({ actId, reasons }: { actId: string; reasons: ReasonOption[] }) {
  const t = useTranslations('officeActs');
  const [state, action, pending] = useActionState(returnActAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const reasonsError = Object.entries(state.fieldErrors ?? {}).find(([field]) => field === 'reasons' || field.startsWith('reasons.'))?.[1];
  const commentError = state.fieldErrors?.comment;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 rounded border border-slate-300 bg-white p-5" aria-labelledby="return-heading" noValidate>
      <h3 id="return-heading" className="text-lg font-semibold">
        {t('review.returnHeading')}
      </h3>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('review.notReturned')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="actId" value={actId} />
      <fieldset aria-describedby={reasonsError ? 'reasons-error' : undefined}>
        <legend className="mb-2 font-semibold">{t('review.reasonsLegend')}</legend>
        <ul className="space-y-3">
          {reasons.map((reason) => (
            <li key={reason.code} className="flex items-start gap-3">
              <input
                id={`reason-${reason.code}`}
                type="checkbox"
                name="reasons"
                value={reason.code}
                defaultChecked={echoedChecked(state, 'reasons', false, reason.code)}
                aria-describedby={`reason-${reason.code}-fix`}
                className="mt-1 h-6 w-6 shrink-0"
              />
              <div>
                <label htmlFor={`reason-${reason.code}`} className="font-semibold">
                  {reason.title}
                  {reason.flagged ? <span className="ml-2 font-normal text-amber-900">({t('review.foundByChecks')})</span> : null}
                </label>
                <p id={`reason-${reason.code}-fix`} className="text-sm text-slate-700">
                  {reason.fix}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <FieldError id="reasons-error" message={reasonsError} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="return-comment" className="font-semibold">
          {t('review.comment')}
        </label>
        <p id="return-comment-hint" className="text-sm text-slate-700">
          {t('review.commentHint')}
        </p>
        <textarea
          id="return-comment"
          name="comment"
          rows={4}
          maxLength={2000}
          defaultValue={echoed(state, 'comment', '')}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={['return-comment-hint', commentError ? 'return-comment-error' : null].filter(Boolean).join(' ')}
          className={`rounded border-2 px-3 py-2 ${commentError ? 'border-red-700' : 'border-slate-500'}`}
        />
        <FieldError id="return-comment-error" message={commentError} />
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {t('review.returnButton')}
      </Button>
    </form>
  );
}
