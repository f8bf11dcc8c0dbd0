import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { getCatalogItem, photoIdsOf, priceHistory } from '@/lib/catalog/queries';
import { listClassifier } from '@/lib/classifier/queries';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { ItemForm } from '../item-form';
import { AddPhotoForm, RemovePhotoButton, WithdrawItemForm } from './item-actions';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('editItem') };
}

export default async function CatalogItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePageActor('catalog.manage');
  const t = await getTranslations('providerCabinet');
  const locale = await pageLocale();
  const db = getDb();
  const today = almatyDateOf(now());
  const id = z.uuid().safeParse((await params).id);
  const found = id.success ? await getCatalogItem(db, id.data, today) : null;
  // Another provider's item is not found, whatever its id: ownership is the check, not the URL.
  if (!found || found.item.providerId !== actor.providerId || found.item.status !== 'active') notFound();
  const { item, view } = found;
  const [classifier, history, photos] = await Promise.all([listClassifier(db, today), priceHistory(db, item.id), photoIdsOf(db, [item.id])]);
  const options = classifier.map((c) => ({ code: c.code, name: localizedName(c, locale), kind: c.kind, guaranteedSum: c.guaranteedSum }));
  const { saved } = await searchParams;
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/provider/catalog" label={t('backToCatalog')} />
        <PageHeader title={item.name}>
          {t('coPaymentNow', { price: displayTenge(view.price, locale), sum: view.guaranteedSum ? displayTenge(view.guaranteedSum, locale) : '—', copay: displayTenge(view.coPayment, locale) })}
        </PageHeader>
        {saved ? <Alert tone="success" title={t('itemSaved')} /> : null}
        <ItemForm item={{ ...item, version: item.version }} classifier={options} />
      </div>
      <section aria-labelledby="photos-heading">
        <h2 id="photos-heading" className="mb-2 text-xl font-semibold">
          {t('photos')}
        </h2>
        <ul className="mb-4 flex flex-wrap gap-4">
          {(photos.get(item.id) ?? []).map((p) => (
            <li key={p.id} className="flex flex-col items-start gap-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- bytes from our own checked route */}
              <img src={`/catalog-photos/${p.id}`} alt={p.altText} className="h-32 w-32 rounded border border-slate-300 object-cover" />
              <RemovePhotoButton photoId={p.id} label={t('removePhotoNamed', { alt: p.altText })} />
            </li>
          ))}
        </ul>
        <AddPhotoForm itemId={item.id} />
      </section>
      <section aria-labelledby="prices-heading">
        <h2 id="prices-heading" className="mb-2 text-xl font-semibold">
          {t('priceHistory')}
        </h2>
        <p className="mb-2 text-slate-700">{t('priceHistoryHint')}</p>
        <table className="bg-white text-left">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">{t('since')}</th>
              <th scope="col" className="p-2">{t('itemPrice')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={i} className="border-b border-slate-300">
                <td className="p-2">{displayAlmatyDateTime(h.setAt, locale)}</td>
                <td className="p-2">{displayTenge(h.price, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading" className="mb-2 text-xl font-semibold">
          {t('withdrawItem')}
        </h2>
        <WithdrawItemForm itemId={item.id} />
      </section>
    </div>
  );
}
