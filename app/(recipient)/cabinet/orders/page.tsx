import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OrderStatusBadge } from '@/components/orders/order-status';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { orderStatuses } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/access';
import { formatInstantAlmaty } from '@/lib/calendar/local-date';
import { listOrdersForActor } from '@/lib/orders/queries';

export async function generateMetadata() {
  const t = await getTranslations('recipientOrders');
  return { title: t('listTitle') };
}

const querySchema = z.object({ status: z.enum(orderStatuses).optional(), cursor: z.string().max(200).optional() });

/** Every order of the people the actor acts for (themselves, or those they represent), newest first. */
export default async function RecipientOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor('orders.read');
  const t = await getTranslations('recipientOrders');
  const parsed = querySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const page = await listOrdersForActor(getDb(), actor, { ...query, limit: 25 });
  return (
    <div>
      <BackLink href="/cabinet" label={t('backToCabinet')} />
      <PageHeader title={t('listTitle')}>{t('listIntro')}</PageHeader>
      <p className="mb-4">
        <Link href="/cabinet/marketplace" className="underline">
          {t('chooseProvider')}
        </Link>
      </p>
      {page.items.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('number')}</th>
                <th scope="col" className="p-2">{t('item')}</th>
                <th scope="col" className="p-2">{t('provider')}</th>
                <th scope="col" className="p-2">{t('forWhom')}</th>
                <th scope="col" className="p-2">{t('status')}</th>
                <th scope="col" className="p-2">{t('placedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map(({ order, itemName, providerName, recipientName }) => (
                <tr key={order.id} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/cabinet/orders/${order.id}`} className="underline">
                      {order.number}
                    </Link>
                  </th>
                  <td className="p-2">{itemName}</td>
                  <td className="p-2">{providerName}</td>
                  <td className="p-2">{recipientName}</td>
                  <td className="p-2">
                    <OrderStatusBadge status={order.status} overdue={order.overdueAt !== null} />
                  </td>
                  <td className="p-2">{formatInstantAlmaty(order.createdAt).replace('T', ' ').slice(0, 16)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor ? (
        <p className="mt-4">
          <Link rel="next" className="underline" href={`/cabinet/orders?cursor=${encodeURIComponent(page.nextCursor)}${query.status ? `&status=${query.status}` : ''}`}>
            {t('nextPage')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
