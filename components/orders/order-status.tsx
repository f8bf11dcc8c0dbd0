import { getTranslations } from 'next-intl/server';
import type { OrderStatus } from '@/db/schema';

/** The status in words (with a symbol that is not the only carrier of meaning, and hidden from screen readers). */
const symbols: Record<OrderStatus, string> = {
  draft: '✎',
  submitted: '…',
  accepted: '✓',
  refused: '✕',
  expired: '!',
  in_fulfilment: '➜',
  delivered: '✓',
  closed: '■',
  returned: '↩',
};

export async function OrderStatusBadge({ status, overdue = false }: { status: OrderStatus; overdue?: boolean }) {
  const t = await getTranslations('orders');
  return (
    <span className="inline-flex items-center gap-1 rounded border border-slate-500 bg-slate-50 px-2 py-0.5 text-sm font-semibold text-slate-900">
      <span aria-hidden="true">{symbols[status]}</span>
      {t(`status.${status}`)}
      {overdue && status === 'submitted' ? <span className="ml-1 text-red-800">({t('overdue')})</span> : null}
    </span>
  );
}
