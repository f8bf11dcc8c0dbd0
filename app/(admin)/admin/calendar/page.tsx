import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf, dayOfWeek } from '@/lib/calendar';
import { listCalendarDays } from '@/lib/calendar/queries';
import { now } from '@/lib/clock';
import { isLocale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import { AddCalendarDayForm, RemoveCalendarDayButton } from './calendar-forms';

export async function generateMetadata() {
  const t = await getTranslations('calendar');
  return { title: t('title') };
}

const yearSchema = z.coerce.number().int().min(2000).max(2100);

export default async function CalendarAdminPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePageActor('calendar.manage');
  const t = await getTranslations('calendar');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const requested = yearSchema.safeParse((await searchParams).year);
  const year = requested.success ? requested.data : Number(almatyDateOf(now()).slice(0, 4));
  const days = await listCalendarDays(getDb(), `${year}-01-01`, `${year}-12-31`);
  const weekdayNames = t.raw('weekdays') as string[];
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <nav aria-label={t('yearNav')} className="flex items-center gap-4">
        <Link href={`/admin/calendar?year=${year - 1}`} className="font-semibold text-brand-800 underline">
          ← {year - 1}
        </Link>
        <span className="text-xl font-bold" aria-current="page">
          {year}
        </span>
        <Link href={`/admin/calendar?year=${year + 1}`} className="font-semibold text-brand-800 underline">
          {year + 1} →
        </Link>
      </nav>
      <section aria-labelledby="days-heading">
        <h2 id="days-heading" className="mb-2 text-xl font-semibold">
          {t('daysHeading', { year })}
        </h2>
        {days.length === 0 ? (
          <p role="status" className="font-semibold text-amber-900">
            {t('yearEmpty', { year })}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('daysHeading', { year })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">{t('date')}</th>
                  <th scope="col" className="p-2">{t('weekday')}</th>
                  <th scope="col" className="p-2">{t('kind')}</th>
                  <th scope="col" className="p-2">{t('name')}</th>
                  <th scope="col" className="p-2">{t('source')}</th>
                  <th scope="col" className="p-2"><span className="sr-only">{t('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date} className="border-b border-slate-200">
                    <td className="p-2 whitespace-nowrap">{day.date}</td>
                    <td className="p-2">{weekdayNames[dayOfWeek(day.date) - 1]}</td>
                    <td className="p-2">{t(`kinds.${day.kind}`)}</td>
                    <td className="p-2">{localizedName(day, locale)}</td>
                    <td className="p-2">{t(`sources.${day.source}`)}</td>
                    <td className="p-2">
                      <RemoveCalendarDayButton date={day.date} label={t('remove', { date: day.date })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="add-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="add-heading" className="mb-3 text-xl font-semibold">
          {t('addHeading')}
        </h2>
        <AddCalendarDayForm />
      </section>
    </div>
  );
}
