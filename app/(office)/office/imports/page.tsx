import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { listCsvImports } from '@/lib/entitlements/csv-batches';
import { CSV_COLUMNS } from '@/lib/entitlements/csv-records';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { UploadForm } from './upload-form';

export async function generateMetadata() {
  const t = await getTranslations('iprImport');
  return { title: t('title') };
}

/** The officer's IPR uploads: a new file to check, and the earlier ones with their state. */
export default async function IprImportsPage() {
  const actor = await requirePageActor('entitlements.upload');
  const t = await getTranslations('iprImport');
  const locale = await pageLocale();
  const batches = await listCsvImports(getDb(), actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <UploadForm />
      <section aria-labelledby="format-heading">
        <h2 id="format-heading" className="text-xl font-semibold">
          {t('format')}
        </h2>
        <p>{t('formatIntro')}</p>
        <p className="mt-2 font-mono text-sm break-all">{CSV_COLUMNS.join(';')}</p>
        <p className="mt-2">{t('measuresFormat')}</p>
        <p className="mt-1 font-mono text-sm">WC-04=1 | SRV-ASSISTANT=8/day | SRV-SIGN-LANGUAGE=60/year</p>
      </section>
      <section aria-labelledby="uploads-heading">
        <h2 id="uploads-heading" className="text-xl font-semibold">
          {t('uploads')}
        </h2>
        {batches.length === 0 ? (
          <p className="text-slate-700">{t('noUploads')}</p>
        ) : (
          <table className="mt-2 w-full border-collapse bg-white text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">{t('fileName')}</th>
                <th scope="col" className="p-2">{t('uploadedAt')}</th>
                <th scope="col" className="p-2">{t('rows')}</th>
                <th scope="col" className="p-2">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <Link href={`/office/imports/${b.id}`} className="underline">
                      {b.fileName}
                    </Link>
                  </td>
                  <td className="p-2">{displayAlmatyDateTime(b.createdAt, locale)}</td>
                  <td className="p-2">{b.totalRows}</td>
                  <td className="p-2">{t(`status.${b.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
