'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import type { RefusalReason } from '@/lib/orders/rules';
import { decideOrderAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/** Accepting: one button; the acceptance is signed on the next page. */
function AcceptForm({ orderId, goods }: { orderId: string; goods: boolean }) {
  const t = useTranslations('providerOrders');
  const [state, action, pending] = useActionState(decideOrderAction, idle);
  return (
    <form action={action} className="space-y-3 rounded border border-slate-300 bg-white p-5" aria-labelledby="accept-heading">
      <h3 id="accept-heading" className="text-lg font-semibold">
        {t('acceptHeading')}
      </h3>
      {state.status === 'error' ? <Alert tone="error" title={t('notPrepared')}>{state.message}</Alert> : null}
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="decision" value="accept" />
      <p className="text-slate-700">{goods ? t('acceptText') : t('acceptTextService')}</p>
      <Button type="submit" disabled={pending}>
        {t('acceptButton')}
      </Button>
    </form>
  );
}

/**
 * Refusing: a reason from the category's list (goods: "not in stock" only) and a comment, required
 * for "another reason". A refused form keeps what was chosen and typed.
 */
function RefuseForm({ orderId, reasons }: { orderId: string; reasons: readonly RefusalReason[] }) {
  const t = useTranslations('providerOrders');
  const to = useTranslations('orders');
  const [state, action, pending] = useActionState(decideOrderAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const err = (field: string) => state.fieldErrors?.[field];
  const only = reasons.length === 1 ? reasons[0] : undefined;
  const withOther = reasons.includes('other');
  const chosen = echoed(state, 'reason', only ?? '');
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4 rounded border border-slate-300 bg-white p-5" aria-labelledby="refuse-heading" noValidate>
      <h3 id="refuse-heading" className="text-lg font-semibold">
        {t('refuseHeading')}
      </h3>
      {state.status === 'error' ? <Alert tone="error" title={t('notPrepared')}>{state.message}</Alert> : null}
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="decision" value="refuse" />
      <fieldset aria-describedby={[only ? 'reason-note' : null, err('reason') ? 'reason-error' : null].filter(Boolean).join(' ') || undefined}>
        <legend className="mb-2 font-semibold">{t('reasonLegend')}</legend>
        {only ? (
          <p id="reason-note" className="mb-2 text-sm text-slate-700">
            {t('goodsReasonNote')}
          </p>
        ) : null}
        <div className="space-y-2">
          {reasons.map((reason) => (
            <div key={reason} className="flex items-center gap-3">
              <input id={`reason-${reason}`} type="radio" name="reason" value={reason} defaultChecked={chosen === reason} className="h-6 w-6" />
              <label htmlFor={`reason-${reason}`} className="min-h-11 content-center">
                {to(`reasons.${reason}`)}
              </label>
            </div>
          ))}
        </div>
        <FieldError id="reason-error" message={err('reason')} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="refusal-comment" className="font-semibold">
          {t('comment')}
        </label>
        {withOther ? (
          <p id="refusal-comment-hint" className="text-sm text-slate-700">
            {t('commentHint')}
          </p>
        ) : null}
        <textarea
          id="refusal-comment"
          name="comment"
          rows={3}
          maxLength={1000}
          defaultValue={echoed(state, 'comment', '')}
          aria-invalid={err('comment') ? true : undefined}
          aria-describedby={[withOther ? 'refusal-comment-hint' : null, err('comment') ? 'refusal-comment-error' : null].filter(Boolean).join(' ') || undefined}
          className={`rounded border-2 px-3 py-2 ${err('comment') ? 'border-red-700' : 'border-slate-500'}`}
        />
        <FieldError id="refusal-comment-error" message={err('comment')} />
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {t('refuseButton')}
      </Button>
    </form>
  );
}

export function DecisionForms({ orderId, goods, reasons }: { orderId: string; goods: boolean; reasons: readonly RefusalReason[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 md:items-start">
      <AcceptForm orderId={orderId} goods={goods} />
      <RefuseForm orderId={orderId} reasons={reasons} />
    </div>
  );
}
