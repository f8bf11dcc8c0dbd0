'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { formActAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/** "Form the next version" of a returned act: the same order and month, from the journal as it is now. */
export function NextVersionForm({ orderId, period }: { orderId: string; period: string }) {
  const t = useTranslations('providerActs');
  const [state, action, pending] = useActionState(formActAction, idle);
  return (
    <form action={action} className="space-y-3">
      {state.status === 'error' ? (
        <Alert tone="error" title={t('nextVersion.notFormed')}>
          {state.message}
          {Object.values(state.fieldErrors ?? {}).map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      ) : null}
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="period" value={period} />
      <p>{t('nextVersion.intro')}</p>
      <Button type="submit" disabled={pending}>
        {t('nextVersion.button')}
      </Button>
    </form>
  );
}
