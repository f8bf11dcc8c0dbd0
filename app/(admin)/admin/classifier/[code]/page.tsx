import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { getClassifierEntry, guaranteedSumHistory } from '@/lib/classifier/queries';
import { classifierCodeField } from '@/lib/classifier/schemas';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayDate, displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { NamesForm } from '../../names-form';
import { renameClassifierEntryAction } from '../actions';
import { AddSumForm } from './sum-form';

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const t = await getTranslations('adminClassifier');
  const code = classifierCodeField().safeParse((await params).code);
  return { title: code.success ? t('entryTitle', { code: code.data }) : t('title') };
}

export default async function ClassifierEntryPage({ params }: { params: Promise<{ code: string }> }) {
  await requirePageActor('classifier.manage');
  const code = classifierCodeField().safeParse((await params).code);
  if (!code.success) notFound();
  const db = getDb();
  const today = almatyDateOf(now());
  const entry = await getClassifierEntry(db, code.data, today);
  if (!entry) notFound();
  const history = await guaranteedSumHistory(db, entry.code);
  const t = await getTranslations('adminClassifier');
  const locale = await pageLocale();
  // History is newest first: the first sum that started by today is the one in force.
  const inForceId = history.find((h) => h.validFrom <= today)?.id;
  const stateOf = (h: (typeof history)[number]) => (h.id === inForceId ? 'inForce' : h.validFrom > today ? 'scheduled' : 'superseded');
  return (
    <div className="space-y-8">
      <PageHeader title={t('entryTitle', { code: entry.code })}>{localizedName(entry, locale)}</PageHeader>
      <p>
        <Link href="/admin/classifier" className="font-semibold text-brand-800 underline">
          {t('backToList')}
        </Link>
      </p>
      <section aria-labelledby="entry-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="entry-heading" className="mb-3 text-xl font-semibold">
          {t('entryHeading')}
        </h2>
        <DefinitionList
          items={[
            { term: t('code'), value: <span className="font-mono">{entry.code}</span> },
            { term: t('category'), value: t(`categories.${entry.category}`) },
            { term: t('kind'), value: t(`kinds.${entry.kind}`) },
            { term: t('unit'), value: t(`units.${entry.unit}`) },
            {
              term: t('sumInForce'),
              value: entry.guaranteedSum && entry.guaranteedSumFrom ? t('sumSince', { amount: displayTenge(entry.guaranteedSum, locale), date: displayDate(entry.guaranteedSumFrom, locale) }) : t('noSum'),
            },
          ]}
        />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-xl font-semibold">
          {t('historyHeading')}
        </h2>
        {history.length === 0 ? (
          <p>{t('historyEmpty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('historyCaption', { code: entry.code })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">{t('validFrom')}</th>
                  <th scope="col" className="p-2 text-right">{t('amountColumn')}</th>
                  <th scope="col" className="p-2">{t('state')}</th>
                  <th scope="col" className="p-2">{t('addedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => {
                  const state = stateOf(h);
                  return (
                    <tr key={h.id} className={`border-b border-slate-200 ${state === 'inForce' ? 'bg-green-50' : ''}`}>
                      <th scope="row" className="p-2 font-normal whitespace-nowrap">
                        <time dateTime={h.validFrom}>{displayDate(h.validFrom, locale)}</time>
                      </th>
                      <td className="p-2 text-right whitespace-nowrap">{displayTenge(h.amount, locale)}</td>
                      <td className="p-2">
                        <span className={state === 'inForce' ? 'font-semibold' : ''}>
                          <span aria-hidden="true">{state === 'inForce' ? '✓ ' : state === 'scheduled' ? '→ ' : ''}</span>
                          {t(`states.${state}`)}
                        </span>
                      </td>
                      <td className="p-2 whitespace-nowrap">{displayAlmatyDateTime(h.createdAt, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="sum-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="sum-heading" className="mb-1 text-xl font-semibold">
          {t('sumHeading')}
        </h2>
        <p className="mb-4 text-slate-700">{t('sumText')}</p>
        <AddSumForm code={entry.code} today={today} />
      </section>

      <section aria-labelledby="names-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="names-heading" className="mb-3 text-xl font-semibold">
          {t('namesHeading')}
        </h2>
        <NamesForm
          action={renameClassifierEntryAction}
          keyField={{ name: 'code', value: entry.code }}
          initial={{ nameKk: entry.nameKk, nameRu: entry.nameRu, nameEn: entry.nameEn }}
          idPrefix="entry"
          labels={{ nameKk: t('nameKk'), nameRu: t('nameRu'), nameEn: t('nameEn'), submit: t('saveNames'), saved: t('namesSaved'), notSaved: t('namesNotSaved') }}
        />
      </section>
    </div>
  );
}
