import { getTranslations } from 'next-intl/server';
import { DefinitionList } from '@/components/ui/page-header';
import type { OrderView } from '@/lib/orders/order-view';
import { displayTenge } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { minutesLeft } from '@/lib/orders/rules';
import { OrderStatusBadge } from './order-status';

/** "3 days 4 hours left" in the page's language, from whole minutes. */
async function timeLeftText(deadlineIso: string, at: Date) {
  const t = await getTranslations('orders');
  const left = minutesLeft(new Date(deadlineIso), at);
  if (left === 0) return t('deadlinePassed');
  const days = Math.floor(left / 1440);
  const hours = Math.floor((left % 1440) / 60);
  return t('timeLeft', { days, hours });
}

/**
 * What both sides need to see of an order: status, item, money (price, guaranteed sum, the part
 * the state pays and the recipient's co-payment), hand-over, and the decision deadline with the
 * time left. Shared by the recipient's, the provider's and the office's pages.
 */
export async function OrderSummary({ order, itemName, providerName, recipientName, locale, at }: { order: OrderView; itemName: string; providerName: string; recipientName: string; locale: Locale; at: Date }) {
  const t = await getTranslations('orders');
  const tenge = (v: string) => displayTenge(v, locale);
  const items = [
    { term: t('labels.status'), value: <OrderStatusBadge status={order.status} overdue={order.overdue} /> },
    { term: t('labels.number'), value: order.number },
    { term: t('labels.item'), value: `${itemName} (${order.code})` },
    { term: t('labels.provider'), value: providerName },
    { term: t('labels.recipient'), value: recipientName },
    { term: t('labels.quantity'), value: String(order.quantity) },
    { term: t('labels.unitPrice'), value: tenge(order.money.unitPrice) },
    { term: t('labels.guaranteedSum'), value: order.money.guaranteedSum ? tenge(order.money.guaranteedSum) : t('labels.noSum') },
    { term: t('labels.total'), value: tenge(order.money.total) },
    { term: t('labels.reimbursed'), value: tenge(order.money.reimbursedTotal) },
    { term: t('labels.coPayment'), value: order.money.coPaymentTotal === '0.00' ? t('labels.noCoPayment') : tenge(order.money.coPaymentTotal) },
  ];
  if (order.delivery) items.push({ term: t('labels.handOver'), value: order.delivery === 'delivery' ? t('labels.deliveryTo', { address: order.address ?? '' }) : t('labels.pickup') });
  if (order.period) items.push({ term: t('labels.period'), value: `${order.period.from} — ${order.period.to ?? ''}` });
  items.push({ term: t('labels.leadTime'), value: t('labels.days', { days: order.leadTimeDays }) });
  if (order.deadline && order.status === 'submitted') {
    items.push({ term: t('labels.deadline'), value: `${order.deadline.replace('T', ' ').slice(0, 16)} (${await timeLeftText(order.deadline, at)})` });
  }
  if (order.decidedAt) items.push({ term: t('labels.decidedAt'), value: order.decidedAt.replace('T', ' ').slice(0, 16) });
  if (order.refusal) items.push({ term: t('labels.refusal'), value: `${t(`reasons.${order.refusal.reason}` as 'reasons.other')}${order.refusal.comment ? `: ${order.refusal.comment}` : ''}` });
  if (order.fulfilmentStep) items.push({ term: t('labels.handOverStep'), value: t(`steps.${order.fulfilmentStep}`) });
  if (order.returnReason) items.push({ term: t('labels.returnReason'), value: t(`returnReasons.${order.returnReason}`) });
  return <DefinitionList items={items} />;
}
