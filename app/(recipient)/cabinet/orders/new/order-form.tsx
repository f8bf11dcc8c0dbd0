'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { placeOrderAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

export interface OrderFormProps {
  catalogItemId: string;
  recipientId: string;
  /** Goods: how they may be received; services: none. */
  handOver: ('delivery' | 'pickup')[];
  /** Units one may still order (quantity left in the IPR); 1 for hourly services. */
  maxQuantity: number;
  quantityEditable: boolean;
  addressOnRecord: string | null;
}

/** Quantity, delivery or pickup, address; the price and co-payment are shown above it on the page. */
export function OrderForm(props: OrderFormProps) {
  const t = useTranslations('recipientOrders');
  const [state, action, pending] = useActionState<ActionState, FormData>(placeOrderAction, { status: 'idle' });
  const onSubmit = useSubmitWithoutReset(action);
  const err = (field: string) => state.fieldErrors?.[field];
  const [handOver, setHandOver] = useState(echoed(state, 'delivery', props.handOver.length === 1 ? props.handOver[0] : ''));
  return (
    <form action={action} onSubmit={onSubmit} className="grid max-w-xl gap-4" noValidate>
      <FormStatus state={state} savedTitle="" errorTitle={t('notPlaced')} />
      <input type="hidden" name="catalogItemId" value={props.catalogItemId} />
      <input type="hidden" name="recipientId" value={props.recipientId} />
      {props.quantityEditable ? (
        <TextField
          id="order-quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={props.maxQuantity}
          defaultValue={echoed(state, 'quantity', 1)}
          label={t('quantity')}
          hint={t('quantityHint', { max: props.maxQuantity })}
          error={err('quantity')}
        />
      ) : (
        <input type="hidden" name="quantity" value="1" />
      )}
      {props.handOver.length > 0 ? (
        <fieldset className="grid gap-2" aria-describedby={err('delivery') ? 'order-delivery-error' : undefined}>
          <legend className="font-semibold">{t('handOver')}</legend>
          {props.handOver.map((option) => (
            <label key={option} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="delivery" value={option} checked={handOver === option} onChange={() => setHandOver(option)} className="size-5" />
              {t(option)}
            </label>
          ))}
          <FieldError id="order-delivery-error" message={err('delivery')} />
        </fieldset>
      ) : null}
      {handOver === 'delivery' ? (
        <TextField id="order-address" name="address" autoComplete="street-address" defaultValue={echoed(state, 'address', props.addressOnRecord)} label={t('address')} hint={t('addressHint')} error={err('address')} />
      ) : null}
      {err('catalogItemId') || err('recipientId') ? (
        <p className="font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {err('catalogItemId') ?? err('recipientId')}
        </p>
      ) : null}
      <p className="text-slate-800">{t('signNext')}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t('placing') : t('place')}
      </Button>
    </form>
  );
}
