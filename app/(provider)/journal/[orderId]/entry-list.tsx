'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import type { JournalService } from '@/lib/journals/rules';
import { correctEntryAction, deleteEntryAction } from '../actions';
import { durationText, entryTimeText } from '@/components/journals/duration-text';
import { EntrySummary } from '@/components/journals/entry-summary';
import { ModeChoice } from './day-entry-form';

export interface EntryItem {
  id: string;
  date: string;
  dateLabel: string;
  start: string | null;
  end: string | null;
  minutes: number;
  places: string | null;
  mode: 'online' | 'offline' | null;
  workerName: string;
  frozen: boolean;
  dispute: { reason: string | null } | null;
  canChange: boolean;
}

const idle: ActionState = { status: 'idle' };

function CorrectForm({ entry, service, today }: { entry: EntryItem; service: JournalService; today: string }) {
  const t = useTranslations('journal');
  const [state, action, pending] = useActionState(correctEntryAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const err = (field: string) => state.fieldErrors?.[field];
  const p = `c-${entry.id}`;
  const assistant = service === 'assistant';
  const hours = entry.start ? '' : `${Math.floor(entry.minutes / 60)}:${String(entry.minutes % 60).padStart(2, '0')}`;
  return (
    <form action={action} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
      <div aria-live="polite">{state.status === 'saved' ? <Alert tone="success" title={state.message ?? ''} /> : null}</div>
      {state.status === 'error' ? (
        <Alert tone="error" title={t('list.notChanged')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="entryId" value={entry.id} />
      <input type="hidden" name="service" value={service} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${p}-date`} name="date" type="date" max={today} label={t('list.newDate')} defaultValue={echoed(state, 'date', entry.date)} error={err('date')} />
        <TextField
          id={`${p}-duration`}
          name="duration"
          label={t('list.newDuration')}
          hint={assistant ? t('list.durationHintAssistant') : t('entry.durationHint')}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={echoed(state, 'duration', hours)}
          error={err('duration')}
        />
      </div>
      {assistant ? (
        <div className="grid grid-cols-2 gap-3 sm:max-w-md">
          <TextField id={`${p}-start`} name="start" type="time" label={t('list.newStart')} defaultValue={echoed(state, 'start', entry.start)} error={err('start')} />
          <TextField id={`${p}-end`} name="end" type="time" label={t('list.newEnd')} defaultValue={echoed(state, 'end', entry.end)} error={err('end')} />
        </div>
      ) : null}
      {assistant ? (
        <TextField id={`${p}-places`} name="places" label={t('list.newPlaces')} maxLength={1000} defaultValue={echoed(state, 'places', entry.places)} error={err('places')} />
      ) : (
        <ModeChoice idPrefix={p} legend={t('list.newMode')} name="mode" defaultValue={echoed(state, 'mode', entry.mode)} error={err('mode')} />
      )}
      <Button type="submit" disabled={pending}>
        {t('list.correctSubmit')}
      </Button>
    </form>
  );
}

function DeleteForm({ entry, onDeleted }: { entry: EntryItem; onDeleted: (message: string) => void }) {
  const t = useTranslations('journal');
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await deleteEntryAction(prev, form);
    if (result.status === 'saved') onDeleted(result.message ?? '');
    return result;
  }, idle);
  return (
    <form action={action} className="mt-3 space-y-3">
      {state.status === 'error' ? (
        <Alert tone="error" title={t('list.notDeleted')}>
          {state.message}
        </Alert>
      ) : null}
      <input type="hidden" name="entryId" value={entry.id} />
      <p>{t('list.deleteConfirm', { date: entry.dateLabel, duration: durationText(t, entry.minutes) })}</p>
      <Button type="submit" variant="danger" disabled={pending}>
        {t('list.deleteSubmit')}
      </Button>
    </form>
  );
}

/**
 * The month's entries: date, time, places or mode, who served, and in words whether the
 * recipient disputes one or an act froze it. Unfrozen entries of one's own (all of them, for the
 * administrator) open a correction or a confirmed deletion.
 */
export function EntryList({ entries, service, monthLabel, today }: { entries: EntryItem[]; service: JournalService; monthLabel: string; today: string }) {
  const t = useTranslations('journal');
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The deleted entry and its form are gone: focus goes to the message rather than to the page's start.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const deleted = (message: string) => setNotice({ text: message });
  return (
    <section aria-labelledby="entries-heading" className="space-y-3">
      <h2 id="entries-heading" className="text-xl font-semibold">
        {t('list.heading', { month: monthLabel })}
      </h2>
      <div aria-live="polite">
        {notice ? (
          <p ref={noticeRef} tabIndex={-1} className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
            <span aria-hidden="true">✓ </span>
            {notice.text}
          </p>
        ) : null}
      </div>
      {entries.length === 0 ? <p className="text-slate-700">{t('list.empty')}</p> : null}
      <ul className="space-y-3">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded border border-slate-300 bg-white p-4">
            <article aria-labelledby={`e-${entry.id}-title`}>
              <EntrySummary entry={entry} service={service} />
              {entry.dispute ? (
                <p className="mt-2 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-amber-950">
                  {entry.dispute.reason ? t('list.disputed', { reason: entry.dispute.reason }) : t('list.disputedNoReason')}
                </p>
              ) : null}
              {entry.frozen ? (
                <p className="mt-2 rounded border-l-4 border-slate-600 bg-slate-100 p-2 text-slate-900">
                  {t('list.frozen')}
                </p>
              ) : null}
              {entry.canChange ? (
                <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-start">
                  <details className="rounded border border-slate-300 p-2 sm:flex-1">
                    <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800 underline">
                      {t('list.correct')}
                      <span className="sr-only"> {t('list.entryOf', { what: `${entry.dateLabel}, ${entryTimeText(t, entry)}` })}</span>
                    </summary>
                    <CorrectForm entry={entry} service={service} today={today} />
                  </details>
                  <details className="rounded border border-slate-300 p-2 sm:flex-1">
                    <summary className="min-h-11 cursor-pointer content-center font-semibold text-red-800 underline">
                      {t('list.delete')}
                      <span className="sr-only"> {t('list.entryOf', { what: `${entry.dateLabel}, ${entryTimeText(t, entry)}` })}</span>
                    </summary>
                    <DeleteForm entry={entry} onDeleted={deleted} />
                  </details>
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
