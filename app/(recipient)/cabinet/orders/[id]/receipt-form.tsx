'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionState } from '@/lib/forms/action-state';
import { confirmReceiptAction } from '../actions';

/** "I have received it": prepares the acceptance certificate and opens it for signing. */
export function ReceiptForm({ orderId }: { orderId: string }) {
  const t = useTranslations('recipientOrders');
  const [state, action, pending] = useActionState<ActionState, FormData>(confirmReceiptAction, { status: 'idle' });
  return (
    <form action={action} className="grid max-w-xl gap-3">
      <FormStatus state={state} savedTitle="" errorTitle={t('receiptNotPrepared')} />
      <input type="hidden" name="orderId" value={orderId} />
      <p>{t('receiptExplained')}</p>
      <Button type="submit" disabled={pending}>
        {t('confirmReceipt')}
      </Button>
    </form>
  );
}
