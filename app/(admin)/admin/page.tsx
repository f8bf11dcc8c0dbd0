import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageActor } from '@/lib/auth/access';

export async function generateMetadata() {
  const t = await getTranslations('admin');
  return { title: t('title') };
}

export default async function AdministrationPage() {
  await requirePageActor('cabinet.admin');
  const t = await getTranslations('admin');
  const tTerms = await getTranslations('adminOrderTerms');
  return (
    <div>
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded border border-slate-300 bg-white p-5">
          <h2 className="text-lg font-semibold">
            <Link href="/admin/calendar" className="text-brand-800 underline">
              {t('calendarLink')}
            </Link>
          </h2>
          <p className="text-slate-700">{t('calendarText')}</p>
        </li>
        {(['providers', 'classifier', 'regions'] as const).map((area) => (
          <li key={area} className="rounded border border-slate-300 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/admin/${area}`} className="text-brand-800 underline">
                {t(`${area}Link`)}
              </Link>
            </h2>
            <p className="text-slate-700">{t(`${area}Text`)}</p>
          </li>
        ))}
        <li className="rounded border border-slate-300 bg-white p-5">
          <h2 className="text-lg font-semibold">
            <Link href="/admin/order-terms" className="text-brand-800 underline">
              {tTerms('adminLink')}
            </Link>
          </h2>
          <p className="text-slate-700">{tTerms('adminText')}</p>
        </li>
      </ul>
    </div>
  );
}
