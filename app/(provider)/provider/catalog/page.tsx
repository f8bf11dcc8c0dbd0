import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { listProviderItems } from '@/lib/catalog/queries';
import { now } from '@/lib/clock';
import { displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('catalogTitle') };
}

export default async function ProviderCatalogPage({ searchParams }: { searchParams: Promise<{ withdrawn?: string }> }) {
  const actor = await requirePageActor('catalog.manage');
  const t = await getTranslations('providerCabinet');
  const locale = await pageLocale();
  const items = actor.providerId ? await listProviderItems(getDb(), actor.providerId, almatyDateOf(now())) : [];
  const { withdrawn } = await searchParams;
  return (
    <div>
      <BackLink href="/provider" label={t('backToCabinet')} />
      <PageHeader title={t('catalogTitle')}>{t('catalogIntro')}</PageHeader>
      {withdrawn ? <Alert tone="success" title={t('itemWithdrawn')} /> : null}
      <p className="my-4">
        <Link href="/provider/catalog/new" className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white">
          {t('newItem')}
        </Link>
      </p>
      {items.length === 0 ? (
        <p>{t('catalogEmpty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('catalogTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('itemName')}</th>
                <th scope="col" className="p-2">{t('classifierEntry')}</th>
                <th scope="col" className="p-2">{t('itemPrice')}</th>
                <th scope="col" className="p-2">{t('guaranteedSum')}</th>
                <th scope="col" className="p-2">{t('coPayment')}</th>
                <th scope="col" className="p-2">{t('itemStock')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/provider/catalog/${item.id}`} className="underline">
                      {item.name}
                    </Link>
                  </th>
                  <td className="p-2">{localizedName(item.classifierName, locale)} ({item.code})</td>
                  <td className="p-2">{displayTenge(item.price, locale)}</td>
                  <td className="p-2">{item.guaranteedSum ? displayTenge(item.guaranteedSum, locale) : '—'}</td>
                  <td className="p-2">{item.coPayment === '0.00' ? t('none') : displayTenge(item.coPayment, locale)}</td>
                  <td className="p-2">{item.stock ?? t('service')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
