import { useTranslations } from 'next-intl';
import type { JournalService } from '@/lib/journals/rules';
import { entryTimeText } from './duration-text';

export interface EntrySummaryItem {
  id: string;
  dateLabel: string;
  start: string | null;
  end: string | null;
  minutes: number;
  places: string | null;
  mode: 'online' | 'offline' | null;
  workerName: string | null;
}

/**
 * What an entry says, the same for everyone who reads it: the day and time as its heading, then
 * the places visited (assistant) or how the service was given (sign language), and who served.
 * Renders on the server (the recipient's and office's lists) and in the browser (the provider's).
 */
export function EntrySummary({ entry, service }: { entry: EntrySummaryItem; service: JournalService }) {
  const t = useTranslations('journal');
  return (
    <>
      <h3 id={`e-${entry.id}-title`} className="font-semibold">
        {entry.dateLabel} — {entryTimeText(t, entry)}
      </h3>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-slate-800">
        {service === 'assistant' ? (
          <>
            <dt className="font-semibold">{t('entry.places')}</dt>
            <dd>{entry.places ?? t('list.noPlaces')}</dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">{t('entry.mode')}</dt>
            <dd>{entry.mode ? t(`modes.${entry.mode}`) : '—'}</dd>
          </>
        )}
        <dt className="font-semibold">{t('list.worker')}</dt>
        <dd>{entry.workerName}</dd>
      </dl>
    </>
  );
}
