'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { formActAction } from './actions';

const idle: ActionState = { status: 'idle' };

export interface GoodsOrderRow {
  id: string;
  number: string;
  recipientName: string;
  item: string;
  quantity: number;
  receivedOn: string;
}

/** One order's "Form the act of acceptance" button; a refusal shows beside it, in the reader's language. */
function FormGoodsActButton({ order }: { order: GoodsOrderRow }) {
  const t = useTranslations('providerActs');
  const [state, action, pending] = useActionState(formActAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="orderId" value={order.id} />
      {state.status === 'error' ? (
        <Alert tone="error" title={t('form.notFormed')}>
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending} aria-describedby={`goods-order-${order.id}`}>
        {pending ? t('goods.forming') : t('goods.form')}
      </Button>
    </form>
  );
}

/**
 * Goods the recipients have received (their receipt is signed) with no act of acceptance yet:
 * each with the button that forms it. The act is dated the day of receipt and priced from the order.
 */
export function GoodsActsToForm({ orders }: { orders: GoodsOrderRow[] }) {
  const t = useTranslations('providerActs');
  return (
    <section aria-labelledby="goods-acts-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
      <h2 id="goods-acts-heading" className="text-xl font-semibold">
        {t('goods.heading')}
      </h2>
      <p className="text-slate-700">{t('goods.intro')}</p>
      <ul className="divide-y divide-slate-300">
        {orders.map((order) => (
          <li key={order.id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between">
            <p id={`goods-order-${order.id}`}>
              <span className="font-semibold">{order.item}</span>
              {' — '}
              {t('goods.row', { quantity: order.quantity, recipient: order.recipientName, number: order.number, date: order.receivedOn })}
            </p>
            <FormGoodsActButton order={order} />
          </li>
        ))}
      </ul>
    </section>
  );
}
