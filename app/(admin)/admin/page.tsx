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
  const tBudgets = await getTranslations('adminBudgets');
  const areas = [
    { href: '/admin/calendar', link: t('calendarLink'), text: t('calendarText') },
    ...(['providers', 'classifier', 'regions'] as const).map((area) => ({ href: `/admin/${area}`, link: t(`${area}Link`), text: t(`${area}Text`) })),
    { href: '/admin/order-terms', link: tTerms('adminLink'), text: tTerms('adminText') },
    { href: '/admin/budgets', link: tBudgets('adminLink'), text: tBudgets('adminText') },
  ];
  return (
    <div>
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <ul className="grid gap-4 sm:grid-cols-2">
        {areas.map((area) => (
          <li key={area.href} className="rounded border border-slate-300 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={area.href} className="text-brand-800 underline">
                {area.link}
              </Link>
            </h2>
            <p className="text-slate-700">{area.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
