'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { parseDurationInput } from '@/lib/journals/duration-input';
import type { JournalService } from '@/lib/journals/rules';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { recordMonthAction, type GridState } from '../actions';
import { durationText } from '@/components/journals/duration-text';
import { FieldError } from '@/components/ui/field-error';

export interface GridDay {
  date: string;
  /** "Tue 3": the row's header. */
  label: string;
  /** "3 Nov 2026": in labels and messages. */
  fullLabel: string;
  /** Why the day takes no entry, in words; null when it does. */
  blocked: string | null;
  /** Minutes this order's journal holds that day. */
  recorded: number;
  /** Minutes the recipient used that day across all providers. */
  used: number;
  /** The day's cap (assistant), null for sign language. */
  cap: number | null;
}

interface Typed {
  duration: string;
  places: string;
  mode: 'offline' | 'online';
}

const idle: GridState = { status: 'idle' };
const blank: Typed = { duration: '', places: '', mode: 'offline' };

/**
 * A month as a grid of days: hours typed per day ("4", "4.5", "4:30"), with places (assistant) or
 * the way it was given (sign language), the allowance left updating as the worker types (the
 * day's 8 hours for the assistant, the year's 60 for sign language, across providers), and one
 * "save all": every day is recorded or none, refusals shown beside their days and listed on top.
 */
