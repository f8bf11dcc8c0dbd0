'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { amountInWords } from '@/lib/i18n/amount-in-words';
import { defaultLocale, isLocale } from '@/lib/i18n/config';
import { displayTenge } from '@/lib/i18n/format';
import { budgetAllocationAction, type BudgetFormState } from './actions';

const idle: BudgetFormState = { status: 'idle' };
const FIELDS = ['allocationId', 'officeId', 'year', 'operation', 'amount', 'basis'] as const;

export interface BudgetFormOffice {
  id: string;
  name: string;
  /** Per year, already formatted for the reader. */
  years: Record<number, { allocated: string; left: string }>;
}

/**
 * Allocate or reduce an office's budget in two steps: the form is checked on the server (errors
 * beside their fields, tied with aria-describedby, nothing lost), then a confirmation takes the
 * focus with the office, the year, the amount in figures and in words, the basis and the budget
 * as it stands; only its button posts. "Change" goes back to the form as it was filled, the focus
 * on its amount.
 */
export function BudgetForm({ offices, years }: { offices: BudgetFormOffice[]; years: number[] }) {
  const t = useTranslations('adminBudgets');
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale;
  const [state, action, pending] = useActionState(budgetAllocationAction, idle);
  const submit = useSubmitWithoutReset(action);
  // The confirmation the person chose to change: the form shows again for it.
  const [changed, setChanged] = useState<BudgetFormState | null>(null);
  const confirming = state.status === 'confirm' && changed !== state;
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'confirm') confirmHeading.current?.focus();
    if (state.status === 'saved') outcome.current?.focus();
  }, [state]);
  // "Change" removes the button that had the focus: it goes to the amount, the field most often changed.
  useEffect(() => {
    if (changed !== null && changed === state) (form.current?.elements.namedItem('amount') as HTMLInputElement | null)?.focus();
  }, [changed, state]);

  const held = state.status === 'error' || state.status === 'confirm' ? state.submitted : undefined;
  const value = (name: string, fallback = '') => held?.[name]?.[0] ?? fallback;
  const err = (field: string) => state.fieldErrors?.[field];

  if (confirming) {
    const office = offices.find((o) => o.id === value('officeId'));
    const year = Number(value('year'));
    const amount = displayTenge(value('amount'), locale);
    const now = office?.years[year];
    const reduce = value('operation') === 'reduce';
    return (
      <section aria-labelledby="budget-confirm-heading" className="space-y-3 rounded border-2 border-brand-700 bg-sky-50 p-4">
        <h3 id="budget-confirm-heading" ref={confirmHeading} tabIndex={-1} className="text-lg font-semibold">
          {t('confirmHeading')}
        </h3>
        <p className="text-lg font-semibold">{t(reduce ? 'confirmReduce' : 'confirmAllocate', { amount, office: office?.name ?? '', year })}</p>
        <p>{t('inWords', { words: amountInWords(value('amount'), locale) })}</p>
        <p className="break-words">{t('confirmBasis', { basis: value('basis') })}</p>
        {now ? <p>{t('confirmLeft', { allocated: now.allocated, left: now.left })}</p> : null}
        <form action={action} onSubmit={submit} className="flex flex-wrap gap-3">
          {FIELDS.map((name) => (
            <input key={name} type="hidden" name={name} value={value(name)} />
          ))}
          <input type="hidden" name="intent" value="post" />
          <Button type="submit" disabled={pending}>
            {t(reduce ? 'postReduce' : 'post', { amount })}
          </Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setChanged(state)}>
            {t('change')}
          </Button>
        </form>
      </section>
    );
  }

  return (
    <div className="space-y-4">
      <div ref={outcome} tabIndex={-1} aria-live="polite">
        {state.status === 'saved' ? (
          <Alert tone="success" title={t('savedTitle')}>
            {state.message}
          </Alert>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('notSaved')}>
          {state.message}
        </Alert>
      ) : null}
      <form ref={form} action={action} onSubmit={submit} noValidate aria-label={t('formLabel')} className="flex max-w-xl flex-col gap-4">
        <input type="hidden" name="intent" value="check" />
        <SelectField
          id="budget-office"
          name="officeId"
          label={t('office')}
          value={value('officeId')}
          options={[{ value: '', label: t('chooseOffice') }, ...offices.map((o) => ({ value: o.id, label: o.name }))]}
          error={err('officeId')}
        />
        <SelectField id="budget-year" name="year" label={t('year')} value={value('year', String(years[0]))} options={years.map((y) => ({ value: String(y), label: String(y) }))} error={err('year')} />
        <SelectField
          id="budget-operation"
          name="operation"
          label={t('operation')}
          value={value('operation', 'allocate')}
          options={(['allocate', 'reduce'] as const).map((op) => ({ value: op, label: t(`operations.${op}`) }))}
          error={err('operation')}
        />
        <TextField id="budget-amount" name="amount" inputMode="decimal" autoComplete="off" label={t('amount')} hint={t('amountHint')} required defaultValue={value('amount')} key={`amount-${value('amount')}`} error={err('amount')} />
        <TextField id="budget-basis" name="basis" label={t('basis')} hint={t('basisHint')} required maxLength={500} defaultValue={value('basis')} key={`basis-${value('basis')}`} error={err('basis')} />
        <Button type="submit" disabled={pending} className="self-start">
          {t('check')}
        </Button>
      </form>
    </div>
  );
}
