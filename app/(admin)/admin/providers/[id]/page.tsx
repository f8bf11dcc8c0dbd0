import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { displayAlmatyDateTime, displayDate } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getRegisteredProvider } from '@/lib/providers/register-queries';
import { providerStanding, signedApplicationOf } from '@/lib/providers/review';
import { x509 } from '@/lib/signatures/x509';
import { ProviderStatusText } from '../status-text';
import { ReviewForm } from './review-forms';

export async function generateMetadata() {
  const t = await getTranslations('adminProviders');
  return { title: t('detailTitle') };
}

const decidedSchema = z.enum(['verify', 'reject', 'suspend', 'reinstate']);

/** What the signer's certificate says, or null when it cannot be read. */
function describeCertificate(der: Uint8Array) {
  try {
    const certificate = new x509.X509Certificate(new Uint8Array(der));
    return { subject: certificate.subject, serialNumber: certificate.serialNumber, notBefore: certificate.notBefore, notAfter: certificate.notAfter };
  } catch {
    return null;
  }
}

export default async function ProviderDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ decided?: string | string[] }>;
}) {
  await requirePageActor('providers.review');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const provider = await getRegisteredProvider(db, id.data);
  if (!provider) notFound();
  const [standing, signed] = await Promise.all([providerStanding(db, provider.id), signedApplicationOf(db, provider.id)]);
  const t = await getTranslations('adminProviders');
  const locale = await pageLocale();
  const decided = decidedSchema.safeParse((await searchParams).decided);
  const certificate = signed ? describeCertificate(signed.certificate) : null;
  const application = standing?.application ?? null;
  const when = (instant: Date) => displayAlmatyDateTime(instant, locale);

  const decisions: { decision: 'verify' | 'reject' | 'suspend' | 'reinstate'; needsReason: boolean }[] = [];
  if (provider.status === 'pending' && signed) decisions.push({ decision: 'verify', needsReason: false });
  if (provider.status === 'pending') decisions.push({ decision: 'reject', needsReason: true });
  if (provider.status === 'verified') decisions.push({ decision: 'suspend', needsReason: true });
  if (provider.status === 'suspended') decisions.push({ decision: 'reinstate', needsReason: false });

  return (
    <div className="space-y-8">
      <PageHeader title={provider.name}>
        <p className="flex flex-wrap items-center gap-2">
          <span>{t('fields.status')}:</span>
          <ProviderStatusText status={provider.status} label={t(`statuses.${provider.status}`)} />
        </p>
      </PageHeader>
      <p>
        <Link href="/admin/providers" className="font-semibold text-brand-800 underline">
          {t('backToRegister')}
        </Link>
      </p>
      {decided.success ? <Alert tone="success" title={t(`decided.${decided.data}`)} /> : null}

      <section aria-labelledby="details-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="details-heading" className="mb-3 text-xl font-semibold">
          {t('detailsHeading')}
        </h2>
        <DefinitionList
          items={[
            { term: t('fields.kind'), value: t(`kinds.${provider.kind}`) },
            provider.bin ? { term: t('fields.bin'), value: <span className="font-mono">{provider.bin}</span> } : { term: t('fields.iin'), value: <span className="font-mono">{provider.iin}</span> },
            { term: t('fields.name'), value: provider.name },
            { term: t('fields.legalAddress'), value: provider.legalAddress },
            { term: t('fields.phone'), value: <a href={`tel:${provider.phone}`} className="text-brand-800 underline">{provider.phone}</a> },
            { term: t('fields.email'), value: <a href={`mailto:${provider.email}`} className="text-brand-800 underline">{provider.email}</a> },
            { term: t('fields.iban'), value: <span className="font-mono">{provider.iban}</span> },
            { term: t('fields.bik'), value: <span className="font-mono">{provider.bik}</span> },
            { term: t('fields.bankName'), value: provider.bankName },
            { term: t('fields.status'), value: t(`statuses.${provider.status}`) },
            ...(provider.statusReason ? [{ term: t('fields.statusReason'), value: provider.statusReason }] : []),
            { term: t('fields.statusChangedAt'), value: provider.statusChangedAt ? when(provider.statusChangedAt) : t('never') },
            { term: t('fields.registered'), value: displayDate(almatyDateOf(provider.createdAt), locale) },
            { term: t('fields.activeItems'), value: String(provider.activeItems) },
          ]}
        />
      </section>

      <section aria-labelledby="regions-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="regions-heading" className="mb-3 text-xl font-semibold">
          {t('regionsHeading')}
        </h2>
        {provider.regions.length === 0 ? (
          <p>{t('noRegions')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {provider.regions.map((r) => (
              <li key={r.kato}>
                {localizedName(r, locale)} <span className="text-slate-700">({t('kato')} <span className="font-mono">{r.kato}</span>)</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="application-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="application-heading" className="mb-3 text-xl font-semibold">
          {t('applicationHeading')}
        </h2>
        {signed ? (
          <div className="space-y-3">
            <p className="font-semibold text-green-900">
              <span aria-hidden="true">✓ </span>
              {t('applicationSigned', { version: signed.version })}
            </p>
            <DefinitionList
              items={[
                { term: t('signerIin'), value: <span className="font-mono">{signed.signerIin}</span> },
                ...(signed.signerBin ? [{ term: t('signerBin'), value: <span className="font-mono">{signed.signerBin}</span> }] : []),
                { term: t('signingTime'), value: when(signed.signingTime) },
                ...(certificate
                  ? [
                      { term: t('certificateSubject'), value: <span className="break-all">{certificate.subject}</span> },
                      { term: t('certificateSerial'), value: <span className="font-mono break-all">{certificate.serialNumber}</span> },
                      { term: t('certificateValidity'), value: t('validity', { from: when(certificate.notBefore), to: when(certificate.notAfter) }) },
                    ]
                  : [{ term: t('certificateSubject'), value: t('certificateUnreadable') }]),
              ]}
            />
            <p>
              <Link href={`/documents/${signed.documentId}`} className="font-semibold text-brand-800 underline">
                {t('openApplication')}
              </Link>
            </p>
          </div>
        ) : application ? (
          <div className="space-y-3">
            <p className="font-semibold text-amber-950">
              <span aria-hidden="true">⚠ </span>
              {t('applicationUnsigned', { version: application.version })}
            </p>
            <p>
              <Link href={`/documents/${application.id}`} className="font-semibold text-brand-800 underline">
                {t('openApplication')}
              </Link>
            </p>
          </div>
        ) : (
          <p>{t('applicationNone')}</p>
        )}
      </section>

      <section aria-labelledby="decisions-heading" className="space-y-4">
        <h2 id="decisions-heading" className="text-xl font-semibold">
          {t('decisionsHeading')}
        </h2>
        {provider.status === 'pending' && !signed ? (
          <Alert tone="info" title={t('verifyUnavailable')} />
        ) : null}
        {decisions.length === 0 ? <p>{t('noDecisions')}</p> : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {decisions.map((d) => (
            <ReviewForm
              key={`${d.decision}-${provider.status}`}
              providerId={provider.id}
              decision={d.decision}
              heading={t(`decisions.${d.decision}.heading`)}
              text={t(`decisions.${d.decision}.text`)}
              needsReason={d.needsReason}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
