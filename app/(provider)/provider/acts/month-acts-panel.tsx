'use client';

import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { MonthActsView } from '@/lib/acts/month-acts-view';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { startMonthActsAction } from './actions';

const idle: ActionState = { status: 'idle' };

/**
 * "Form all acts of a month": the month and a button that starts the month-end batch as a job,
 * then its progress — a native progress bar and the same figures in words in a polite live
 * region, the skipped orders with their reasons in a table. While the batch runs the page is
 * re-read every two seconds; the server says when it stopped without finishing (stale), which
 * ends the re-reading and frees the button. The server refuses a second batch while one runs, so
 * the disabled button is only a hint.
 */
export function MonthActsPanel({ months, defaultMonth, view }: { months: { value: string; label: string }[]; defaultMonth: string; view: MonthActsView | null }) {
  const t = useTranslations('providerActs.batch');
  const router = useRouter();
  const [state, action, pending] = useActionState(startMonthActsAction, idle);
  const onSubmit = useSubmitWithoutReset(action);
  const running = view?.state === 'queued' || view?.state === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  const figures = view ? { month: view.month, orders: view.orders ?? 0, judged: view.judged, formed: view.formed, skipped: view.skipped } : null;
  return (
    <section aria-labelledby="month-acts-heading" className="space-y-4 rounded border border-slate-300 bg-white p-5">
      <h2 id="month-acts-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-slate-700">{t('intro')}</p>
      <form action={action} onSubmit={onSubmit} noValidate className="space-y-4">
        {state.status === 'error' ? (
          <Alert tone="error" title={t('notStarted')}>
            {state.message}
          </Alert>
        ) : null}
        <SelectField id="month-acts-period" name="period" label={t('month')} hint={t('monthHint')} options={months} value={echoed(state, 'period', defaultMonth)} error={state.fieldErrors?.period} />
        <Button type="submit" disabled={pending || running}>
          {pending ? t('starting') : t('submit')}
        </Button>
      </form>
      {view && figures ? (
        <div className="space-y-3 border-t border-slate-300 pt-4">
          <h3 className="text-lg font-semibold">{t('progressHeading', { month: view.month })}</h3>
          <label htmlFor="month-acts-progress" className="block font-semibold">
            {t('progressLabel')}
          </label>
          <progress id="month-acts-progress" max={Math.max(figures.orders, 1)} value={view.state === 'done' ? Math.max(figures.orders, 1) : figures.judged} className="block h-4 w-full max-w-xl" />
          <p role="status" aria-live="polite" aria-atomic="true">
            {view.state === 'queued' ? t('queued') : view.state === 'running' ? t('running', figures) : view.state === 'done' ? t('done', figures) : view.stale ? t('stale', figures) : t('failed', figures)}
          </p>
          {running ? <noscript>{t('reload')}</noscript> : null}
          {view.skippedRows.length > 0 ? (
            <div className="overflow-x-auto rounded border border-slate-300" role="region" aria-labelledby="month-acts-skipped" tabIndex={0}>
              <table className="w-full border-collapse text-left">
                <caption id="month-acts-skipped" className="p-2 text-left font-semibold">
                  {t('skippedCaption')}
                </caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">
                      {t('order')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('reason')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.skippedRows.map((row) => (
                    <tr key={row.order} className="border-b border-slate-300 align-top">
                      <th scope="row" className="p-2 font-normal break-all">
                        {row.order}
                      </th>
                      <td className="p-2">{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {view.skipped > view.skippedRows.length ? <p>{t('moreSkipped', { count: view.skipped - view.skippedRows.length, shown: view.skippedRows.length })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