export function MonthGrid({ orderId, service, monthLabel, days, yearRemaining, yearCap }: { orderId: string; service: JournalService; monthLabel: string; days: GridDay[]; yearRemaining: number | null; yearCap: number | null }) {
  const t = useTranslations('journal');
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [state, dispatch, pending] = useActionState(async (prev: GridState, form: FormData) => {
    const result = await recordMonthAction(prev, form);
    if (result.status === 'saved') setTyped({});
    return result;
  }, idle);
  const onSubmit = useSubmitWithoutReset(dispatch);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);

  const assistant = service === 'assistant';
  const open = days.filter((d) => d.blocked === null);
  const valueOf = (date: string) => typed[date] ?? blank;
  const set = (date: string, patch: Partial<Typed>) => setTyped((all) => ({ ...all, [date]: { ...(all[date] ?? blank), ...patch } }));
  const minutesOf = (date: string) => {
    const text = valueOf(date).duration;
    return text.trim() === '' ? 0 : (parseDurationInput(text) ?? 0);
  };
  const typedDays = open.filter((d) => minutesOf(d.date) > 0);
  const typedTotal = typedDays.reduce((sum, d) => sum + minutesOf(d.date), 0);
  const yearLeft = yearRemaining === null ? null : yearRemaining - typedTotal;
  const refused = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const refusedDays = days.filter((d) => refused[d.date]);
  const columns = assistant ? 5 : 4;

  return (
    <section aria-labelledby="grid-heading" className="space-y-3">
      <h2 id="grid-heading" className="text-xl font-semibold">
        {t('grid.heading', { month: monthLabel })}
      </h2>
      <p>{assistant ? t('grid.introAssistant') : t('grid.introSign')}</p>
      {open.length === 0 ? (
        <p className="font-semibold">{t('grid.none')}</p>
      ) : null}
      {state.status === 'saved' ? (
        <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          <span aria-hidden="true">✓ </span>
          {state.message}
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {state.message}
          </p>
          {refusedDays.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {refusedDays.map((d) => (
                <li key={d.date}>
                  <a href={`#grid-hours-${d.date}`} className="underline">
                    {d.fullLabel}: {refused[d.date]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form action={dispatch} onSubmit={onSubmit} className="space-y-3" noValidate>
        <input type="hidden" name="orderId" value={orderId} />
        <p id="grid-caption" className="text-sm text-slate-700">
          {t('grid.caption', { month: monthLabel })}
        </p>
        <div role="region" aria-labelledby="grid-caption" tabIndex={0} className="relative overflow-x-auto rounded border border-slate-300 bg-white focus-visible:outline-3 focus-visible:outline-brand-700">
          <table aria-labelledby="grid-caption" className="w-full border-collapse text-left">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-1 py-2 sm:px-2">
                  {t('grid.day')}
                </th>
                <th scope="col" className="px-1 py-2 sm:px-2">
                  {t('grid.recorded')}
                </th>
                <th scope="col" className="px-1 py-2 sm:px-2">
                  {t('grid.hours')}
                </th>
                {assistant ? (
                  <th scope="col" className="px-1 py-2 sm:px-2">
                    {t('grid.left')}
                  </th>
                ) : null}
                <th scope="col" className="px-1 py-2 sm:px-2">
                  {assistant ? t('entry.places') : t('grid.mode')}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => {
                const value = valueOf(d.date);
                const minutes = minutesOf(d.date);
                const unreadable = value.duration.trim() !== '' && parseDurationInput(value.duration) === null;
                const error = refused[d.date];
                const left = d.cap === null ? null : d.cap - d.used - minutes;
                const describedBy = [unreadable ? `grid-unreadable-${d.date}` : null, assistant ? `grid-left-${d.date}` : yearCap !== null ? 'grid-year-left' : null, error ? `grid-error-${d.date}` : null].filter(Boolean).join(' ');
                return [
                  <tr key={d.date} className={`border-t border-slate-300 ${d.blocked ? 'bg-slate-50 text-slate-700' : ''}`}>
                    <th scope="row" className="whitespace-nowrap px-1 py-2 font-semibold sm:px-2">
                      {d.label}
                    </th>
                    <td className="whitespace-nowrap px-1 py-2 sm:px-2">{d.recorded > 0 ? durationText(t, d.recorded) : <>
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">{t('grid.nothingRecorded')}</span>
                        </>}</td>
                    {d.blocked ? (
                      <td colSpan={columns - 2} className="px-1 py-2 text-sm sm:px-2">
                        {d.blocked}
                      </td>
                    ) : (
                      <>
                        <td className="px-1 py-2 align-top sm:px-2">
                          <label htmlFor={`grid-hours-${d.date}`} className="sr-only">
                            {t('grid.hoursFor', { date: d.fullLabel })}
                          </label>
                          <input
                            id={`grid-hours-${d.date}`}
                            name={`duration-${d.date}`}
                            inputMode="decimal"
                            autoComplete="off"
                            value={value.duration}
                            onChange={(e) => set(d.date, { duration: e.target.value })}
                            aria-invalid={error || unreadable ? true : undefined}
                            aria-describedby={describedBy}
                            className={`min-h-11 w-16 rounded border-2 px-2 py-1 ${error || unreadable ? 'border-red-700' : 'border-slate-500'}`}
                          />
                          <FieldError id={`grid-unreadable-${d.date}`} message={unreadable ? t('grid.unreadable') : null} />
                        </td>
                        {assistant ? (
                          <td id={`grid-left-${d.date}`} className="px-1 py-2 align-top sm:px-2">
                            {left === null ? null : left >= 0 ? (
                              t('grid.leftValue', { left: durationText(t, left) })
                            ) : (
                              <span className="font-semibold text-red-800">
                                <span aria-hidden="true">⚠ </span>
                                {t('grid.over', { over: durationText(t, -left) })}
                              </span>
                            )}
                          </td>
                        ) : null}
                        <td className="px-1 py-2 align-top sm:px-2">
                          {assistant ? (
                            <>
                              <label htmlFor={`grid-places-${d.date}`} className="sr-only">
                                {t('grid.placesFor', { date: d.fullLabel })}
                              </label>
                              <input
                                id={`grid-places-${d.date}`}
                                name={`places-${d.date}`}
                                maxLength={1000}
                                value={value.places}
                                onChange={(e) => set(d.date, { places: e.target.value })}
                                className="min-h-11 w-44 rounded border-2 border-slate-500 px-2 py-1"
                              />
                            </>
                          ) : (
                            <>
                              <label htmlFor={`grid-mode-${d.date}`} className="sr-only">
                                {t('grid.modeFor', { date: d.fullLabel })}
                              </label>
                              <select
                                id={`grid-mode-${d.date}`}
                                name={`mode-${d.date}`}
                                value={value.mode}
                                onChange={(e) => set(d.date, { mode: e.target.value === 'online' ? 'online' : 'offline' })}
                                className="min-h-11 rounded border-2 border-slate-500 bg-white px-2 py-1"
                              >
                                <option value="offline">{t('modes.offline')}</option>
                                <option value="online">{t('modes.online')}</option>
                              </select>
                            </>
                          )}
                        </td>
                      </>
                    )}
                  </tr>,
                  error ? (
                    <tr key={`${d.date}-error`}>
                      <td colSpan={columns} className="p-0">
                        <FieldError id={`grid-error-${d.date}`} message={error} className="sticky left-0 max-w-[calc(100vw-3rem)] px-2 pb-2" />
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
          </table>
        </div>
        <div className="space-y-1 rounded border border-slate-300 bg-white p-3" aria-live="polite">
          <p>{t('grid.typedTotal', { duration: durationText(t, typedTotal), days: typedDays.length })}</p>
          {yearLeft !== null && yearCap !== null ? (
            <p id="grid-year-left" className="font-semibold">
              {yearLeft >= 0 ? (
                t('grid.yearLeft', { left: durationText(t, yearLeft), cap: durationText(t, yearCap) })
              ) : (
                <span className="text-red-800">
                  <span aria-hidden="true">⚠ </span>
                  {t('grid.yearOver', { over: durationText(t, -yearLeft), cap: durationText(t, yearCap) })}
                </span>
              )}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending || open.length === 0}>
          {t('grid.save')}
        </Button>
      </form>
    </section>
  );
}
