'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { markFulfilmentStepAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/**
 * "Mark shipped" for delivery, "Mark ready for pickup" for pickup: the one step that fits the
 * order; once marked, what was marked. The button goes away when it is pressed, so the outcome
 * takes the focus (this component stays mounted while the page refreshes around it).
 */
export function FulfilmentStep({ orderId, step, done }: { orderId: string; step: 'shipped' | 'ready_for_pickup'; done: string | null }) {
  const t = useTranslations('providerOrders');
  const [state, action, pending] = useActionState(markFulfilmentStepAction, idle);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'saved') outcome.current?.focus();
  }, [state, done]);
  if (done) {
    return (
      <p ref={outcome} tabIndex={-1} className="font-semibold">
        {done}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      {state.status === 'error' ? (
        <Alert tone="error" title={t('stepNotSaved')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="step" value={step} />
      <p className="text-slate-700">{t('handOverHint')}</p>
      <Button type="submit" disabled={pending}>
        {step === 'shipped' ? t('markShipped') : t('markReady')}
      </Button>
    </form>
  );
}
