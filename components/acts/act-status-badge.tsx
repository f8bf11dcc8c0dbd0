import { getTranslations } from 'next-intl/server';
import type { ActStatus } from '@/db/schema';

/** A symbol beside the words (hidden from screen readers): the words carry the meaning, not the colour. */
const symbols: Record<ActStatus, string> = {
  draft: '✎',
  signed_by_provider: '✍',
  signed_by_recipient: '✓',
  submitted: '➜',
  approved: '✓',
  paid: '₸',
  returned: '↩',
};

/** An act's status in words. */
export async function ActStatusBadge({ status }: { status: ActStatus }) {
  const t = await getTranslations('providerActs');
  return (
    <span className="inline-flex items-baseline gap-1 rounded border border-slate-500 bg-slate-50 px-2 py-0.5 text-sm font-semibold text-slate-900">
      <span aria-hidden="true">{symbols[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
