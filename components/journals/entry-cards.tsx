import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime, displayDate } from '@/lib/i18n/format';
import type { JournalEntryView } from '@/lib/journals/entry-view';
import { durationText } from './duration-text';

/**
 * A month's journal entries as cards (they read on a phone as well as on a desk): the day, the
 * time, places or mode, who served, and whether the recipient disputes it or an act holds it, in
 * words. `actions` adds what the reader may do with an entry (the recipient's dispute).
 */
export async function EntryCards({ entries, heading, locale, actions }: { entries: JournalEntryView[]; heading: string; locale: Locale; actions?: (entry: JournalEntryView) => ReactNode }) {
  const t = await getTranslations('journal');
  return (
    <section aria-labelledby="entries-heading" className="space-y-3">
      <h2 id="entries-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {entries.length === 0 ? <p>{t('list.empty')}</p> : null}
      <ul className="space-y-3">
        {entries.map((entry) => {
          const duration = durationText(t, entry.minutes);
          return (
            <li key={entry.id} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">
                {displayDate(entry.date, locale)}: {entry.start && entry.end ? t('list.range', { start: entry.start, end: entry.end, duration }) : duration}
              </h3>
              <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                {entry.service === 'assistant' ? (
                  <>
                    <dt className="font-semibold">{t('entry.places')}</dt>
                    <dd>{entry.places ?? t('list.noPlaces')}</dd>
                  </>
                ) : (
                  <>
                    <dt className="font-semibold">{t('entry.mode')}</dt>
                    <dd>{entry.mode ? t(`modes.${entry.mode}`) : ''}</dd>
                  </>
                )}
                <dt className="font-semibold">{t('list.worker')}</dt>
                <dd>{entry.workerName}</dd>
              </dl>
              {entry.dispute?.status === 'open' ? (
                <p className="mt-2 font-semibold">
                  <span aria-hidden="true">⚑ </span>
                  {t('cards.disputedOn', { at: displayAlmatyDateTime(new Date(entry.dispute.at), locale), reason: entry.dispute.reason ?? '' })}
                </p>
              ) : null}
              {entry.dispute && entry.dispute.status !== 'open' ? <p className="mt-2">{t(`cards.dispute_${entry.dispute.status}`)}</p> : null}
              {entry.frozen ? (
                <p className="mt-2">
                  <span aria-hidden="true">🔒 </span>
                  {t('list.frozen')}
                </p>
              ) : null}
              {actions ? <div className="mt-3">{actions(entry)}</div> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
