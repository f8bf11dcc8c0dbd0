'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { reviewProviderAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/**
 * One decision on a provider as its own form. Rejection and suspension ask for the reason the
 * provider will be shown; its error is tied to the box with aria-describedby.
 */
export function ReviewForm({
  providerId,
  decision,
  heading,
  text,
  needsReason,
}: {
  providerId: string;
  decision: 'verify' | 'reject' | 'suspend' | 'reinstate';
  heading: string;
  text: string;
  needsReason: boolean;
}) {
  const t = useTranslations('adminProviders');
  const [state, action, pending] = useActionState(reviewProviderAction, idle);
  const id = `review-${decision}`;
  const reasonError = state.fieldErrors?.reason;
  const describedBy = [`${id}-text`, reasonError ? `${id}-reason-error` : null].filter(Boolean).join(' ');
  return (
    <form action={action} className="grid content-start gap-3 rounded border border-slate-300 bg-white p-5" aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {heading}
      </h3>
      <p id={`${id}-text`} className="text-slate-700">
        {text}
      </p>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('notSaved')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="decision" value={decision} />
      {needsReason ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="font-semibold">
            {t('reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={1000}
            required
            defaultValue={echoed(state, 'reason', '')}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            className={`rounded border-2 px-3 py-2 ${reasonError ? 'border-red-700' : 'border-slate-500'}`}
          />
          <FieldError id={`${id}-reason-error`} message={reasonError} />
        </div>
      ) : null}
      <div>
        <Button type="submit" variant={decision === 'reject' || decision === 'suspend' ? 'danger' : 'primary'} disabled={pending} aria-describedby={describedBy}>
          {heading}
        </Button>
      </div>
    </form>
  );
}
