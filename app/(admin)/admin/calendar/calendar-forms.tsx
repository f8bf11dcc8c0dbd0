'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { removeCalendarDayAction, saveCalendarDayAction } from './actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

export function AddCalendarDayForm() {
  const t = useTranslations('calendar');
  const [state, action, pending] = useActionState(saveCalendarDayAction, idle);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={t('notSaved')}>{state.message}</Alert> : null}
      {state.status === 'saved' ? <Alert tone="success" title={t('saved')} /> : null}
      <TextField id="cal-date" name="date" type="date" label={t('date')} required defaultValue={echoed(state, 'date', '')} error={err('date')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="cal-kind" className="font-semibold">
          {t('kind')}
        </label>
        <select
          id="cal-kind"
          name="kind"
          className="min-h-11 rounded border-2 border-slate-500 px-3 py-2"
          aria-invalid={err('kind') ? true : undefined}
          aria-describedby={err('kind') ? 'cal-kind-error' : undefined}
          // Keyed by the echoed value: a native form reset would otherwise put the select back on its first option.
          key={echoed(state, 'kind', 'day_off')}
          defaultValue={echoed(state, 'kind', 'day_off')}
        >
          <option value="holiday">{t('kinds.holiday')}</option>
          <option value="day_off">{t('kinds.day_off')}</option>
          <option value="working_day">{t('kinds.working_day')}</option>
        </select>
        <FieldError id="cal-kind-error" message={err('kind')} />
      </div>
      <TextField id="cal-name-kk" name="nameKk" defaultValue={echoed(state, 'nameKk', '')} lang="kk" label={t('nameKk')} required error={err('nameKk')} />
      <TextField id="cal-name-ru" name="nameRu" defaultValue={echoed(state, 'nameRu', '')} lang="ru" label={t('nameRu')} required error={err('nameRu')} />
      <TextField id="cal-name-en" name="nameEn" defaultValue={echoed(state, 'nameEn', '')} lang="en" label={t('nameEn')} required error={err('nameEn')} />
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
    </form>
  );
}

export function RemoveCalendarDayButton({ date, label }: { date: string; label: string }) {
  const t = useTranslations('calendar');
  const [state, action, pending] = useActionState(removeCalendarDayAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="date" value={date} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={label}>
        {t('removeShort')}
      </Button>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
