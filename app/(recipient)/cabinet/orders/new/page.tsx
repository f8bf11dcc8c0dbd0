import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { previewOrder } from '@/lib/orders/order-preview';
import { OrderForm } from './order-form';

export async function generateMetadata() {
  const t = await getTranslations('recipientOrders');
  return { title: t('newTitle') };
}

const querySchema = z.object({ item: z.uuid(), recipient: z.uuid().optional() });

/** One offer, its price and co-payment, what the IPR still allows, and the order form. */
export default async function NewOrderPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor('orders.place');
  const query = querySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const t = await getTranslations('recipientOrders');
  const locale = await pageLocale();
  const preview = await previewOrder(getDb(), actor, { catalogItemId: query.data.item, recipientId: query.data.recipient }, almatyDateOf(now()));
  if (!preview) notFound();
  const { item, money, allowed } = preview;
  const tenge = (v: string) => displayTenge(v, locale);
  return (
    <div className="space-y-6">
      <BackLink href={`/cabinet/marketplace?recipient=${preview.recipient.id}`} label={t('backToMarketplace')} />
      <PageHeader title={t('newTitle')}>{t('newIntro', { name: preview.recipient.fullName })}</PageHeader>
      <section aria-labelledby="item-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="item-heading" className="mb-3 text-xl font-semibold">
          {item.name}
          {item.model ? ` · ${item.model}` : ''}
        </h2>
        {item.description ? <p className="mb-3">{item.description}</p> : null}
        <DefinitionList
          items={[
            { term: t('classifierEntry'), value: `${localizedName(item, locale)} (${item.code})` },
            { term: t('provider'), value: item.providerName },
            { term: t('price'), value: tenge(money.unitPrice) },
            { term: t('guaranteedSum'), value: money.guaranteedSum ? tenge(money.guaranteedSum) : t('noSum') },
            { term: t('reimbursed'), value: tenge(money.reimbursedPerUnit) },
            { term: t('coPayment'), value: money.coPaymentPerUnit === '0.00' ? t('noCoPayment') : tenge(money.coPaymentPerUnit) },
            { term: t('leadTime'), value: t('days', { days: item.leadTimeDays }) },
            ...(allowed ? [{ term: t('left'), value: String(allowed.left) }] : []),
            ...(allowed?.periodFrom ? [{ term: t('period'), value: `${allowed.periodFrom} — ${allowed.periodTo ?? ''}` }] : []),
          ]}
        />
      </section>
      {preview.refusal ? (
        <Alert tone="error" title={t('notPossible')}>
          {translateKey(locale, preview.refusal.message, preview.refusal.values)}
        </Alert>
      ) : (
        <OrderForm
          catalogItemId={item.id}
          recipientId={preview.recipient.id}
          handOver={allowed?.kind === 'goods' ? [...(item.delivery ? (['delivery'] as const) : []), ...(item.pickup ? (['pickup'] as const) : [])] : []}
          maxQuantity={allowed?.left ?? 1}
          quantityEditable={allowed?.kind !== 'hours'}
          addressOnRecord={preview.recipient.address}
        />
      )}
    </div>
  );
}
