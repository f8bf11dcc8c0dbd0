import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { formatInstantAlmaty } from '@/lib/calendar';
import { now } from '@/lib/clock';
import { documentView } from '@/lib/documents/document-view';
import { findDocumentForActor, listDocumentSignatures } from '@/lib/documents/queries';
import { isLocale } from '@/lib/i18n/config';
import { BackLink } from '@/components/ui/back-link';
import { can } from '@/lib/auth/permissions';
import { findOrderForActor } from '@/lib/orders/queries';
import type { UserRole } from '@/db/schema';
import { actDocumentContent, actOfDocument } from '@/lib/acts/page-act';
import { recipientSideSignerOf } from '@/lib/acts/signature-effects';
import { ActDocument } from './act-document';
import { BrowserSigner } from './browser-signer';

/** Where each side reads an act (a worker signs from their home page; administrators have no act page). */
function actPageOf(role: UserRole, actId: string): string | null {
  if (role === 'provider_admin') return `/provider/acts/${actId}`;
  if (role === 'office_officer') return `/office/acts/${actId}`;
  if (role === 'recipient' || role === 'representative') return `/cabinet/acts/${actId}`;
  if (role === 'provider_worker') return '/worker';
  return null;
}

/** Where each side reads its orders. */
function orderPagesOf(role: UserRole): string {
  if (role === 'provider_admin') return '/provider/orders';
  if (role === 'office_officer') return '/office/orders';
  return '/cabinet/orders';
}

export async function generateMetadata() {
  const t = await getTranslations('documents');
  return { title: t('title') };
}

type Localized = { kk?: string; ru?: string; en?: string };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('documents.read');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const document = await findDocumentForActor(db, actor, id.data);
  if (!document) notFound();
  const view = documentView(document, await listDocumentSignatures(db, document.id));
  const t = await getTranslations('documents');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const canonicalText = new TextDecoder().decode(document.canonical);
  const parsed = JSON.parse(canonicalText) as { content: { title?: Localized; text?: Localized; signer?: { name: string; iin: string; bin?: string }; date?: string } };
  const content = parsed.content;
  const mySignature = view.signatures.find((s) => s.signerIin === actor.iin);
  const mySigner = document.requiredSigners.find((s) => s.userId === actor.userId);
  const order = document.subjectType === 'order' && can(actor.role, 'orders.read') ? await findOrderForActor(db, actor, document.subjectId) : null;
  // An act: its content shown as an act, and the recipient's side waits until the provider's side has signed.
  const actContent = actDocumentContent(document);
  const act = await actOfDocument(db, document);
  const actPage = act ? actPageOf(actor.role, act.id) : null;
  const ta = await getTranslations('providerActs');
  const providerSignsFirst = actContent !== null && act?.status === 'draft' && recipientSideSignerOf(document, act.recipientDeceased) === actor.userId;
  const canSign = view.status === 'awaiting_signatures' && mySigner !== undefined && !mySignature && !providerSignsFirst;
  return (
    <div className="space-y-8">
      {order ? <BackLink href={`${orderPagesOf(actor.role)}/${order.id}`} label={t('backToOrder', { number: order.number })} /> : null}
      {act && actPage ? <BackLink href={actPage} label={actor.role === 'provider_worker' ? ta('document.backToWorker') : ta('document.backToAct', { number: act.number })} /> : null}
      <PageHeader title={content.title?.[locale] ?? (actContent ? ta(actContent.goods ? 'document.goodsTitle' : 'document.title', { number: actContent.number }) : t(`kinds.${document.kind}` as 'kinds.esign_agreement'))}>
        {t('versionLine', { version: view.version, status: t(`statuses.${view.status}`) })}
      </PageHeader>
      <section aria-labelledby="content-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="content-heading" className="mb-3 text-xl font-semibold">
          {t('whatYouSign')}
        </h2>
        {content.text ? <p className="mb-4 text-lg">{content.text[locale]}</p> : null}
        {actContent ? (
          <div className="mb-6">
            <ActDocument content={actContent} locale={locale} />
          </div>
        ) : null}
        <DefinitionList
          items={[
            ...(content.signer ? [{ term: t('signer'), value: `${content.signer.name}, ${t('iin')} ${content.signer.iin}${content.signer.bin ? `, ${t('bin')} ${content.signer.bin}` : ''}` }] : []),
            ...(content.date ? [{ term: t('date'), value: content.date }] : []),
            { term: t('digest'), value: <code className="break-all">{view.sha256}</code> },
          ]}
        />
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold text-brand-800">{t('exactBytes')}</summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-3 text-sm">{canonicalText}</pre>
        </details>
      </section>
      <section aria-labelledby="signatures-heading">
        <h2 id="signatures-heading" className="mb-3 text-xl font-semibold">
          {t('signatures')}
        </h2>
        {view.signatures.length === 0 ? <p>{t('noSignatures')}</p> : null}
        <ul className="space-y-3">
          {view.signatures.map((s) => (
            <li key={s.id} className="rounded border border-slate-300 bg-white p-4">
              <p className="font-semibold">
                <span aria-hidden="true">{s.valid ? '✓ ' : '⚠ '}</span>
                {s.valid ? t('signatureValid') : t('signatureInvalid')}
              </p>
              <DefinitionList
                items={[
                  { term: t('certificateSubject'), value: s.certificate?.subject ?? '—' },
                  { term: t('certificateIssuer'), value: s.certificate?.issuer ?? '—' },
                  { term: t('certificateSerial'), value: s.certificate?.serialNumber ?? '—' },
                  { term: t('signingTime'), value: s.signingTime },
                  { term: t('digest'), value: <code className="break-all">{s.documentSha256}</code> },
                ]}
              />
            </li>
          ))}
        </ul>
      </section>
      {providerSignsFirst && !mySignature ? (
        <p className="rounded border-l-4 border-sky-700 bg-sky-50 p-4 text-sky-900" role="note">
          <span aria-hidden="true">ℹ </span>
          {ta('document.providerSignsFirst')}
        </p>
      ) : null}
      {canSign ? (
        <section aria-labelledby="sign-heading" className="rounded border border-slate-300 bg-white p-5">
          <h2 id="sign-heading" className="mb-3 text-xl font-semibold">
            {t('signHeading')}
          </h2>
          <BrowserSigner
            documentId={document.id}
            contentBase64={Buffer.from(document.canonical).toString('base64')}
            serverNow={formatInstantAlmaty(now())}
            signer={mySigner!}
          />
        </section>
      ) : null}
    </div>
  );
}
