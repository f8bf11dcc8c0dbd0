import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listDecisionTerms } from '@/lib/orders/decision-terms';
import { TermForm } from './term-form';

export async function generateMetadata() {
  const t = await getTranslations('adminOrderTerms');
  return { title: t('title') };
}

/** How long a provider has to accept or refuse an order, per classifier category, and what happens then. */
export default async function OrderTermsPage() {
  await requirePageActor('orders.terms.manage');
  const t = await getTranslations('adminOrderTerms');
  const tCategory = await getTranslations('adminClassifier.categories');
  const locale = await pageLocale();
  const terms = await listDecisionTerms(getDb());
  const termText = (term: (typeof terms)[number]) =>
    t('termText', { kind: t(`dayKindsCount.${term.dayKind}`, { days: term.days }), onExpiry: t(`onExpiryKinds.${term.onExpiry}`) });
  return (
    <div className="space-y-6">
      <BackLink href="/admin" label={t('backToAdmin')} />
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <section aria-labelledby="terms-why" className="rounded border-l-4 border-sky-700 bg-sky-50 p-4">
        <h2 id="terms-why" className="text-lg font-semibold">
          {t('whyHeading')}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t('whyRegulation')}</li>
          <li>{t('whyPortal')}</li>
          <li>{t('whyPlaced')}</li>
        </ul>
      </section>
      {/* The overview; on narrow screens each category's card below says the same. */}
      <div className="hidden overflow-x-auto md:block" role="region" aria-labelledby="terms-caption" tabIndex={0}>
        <table className="w-full border-collapse bg-white text-left">
          <caption id="terms-caption" className="p-2 text-left font-semibold">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">{t('category')}</th>
              <th scope="col" className="p-2">{t('term')}</th>
              <th scope="col" className="p-2">{t('changed')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.category} className="border-b border-slate-200">
                <th scope="row" className="p-2">
                  <a href={`#term-${term.category}`} className="underline">
                    {tCategory(term.category)}
                  </a>
                </th>
                <td className="p-2">{termText(term)}</td>
                <td className="p-2">{term.updatedAt ? displayAlmatyDateTime(term.updatedAt, locale) : t('default')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-4">
        {terms.map((term) => (
          <li key={term.category}>
            <section id={`term-${term.category}`} aria-labelledby={`term-${term.category}-heading`} className="rounded border border-slate-300 bg-white p-5">
              <h2 id={`term-${term.category}-heading`} className="text-lg font-semibold">
                {tCategory(term.category)}
              </h2>
              <p className="mb-3 text-slate-700">{t('now', { term: termText(term) })}</p>
              <TermForm category={term.category} categoryName={tCategory(term.category)} term={term} />
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}
