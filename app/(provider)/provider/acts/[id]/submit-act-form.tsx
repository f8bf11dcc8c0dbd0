'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { submitActAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/**
 * "Submit to the office", asked twice: the first press shows what will happen (the amount
 * claimed, and that the act can no longer change) with "Yes, submit" and "Cancel". Once sent, this
 * stays on the page as the outcome and takes the focus, while the page refreshes around it.
 */
export function SubmitActForm({ actId, confirmText, done }: { actId: string; confirmText: string; done: string | null }) {
  const t = useTranslations('providerActs');
  const [state, action, pending] = useActionState(submitActAction, idle);
  // null: never opened; then whether the confirmation is showing. Cancelling puts the focus back on the first button.
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'saved') outcome.current?.focus();
  }, [state, done]);
  useEffect(() => {
    if (confirming === false) document.getElementById('submit-act-open')?.focus();
  }, [confirming]);
  if (done) {
    return (
      <p ref={outcome} tabIndex={-1} className="font-semibold">
        <span aria-hidden="true">✓ </span>
        {done}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {state.status === 'error' ? (
        <Alert tone="error" title={t('submit.notSubmitted')}>
          {state.message}
        </Alert>
      ) : null}
      {/* The confirmation takes the focus (autoFocus): it answers the button just pressed. */}
      {confirming ? (
        <form action={action} className="space-y-3 rounded border-2 border-brand-700 p-4" aria-labelledby="submit-confirm-text">
          <input type="hidden" name="actId" value={actId} />
          <p id="submit-confirm-text">{confirmText}</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending} autoFocus>
              {t('submit.yes')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => setConfirming(false)}
            >
              {t('submit.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button id="submit-act-open" type="button" onClick={() => setConfirming(true)}>
          {t('submit.button')}
        </Button>
      )}
    </div>
  );
}
