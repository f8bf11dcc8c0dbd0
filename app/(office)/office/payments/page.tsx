import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { officeBudgetOfYear, officeRegistries, officeUnpaidActs } from '@/lib/payments/page-office-payments';
import { MarkPaidForm, UnpaidActsForm } from './payment-forms';

export async function generateMetadata() {
  const t = await getTranslations('officePayments');
  return { title: t('title') };
}

/**
 * The office's payments: the year's budget from the ledger (allocated, spent by approvals, paid, left),
 * the approved acts not yet in a registry with "form a payment registry" (of the chosen acts or of
 * all), and the registries with their treasury file (CSV), "mark paid" behind a confirmation, and
 * what became of their acts.
 */
export default async function OfficePaymentsPage() {
  const actor = await requirePageActor('payments.manage');
  const t = await getTranslations('officePayments');
  const ta = await getTranslations('officeActs');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const year = Number(almatyDateOf(now()).slice(0, 4));
  const db = getDb();
  const [budget, unpaid, registries] = await Promise.all([officeBudgetOfYear(db, actor, year), officeUnpaidActs(db, actor), officeRegistries(db, actor)]);
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/office" label={t('backToOffice')} />
        <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      </div>

      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading" className="mb-3 text-xl font-semibold">
          {t('budget.heading', { year })}
        </h2>
        {budget ? (
          <DefinitionList
            items={[
              { term: t('budget.allocated'), value: displayTenge(budget.allocated, locale) },
              { term: t('budget.spent'), value: displayTenge(budget.spent, locale) },
              { term: t('budget.paid'), value: displayTenge(budget.paid, locale) },
              { term: t('budget.left'), value: <strong>{displayTenge(budget.left, locale)}</strong> },
            ]}
          />
        ) : (
          <p>{t('budget.none', { year })}</p>
        )}
        <p className="mt-2 text-sm text-slate-700">{t('budget.explained')}</p>
      </section>

      <section aria-labelledby="unpaid-heading">
        <h2 id="unpaid-heading" className="mb-3 text-xl font-semibold">
          {t('unpaid.heading')}
        </h2>
        <UnpaidActsForm
          count={unpaid.count}
          total={displayTenge(unpaid.total, locale)}
          shownAll={unpaid.shownAll}
          items={unpaid.items.map((a) => ({
            id: a.id,
            number: a.number,
            providerName: a.providerName,
            recipientName: a.recipientName,
            service: tj(`services.${a.service}`),
            period: displayMonth(a.period, locale),
            amount: displayTenge(a.reimbursed, locale),
            approvedAt: displayAlmatyDateTime(a.approvedAt, locale),
          }))}
        />
      </section>

      <section aria-labelledby="registries-heading">
        <h2 id="registries-heading" className="mb-3 text-xl font-semibold">
          {t('registries.heading')}
        </h2>
        {registries.length === 0 ? <p>{t('registries.none')}</p> : null}
        <ul className="space-y-4">
          {registries.map((r) => (
            <li key={r.id} className="rounded border border-slate-300 bg-white p-4">
              <article aria-labelledby={`registry-${r.id}`} className="space-y-3">
                <h3 id={`registry-${r.id}`} className="text-lg font-semibold">
                  {t('registries.registry', { number: r.number })}
                </h3>
                <DefinitionList
                  items={[
                    {
                      term: t('registries.status'),
                      value:
                        r.status === 'paid' ? (
                          <span className="font-semibold text-green-900">
                            <span aria-hidden="true">✓ </span>
                            {t('registries.paidOn', { date: r.paidAt ? displayAlmatyDateTime(r.paidAt, locale) : '—' })}
                          </span>
                        ) : (
                          <span className="font-semibold">{t('registries.formed')}</span>
                        ),
                    },
                    { term: t('registries.formedAt'), value: displayAlmatyDateTime(r.formedAt, locale) },
                    { term: t('registries.acts'), value: String(r.actCount) },
                    { term: t('registries.total'), value: displayTenge(r.total, locale) },
                  ]}
                />
                <p>
                  <a href={`/api/v1/payment-registries/${r.id}/csv`} className="font-semibold underline" download>
                    {t('registries.download', { number: r.number })}
                  </a>
                </p>
                <details>
                  <summary className="cursor-pointer py-2 underline">{t('registries.actsOf', { count: r.acts.length })}</summary>
                  <ul className="mt-2 space-y-1 pl-2">
                    {r.acts.map((a) => (
                      <li key={a.actId}>
                        <Link href={`/office/acts/${a.actId}`} className="underline break-all">
                          {a.number}
                        </Link>{' '}
                        · {a.providerName} · {displayTenge(a.amount, locale)} · {ta(`status.${a.status}`)}
                      </li>
                    ))}
                  </ul>
                </details>
                <MarkPaidForm registryId={r.id} number={r.number} total={displayTenge(r.total, locale)} count={r.actCount} paid={r.status === 'paid'} />
              </article>
            </li>
          ))}
        </ul>
      </section>

      <p>
        <Link href="/office/acts" className="underline">
          {t('toActs')}
        </Link>
      </p>
    </div>
  );
}
