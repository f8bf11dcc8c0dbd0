import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayMonth } from '@/lib/i18n/format';
import type { JournalMonth } from '@/lib/journals/journal-month';


/** Previous and next month of a journal, as links to `${basePath}?month=…`; none before `firstMonth` or after the current month. */
export async function MonthNav({ basePath, shown, firstMonth, locale }: { basePath: string; shown: JournalMonth; firstMonth: string; locale: Locale }) {
  const t = await getTranslations('journal');
  return (
    <nav aria-label={t('month.nav')} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white p-3">
      {shown.month > firstMonth ? (
        <Link href={`${basePath}?month=${shown.previous}`} className="inline-flex min-h-11 items-center underline" aria-label={t('month.previous', { month: displayMonth(shown.previous, locale) })}>
          <span aria-hidden="true">←&nbsp;</span>
          {displayMonth(shown.previous, locale)}
        </Link>
      ) : (
        <span />
      )}
      <h2 className="text-xl font-semibold">{displayMonth(shown.month, locale)}</h2>
      {shown.hasNext ? (
        <Link href={`${basePath}?month=${shown.next}`} className="inline-flex min-h-11 items-center underline" aria-label={t('month.next', { month: displayMonth(shown.next, locale) })}>
          {displayMonth(shown.next, locale)}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
