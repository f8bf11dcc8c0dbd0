import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BackLink } from '@/components/ui/back-link';
import { Alert } from '@/components/ui/alert';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { getCsvImport } from '@/lib/entitlements/csv-batches';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { ConfirmImportForm } from './confirm-form';
import { ImportProgress } from './import-progress';

export async function generateMetadata() {
  const t = await getTranslations('iprImport');
  return { title: t('batchTitle') };
}

/** Rows shown on the page; the downloadable report has all of them. */
const SHOWN_ERRORS = 200;

/** One upload: the preview (good and bad rows), then the import's progress and result. */
export default async function IprImportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('entitlements.upload');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const batch = await getCsvImport(getDb(), actor, id.data);
  if (!batch) notFound();
  const t = await getTranslations('iprImport');
  const locale = await pageLocale();
  const good = batch.records.length;
  const shownErrors = batch.rowErrors.slice(0, SHOWN_ERRORS);
  const running = batch.status === 'queued' || batch.status === 'importing';
  return (
    <div className="space-y-6">
      <BackLink href="/office/imports" label={t('title')} />
      <PageHeader title={t('batchTitle')}>{batch.fileName}</PageHeader>
      <DefinitionList
        items={[
          { term: t('uploadedAt'), value: displayAlmatyDateTime(batch.createdAt, locale) },
          { term: t('state'), value: t(`status.${batch.status}`) },
          { term: t('rows'), value: String(batch.totalRows) },
          { term: t('goodRows'), value: String(good) },
          { term: t('badRows'), value: String(batch.rowErrors.length) },
        ]}
      />
      {batch.status === 'previewed' ? (
        <section aria-labelledby="confirm-heading" className="space-y-2">
          <h2 id="confirm-heading" className="text-xl font-semibold">
            {t('nothingWrittenYet')}
          </h2>
          <p>{batch.rowErrors.length > 0 ? t('badRowsStayOut', { count: batch.rowErrors.length }) : t('allGood')}</p>
          {good > 0 ? <ConfirmImportForm batchId={batch.id} good={good} /> : <Alert tone="error" title={t('noGoodRows')} />}
        </section>
      ) : null}
      {batch.status !== 'previewed' ? <ImportProgress processed={batch.processed} total={good} running={running} /> : null}
      {batch.status === 'done' ? (
        <Alert tone="success" title={t('done')}>
          {t('result', { created: batch.created, replaced: batch.replaced, unchanged: batch.unchanged })}
        </Alert>
      ) : null}
      <section aria-labelledby="errors-heading">
        <h2 id="errors-heading" className="text-xl font-semibold">
          {t('errorsHeading', { count: batch.rowErrors.length })}
        </h2>
        {batch.rowErrors.length === 0 ? (
          <p>{t('noErrors')}</p>
        ) : (
          <>
            <p className="my-2">
              <a href={`/office/imports/${batch.id}/errors.csv`} className="font-semibold underline" download>
                {t('downloadReport')}
              </a>
              {batch.rowErrors.length > SHOWN_ERRORS ? ` ${t('firstShown', { count: SHOWN_ERRORS })}` : null}
            </p>
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('errorsHeading', { count: batch.rowErrors.length })}</caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2">{t('line')}</th>
                  <th scope="col" className="p-2">{t('iprNumber')}</th>
                  <th scope="col" className="p-2">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shownErrors.map((row) => (
                  <tr key={row.line} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-normal">{row.line}</th>
                    <td className="p-2">{row.iprNumber ?? '—'}</td>
                    <td className="p-2">
                      <ul>
                        {row.errors.map((e, i) => (
                          <li key={i}>
                            <span className="font-mono text-sm">{e.field}</span>: {translateKey(locale, e.message, e.values)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
