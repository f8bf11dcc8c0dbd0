'use client';

import Link from 'next/link';
import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { echoedChecked } from '@/lib/forms/echo';
import { formRegistryAction, markRegistryPaidAction } from './actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/** Submits through the action with the pressed button's name and value, and without resetting the form. */
function submitWith(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    startTransition(() => dispatch(form));
  };
}

export interface UnpaidActItem {
  id: string;
  number: string;
  providerName: string;
  recipientName: string;
  service: string;
  period: string;
  amount: string;
  approvedAt: string;
}

/**
 * The approved acts no registry holds yet, each with a checkbox, and two ways to form a registry:
 * of the ticked acts, or of all of them. A refused form keeps the ticks.
 */
export function UnpaidActsForm({ items, count, total, shownAll }: { items: UnpaidActItem[]; count: number; total: string; shownAll: boolean }) {
  const t = useTranslations('officePayments');
  const [state, action, pending] = useActionState(formRegistryAction, idle);
  const chooseError = state.fieldErrors?.actIds;
  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {state.status === 'saved' ? (
          <Alert tone="success" title={t('unpaid.formedTitle')}>
            {state.message}
          </Alert>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('unpaid.notFormed')}>
          {state.message}
        </Alert>
      ) : null}
      {count === 0 ? (
        <p>{t('unpaid.none')}</p>
      ) : (
        <form action={action} onSubmit={submitWith(action)} noValidate className="space-y-3">
          <p>{t('unpaid.summary', { count, total })}</p>
          {!shownAll ? <p className="text-slate-700">{t('unpaid.firstShown', { shown: items.length })}</p> : null}
          <fieldset aria-describedby={chooseError ? 'acts-choose-error' : undefined}>
            <legend className="mb-2 font-semibold">{t('unpaid.choose')}</legend>
            <ul className="space-y-2">
              {items.map((item) => (
                <li key={item.id} className="flex items-start gap-3 rounded border border-slate-300 bg-white p-3">
                  <input id={`act-${item.id}`} type="checkbox" name="actIds" value={item.id} defaultChecked={echoedChecked(state, 'actIds', false, item.id)} className="mt-1 h-6 w-6 shrink-0" />
                  <div className="min-w-0">
                    <label htmlFor={`act-${item.id}`} className="font-semibold break-all">
                      {t('unpaid.actLabel', { number: item.number, amount: item.amount })}
                    </label>
                    <p className="text-sm text-slate-800">
                      {item.providerName} · {item.recipientName} · {item.service} · {item.period} · {t('unpaid.approvedAt', { date: item.approvedAt })}
                    </p>
                    <p className="text-sm">
                      <Link href={`/office/acts/${item.id}`} className="underline">
                        {t('unpaid.openAct', { number: item.number })}
                      </Link>
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            <FieldError id="acts-choose-error" message={chooseError} className="mt-2" />
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="scope" value="chosen" disabled={pending}>
              {t('unpaid.formChosen')}
            </Button>
            <Button type="submit" name="scope" value="all" variant="secondary" disabled={pending}>
              {t('unpaid.formAll', { count })}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

/**
 * "Mark paid" behind a confirmation: the first step opens the question with the registry's number
 * and total, the second marks it. The outcome stays shown after the registry turns paid.
 */
export function MarkPaidForm({ registryId, number, total, count, paid }: { registryId: string; number: string; total: string; count: number; paid: boolean }) {
  const t = useTranslations('officePayments');
  const [state, action, pending] = useActionState(markRegistryPaidAction, idle);
  return (
    <div className="space-y-2">
      <div aria-live="polite">
        {state.status === 'saved' ? (
          <Alert tone="success" title={t('registries.markedPaidTitle')}>
            {state.message}
          </Alert>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('registries.notMarked')}>
          {state.message}
        </Alert>
      ) : null}
      {paid ? null : (
        <details className="rounded border border-slate-300 bg-slate-50 p-3">
          <summary className="cursor-pointer py-2 font-semibold text-brand-800 underline">{t('registries.markPaid', { number })}</summary>
          <form action={action} className="mt-2 space-y-3">
            <input type="hidden" name="registryId" value={registryId} />
            <p>{t('registries.confirmText', { number, total, count })}</p>
            <Button type="submit" disabled={pending}>
              {t('registries.confirmButton')}
            </Button>
          </form>
        </details>
      )}
    </div>
  );
}
