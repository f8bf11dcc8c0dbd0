'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { formActAction } from './actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

export interface FormableOrder {
  id: string;
  label: string;
}

/**
 * "Form an act": one of the provider's assistant or sign-language orders and a month (last month
 * is chosen). A refusal is shown above and beside the field it concerns, in the reader's
 * language, and the choices stay as they were.
 */
export function FormActForm({ orders, months, defaultMonth }: { orders: FormableOrder[]; months: { value: string; label: string }[]; defaultMonth: string }) {
  const t = useTranslations('providerActs');
  const [state, action, pending] = useActionState(formActAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const err = (field: string) => state.fieldErrors?.[field];
  const describedBy = (field: string, hint: string) => [hint, err(field) ? `${field}-error` : null].filter(Boolean).join(' ');
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-white p-5" aria-labelledby="form-act-heading">
      <h2 id="form-act-heading" className="text-xl font-semibold">
        {t('form.heading')}
      </h2>
      <p className="text-slate-700">{t('form.intro')}</p>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('form.notFormed')}>
          {state.message}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="orderId" className="font-semibold">
          {t('form.order')}
        </label>
        <p id="orderId-hint" className="text-sm text-slate-700">
          {t('form.orderHint')}
        </p>
        <select
          id="orderId"
          name="orderId"
          // A refused form comes back with what was chosen (key: React keeps a select's own state otherwise).
          key={`order-${echoed(state, 'orderId', orders[0]?.id)}`}
          defaultValue={echoed(state, 'orderId', orders[0]?.id)}
          aria-invalid={err('orderId') ? true : undefined}
          aria-describedby={describedBy('orderId', 'orderId-hint')}
          className={`min-h-11 max-w-full rounded border-2 bg-white px-3 py-2 ${err('orderId') ? 'border-red-700' : 'border-slate-500'}`}
        >
          {orders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id="orderId-error" message={err('orderId')} />
      </div>
      <SelectField id="period" name="period" label={t('form.month')} hint={t('form.monthHint')} options={months} value={echoed(state, 'period', defaultMonth)} error={err('period')} />
      <Button type="submit" disabled={pending}>
        {pending ? t('form.forming') : t('form.submit')}
      </Button>
    </form>
  );
}
