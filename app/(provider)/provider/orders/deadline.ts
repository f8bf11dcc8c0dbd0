import type { getTranslations } from 'next-intl/server';
import { minutesLeft } from '@/lib/orders/rules';

type OrdersT = Awaited<ReturnType<typeof getTranslations<'orders'>>>;

/** Whether an order still awaiting a decision is past its deadline (flagged, or not yet closed by the job). */
export function isOverdue(order: { status: string; deadlineAt: Date | null; overdueAt: Date | null }, at: Date): boolean {
  if (order.status !== 'submitted') return false;
  return order.overdueAt !== null || (order.deadlineAt !== null && order.deadlineAt.getTime() < at.getTime());
}

/** "3 days 4 hours left", or "deadline passed", in the page's language. */
export function timeLeftWords(t: OrdersT, deadline: Date, at: Date): string {
  const left = minutesLeft(deadline, at);
  if (left === 0) return t('deadlinePassed');
  return t('timeLeft', { days: Math.floor(left / 1440), hours: Math.floor((left % 1440) / 60) });
}
