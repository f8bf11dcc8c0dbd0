import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayDate } from '@/lib/i18n/format';
import type { Allowance, JournalBalances } from '@/lib/journals/balances';
import { durationText } from './duration-text';

type T = Awaited<ReturnType<typeof getTranslations<'journal'>>>;

function AllowanceRow({ t, label, allowance }: { t: T; label: string; allowance: Allowance }) {
  return (
    <tr className="border-t border-slate-300">
      <th scope="row" className="py-2 pr-3 text-left font-semibold">
        {label}
      </th>
      <td className="whitespace-nowrap py-2 pr-3 font-semibold">{durationText(t, allowance.remaining)}</td>
      <td className="whitespace-nowrap py-2 pr-3">{durationText(t, allowance.used)}</td>
      <td className="whitespace-nowrap py-2">{allowance.cap === null ? t('balances.noCap') : durationText(t, allowance.cap)}</td>
    </tr>
  );
}

/**
 * Left, used and limit for a recipient's service on a day, in its month and its year, across all
 * providers: the same table for the worker, the provider, the recipient and the office. What is
 * left comes first: on a phone the table is wider than the screen, and that is the figure a
 * person opens it for.
 */
export async function BalancesTable({ balances, monthLabel, locale }: { balances: JournalBalances; monthLabel: string; locale: Locale }) {
  const t = await getTranslations('journal');
  const onDate = displayDate(balances.date, locale);
  return (
    <section aria-labelledby="balances-heading" className="space-y-2 rounded border border-slate-300 bg-white p-4">
      <h2 id="balances-heading" className="text-xl font-semibold">
        {t('balances.heading', { date: onDate })}
      </h2>
      <p>{balances.service === 'assistant' ? t('balances.assistantRule') : t('balances.signRule')}</p>
      {!balances.entitled ? <p className="font-semibold">{t('balances.notEntitled', { date: onDate })}</p> : null}
      {/* On a phone the table scrolls inside its own focusable region, so the page never runs wider than the screen. */}
      <div role="region" aria-label={t('balances.scrollRegion')} tabIndex={0} className="relative overflow-x-auto">
        <table aria-labelledby="balances-heading" className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">
                <span className="sr-only">{t('balances.period')}</span>
              </th>
              <th scope="col" className="py-1 pr-3">
                {t('balances.remaining')}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t('balances.used')}
              </th>
              <th scope="col" className="py-1">
                {t('balances.cap')}
              </th>
            </tr>
          </thead>
          <tbody>
            <AllowanceRow t={t} label={t('balances.day', { date: onDate })} allowance={balances.day} />
            <AllowanceRow t={t} label={t('balances.month', { month: monthLabel })} allowance={balances.month} />
            <AllowanceRow t={t} label={t('balances.year', { year: balances.year.year })} allowance={balances.year} />
          </tbody>
        </table>
      </div>
    </section>
  );
}
