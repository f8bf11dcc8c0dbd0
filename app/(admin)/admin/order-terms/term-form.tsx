'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FieldFrame, fieldDescribedBy } from '@/components/ui/field-frame';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ClassifierCategory } from '@/db/schema';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import type { DecisionTerm } from '@/lib/orders/rules';
import { setDecisionTermAction } from './actions';

const idle: ActionState = { status: 'idle' };

function Choice({ id, name, label, value, options, error }: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[]; error?: string }) {
  return (
    <FieldFrame id={id} label={label} error={error} className="min-w-0">
      <select
        id={id}
        name={name}
        // Keyed by the value shown: a refused form keeps what was chosen.
        key={value}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, undefined, error)}
        className={`min-h-11 w-full rounded border-2 bg-white px-3 py-2 ${error ? 'border-red-700' : 'border-slate-500'}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** One category's term: how many days, which days count, and what happens at the deadline. */
export function TermForm({ category, categoryName, term }: { category: ClassifierCategory; categoryName: string; term: DecisionTerm }) {
  const t = useTranslations('adminOrderTerms');
  const [state, action, pending] = useActionState(setDecisionTermAction, idle);
  const submit = useSubmitWithoutReset(action);
  const err = (field: string) => state.fieldErrors?.[field];
  const id = (field: string) => `term-${category}-${field}`;
  return (
    <form action={action} onSubmit={submit} noValidate aria-label={t('formLabel', { category: categoryName })} className="space-y-3">
      <FormStatus state={state} savedTitle={t('saved', { category: categoryName })} errorTitle={t('notSaved', { category: categoryName })} />
      {err('category') ? <p className="text-sm font-semibold text-red-800">{err('category')}</p> : null}
      <input type="hidden" name="category" value={category} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={id('days')}
          name="days"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={t('days')}
          hint={t('daysHint')}
          required
          defaultValue={echoed(state, 'days', term.days)}
          error={err('days')}
        />
        <Choice
          id={id('day-kind')}
          name="dayKind"
          label={t('dayKind')}
          value={echoed(state, 'dayKind', term.dayKind)}
          options={[
            { value: 'working', label: t('dayKinds.working') },
            { value: 'calendar', label: t('dayKinds.calendar') },
          ]}
          error={err('dayKind')}
        />
        <Choice
          id={id('on-expiry')}
          name="onExpiry"
          label={t('onExpiry')}
          value={echoed(state, 'onExpiry', term.onExpiry)}
          options={[
            { value: 'expire', label: t('onExpiryOptions.expire') },
            { value: 'flag_overdue', label: t('onExpiryOptions.flag_overdue') },
          ]}
          error={err('onExpiry')}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t('save', { category: categoryName })}
      </Button>
    </form>
  );
}
