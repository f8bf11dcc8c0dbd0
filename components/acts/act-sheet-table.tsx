import { getTranslations } from 'next-intl/server';
import type { SheetRow } from '@/lib/acts/act-content';
import type { Locale } from '@/lib/i18n/config';
import { displayDate } from '@/lib/i18n/format';
import { formatMinutes } from '@/lib/minutes';

/**
 * The sheet attached to the act as it was signed: the accompaniment sheet of an assistant (App. 9:
 * the places visited) or the sign-language service sheet (App. 10: online or in person), a row per
 * journal entry, with a summary line first.
 */
export async function ActSheetTable({ id, sheet, locale, headingLevel = 2 }: { id: string; sheet: { kind: 'accompaniment' | 'sign_language'; rows: SheetRow[] }; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('providerActs');
  const tj = await getTranslations('journal');
  const minutes = sheet.rows.reduce((sum, row) => sum + row.minutes, 0);
  const days = new Set(sheet.rows.map((row) => row.date)).size;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <Heading id={`${id}-heading`} className={headingLevel === 2 ? 'text-xl font-semibold' : 'text-lg font-semibold'}>
        {t(`sheet.title.${sheet.kind}`)}
      </Heading>
      <p>{t('sheet.summary', { days, hours: formatMinutes(minutes) })}</p>
      <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <caption id={`${id}-caption`} className="p-2 text-left font-semibold">
            {t('sheet.caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400 align-bottom">
              <th scope="col" className="p-2">{t('sheet.date')}</th>
              <th scope="col" className="p-2">{t('sheet.time')}</th>
              <th scope="col" className="p-2 text-right">{t('sheet.hours')}</th>
              <th scope="col" className="p-2">{sheet.kind === 'accompaniment' ? t('sheet.places') : t('sheet.mode')}</th>
              <th scope="col" className="p-2">{t('sheet.worker')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, i) => (
              <tr key={`${row.date}-${i}`} className="border-b border-slate-300 align-top">
                <th scope="row" className="p-2 font-normal whitespace-nowrap">{displayDate(row.date, locale)}</th>
                <td className="p-2 whitespace-nowrap">{row.start && row.end ? `${row.start}–${row.end}` : '—'}</td>
                <td className="p-2 text-right tabular-nums">{row.hours}</td>
                <td className="p-2">{sheet.kind === 'accompaniment' ? (row.places ?? '—') : row.mode ? tj(`modes.${row.mode}`) : '—'}</td>
                <td className="p-2">{row.worker}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
