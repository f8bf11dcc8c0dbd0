'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import type { JournalService } from '@/lib/journals/rules';
import { recordEntryAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/** How a sign-language service was given: two radios in a fieldset, a required choice. */
export function ModeChoice({ idPrefix, name, defaultValue, error, legend }: { idPrefix: string; name: string; defaultValue: string; error: string | undefined; legend?: string }) {
  const t = useTranslations('journal');
  return (
    <fieldset aria-describedby={error ? `${idPrefix}-mode-error` : undefined}>
      <legend className="mb-1 font-semibold">{legend ?? t('entry.mode')}</legend>
      <div className="flex flex-wrap gap-x-6">
        {(['offline', 'online'] as const).map((mode) => (
          <div key={mode} className="flex items-center gap-2">
            <input id={`${idPrefix}-mode-${mode}`} type="radio" name={name} value={mode} defaultChecked={defaultValue === mode} className="h-6 w-6" />
            <label htmlFor={`${idPrefix}-mode-${mode}`} className="min-h-11 content-center">
              {t(`modes.${mode}`)}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={`${idPrefix}-mode-error`} message={error} />
    </fieldset>
  );
}

/**
 * A day's entry in a few keystrokes: the date (today unless changed), the hours ("4", "4.5",
 * "4:30") or a start and an end, and the places visited (assistant) or how it was given (sign
 * language). A saved entry clears the form for the next one and says what was saved; a refused
 * one keeps what was typed and says why (the day and the cap).
 */
export function DayEntryForm({ orderId, service, today }: { orderId: string; service: JournalService; today: string }) {
  const t = useTranslations('journal');
  const [state, action, pending] = useActionState(recordEntryAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Saved: the fields go back to their defaults (today, empty) for the next entry.
    if (state.status === 'saved') formRef.current?.reset();
  }, [state]);
  const err = (field: string) => state.fieldErrors?.[field];
  const assistant = service === 'assistant';
  return (
    <section aria-labelledby="entry-heading" className="space-y-4 rounded border border-slate-300 bg-white p-4 sm:p-5">
      <h2 id="entry-heading" className="text-xl font-semibold">
        {t('entry.heading')}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {state.status === 'saved' ? <Alert tone="success" title={state.message ?? ''} /> : null}
      </div>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('entry.notSaved')}>
          {state.message}
        </Alert>
      ) : null}
      <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="orderId" value={orderId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="entry-date" name="date" type="date" label={t('entry.date')} max={today} defaultValue={echoed(state, 'date', today)} error={err('date')} required />
          <TextField
            id="entry-duration"
            name="duration"
            label={t('entry.duration')}
            hint={assistant ? t('entry.durationHintAssistant') : t('entry.durationHint')}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={echoed(state, 'duration', '')}
            error={err('duration')}
          />
        </div>
        {assistant ? (
          <fieldset className="space-y-2">
            <legend className="font-semibold">{t('entry.rangeLegend')}</legend>
            <p id="entry-range-hint" className="text-sm text-slate-700">
              {t('entry.rangeHint')}
            </p>
            <div className="grid grid-cols-2 gap-4 sm:max-w-md">
              <TextField id="entry-start" name="start" type="time" label={t('entry.start')} defaultValue={echoed(state, 'start', '')} error={err('start')} aria-describedby={`entry-range-hint${err('start') ? ' entry-start-error' : ''}`} />
              <TextField id="entry-end" name="end" type="time" label={t('entry.end')} defaultValue={echoed(state, 'end', '')} error={err('end')} aria-describedby={`entry-range-hint${err('end') ? ' entry-end-error' : ''}`} />
            </div>
          </fieldset>
        ) : null}
        {assistant ? (
          <TextField id="entry-places" name="places" label={t('entry.places')} hint={t('entry.placesHint')} maxLength={1000} defaultValue={echoed(state, 'places', '')} error={err('places')} />
        ) : (
          <ModeChoice idPrefix="entry" name="mode" defaultValue={echoed(state, 'mode', '')} error={err('mode')} />
        )}
        <Button type="submit" disabled={pending}>
          {t('entry.submit')}
        </Button>
      </form>
    </section>
  );
}
