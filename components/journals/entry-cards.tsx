import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime, displayDate } from '@/lib/i18n/format';
import type { JournalEntryView } from '@/lib/journals/entry-view';
import { EntrySummary } from './entry-summary';

/**
 * A month's journal entries as cards (they read on a phone as well as on a desk): the day, the
 * time, places or mode, who served, and whether the recipient disputes it or an act holds it, in
 * words, as its reader would say it. `actions` adds what the reader may do with an entry (the recipient's dispute).
 */
export async function EntryCards({
  entries,
  heading,
  locale,
  recipientSide,
  actions,
}: {
  entries: JournalEntryView[];
  heading: string;
  locale: Locale;
  /** The recipient's own journal ("you disputed it"), or someone else reading it (the office). */
  recipientSide: boolean;
  actions?: (entry: JournalEntryView) => ReactNode;
}) {
  const t = await getTranslations('journal');
  return (
    <section aria-labelledby="entries-heading" className="space-y-3">
      <h2 id="entries-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {entries.length === 0 ? <p>{t('list.empty')}</p> : null}
      <ul className="space-y-3">
        {entries.map((entry) => (
            <li key={entry.id} className="rounded border border-slate-300 bg-white p-4">
              <EntrySummary entry={{ ...entry, dateLabel: displayDate(entry.date, locale) }} service={entry.service} />
              {entry.dispute?.status === 'open' ? (
                <p className="mt-2 font-semibold">
                  <span aria-hidden="true">⚑ </span>
                  {recipientSide
                    ? t('cards.disputedOn', { at: displayAlmatyDateTime(new Date(entry.dispute.at), locale), reason: entry.dispute.reason ?? '' })
                    : t('list.disputed', { reason: entry.dispute.reason ?? '' })}
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
        ))}
      </ul>
    </section>
  );
}
