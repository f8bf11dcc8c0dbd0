import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listBudgetAllocations, listBudgetSummaries } from '@/lib/ledger/budget-summary';
import { BudgetForm } from './budget-form';

export async function generateMetadata() {
  const t = await getTranslations('adminBudgets');
  return { title: t('title') };
}

/**
 * Employment offices' budgets: per year (this and the next), each office's allocated, spent on
 * approved acts, paid and left, from the ledger; the form to allocate or reduce one (checked,
 * then confirmed with the amount in figures and in words); and the history of allocations.
 */
export default async function BudgetsPage() {
  const actor = await requirePageActor('budgets.allocate');
  const t = await getTranslations('adminBudgets');
  const locale = await pageLocale();
  const thisYear = Number(almatyDateOf(now()).slice(0, 4));
  const years = [thisYear, thisYear + 1];
  const db = getDb();
  const [table, history] = await Promise.all([listBudgetSummaries(db, actor, years), listBudgetAllocations(db, actor)]);
  const officeName = new Map(table.map((row) => [row.office.id, localizedName(row.office, locale)]));
  const money = (amount: string) => displayTenge(amount, locale);
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/admin" label={t('backToAdmin')} />
        <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      </div>

      {years.map((year, i) => (
        <section key={year} aria-labelledby={`budgets-${year}`}>
          <h2 id={`budgets-${year}`} className="mb-2 text-xl font-semibold">
            {t('caption', { year })}
          </h2>
          <div className="overflow-x-auto" role="region" aria-label={t('tableRegion', { year })} tabIndex={0}>
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('caption', { year })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">{t('office')}</th>
                  <th scope="col" className="p-2 text-right">{t('allocated')}</th>
                  <th scope="col" className="p-2 text-right">{t('spent')}</th>
                  <th scope="col" className="p-2 text-right">{t('paid')}</th>
                  <th scope="col" className="p-2 text-right">{t('left')}</th>
                </tr>
              </thead>
              <tbody>
                {table.map(({ office, years: summaries }) => {
                  const s = summaries[i]!;
                  return (
                    <tr key={office.id} className="border-b border-slate-200" data-office={office.id}>
                      <th scope="row" className="p-2 font-semibold">{officeName.get(office.id)}</th>
                      <td className="p-2 text-right whitespace-nowrap">{money(s.allocated)}</td>
                      <td className="p-2 text-right whitespace-nowrap">{money(s.spent)}</td>
                      <td className="p-2 text-right whitespace-nowrap">{money(s.paid)}</td>
                      <td className="p-2 text-right whitespace-nowrap font-semibold">{money(s.left)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <section aria-labelledby="allocate-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="allocate-heading" className="mb-3 text-xl font-semibold">
          {t('formHeading')}
        </h2>
        <BudgetForm
          offices={table.map((row) => ({
            id: row.office.id,
            name: officeName.get(row.office.id)!,
            years: Object.fromEntries(row.years.map((s) => [s.year, { allocated: money(s.allocated), left: money(s.left) }])),
          }))}
          years={years}
        />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-xl font-semibold">
          {t('historyHeading')}
        </h2>
        {history.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="history-caption" tabIndex={0}>
            <table className="w-full border-collapse bg-white text-left">
              <caption id="history-caption" className="p-2 text-left font-semibold">
                {t('historyCaption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">{t('when')}</th>
                  <th scope="col" className="p-2">{t('office')}</th>
                  <th scope="col" className="p-2">{t('year')}</th>
                  <th scope="col" className="p-2 text-right">{t('historyAmount')}</th>
                  <th scope="col" className="p-2">{t('basis')}</th>
                  <th scope="col" className="p-2">{t('who')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((a) => (
                  <tr key={a.allocationId} className="border-b border-slate-200">
                    <td className="p-2 whitespace-nowrap">{displayAlmatyDateTime(new Date(a.at), locale)}</td>
                    <td className="p-2">{officeName.get(a.officeId)}</td>
                    <td className="p-2">{a.year}</td>
                    <td className="p-2 text-right whitespace-nowrap">
                      {a.operation === 'reduce' ? `−${money(a.amount)} (${t('reduction')})` : money(a.amount)}
                    </td>
                    <td className="p-2 break-words">{a.basis}</td>
                    <td className="p-2">{a.by ?? t('system')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
