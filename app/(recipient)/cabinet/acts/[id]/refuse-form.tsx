'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { refuseActSignatureAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/**
 * "Refuse to sign", with the reason required: the act goes back to the provider. A refused form
 * keeps what was typed; once sent, the outcome stays here and takes the focus.
 */
export function RefuseActForm({ actId, done }: { actId: string; done: string | null }) {
  const t = useTranslations('recipientActs');
  const [state, action, pending] = useActionState(refuseActSignatureAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'saved') outcome.current?.focus();
  }, [state, done]);
  if (done) {
    return (
      <p ref={outcome} tabIndex={-1} className="font-semibold">
        <span aria-hidden="true">✓ </span>
        {done}
      </p>
    );
  }
  const error = state.fieldErrors?.reason;
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-3">
      {state.status === 'error' ? (
        <Alert tone="error" title={t('refuse.notRefused')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="actId" value={actId} />
      <div className="space-y-1">
        <label htmlFor="refuse-reason" className="block font-semibold">
          {t('refuse.reason')}
        </label>
        <p id="refuse-reason-hint" className="text-sm text-slate-700">
          {t('refuse.reasonHint')}
        </p>
        <textarea
          id="refuse-reason"
          name="reason"
          rows={4}
          required
          aria-required="true"
          maxLength={2000}
          defaultValue={echoed(state, 'reason', '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={`refuse-reason-hint${error ? ' refuse-reason-error' : ''}`}
          className={`block w-full rounded border-2 p-2 ${error ? 'border-red-700' : 'border-slate-500'}`}
        />
        <FieldError id="refuse-reason-error" message={error} />
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {t('refuse.submit')}
      </Button>
    </form>
  );
}
