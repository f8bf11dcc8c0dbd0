import type { ProviderStatus } from '@/db/schema';

/** A provider's status in words, with an icon and a border; the colour only repeats what they say. */
export function ProviderStatusText({ status, label }: { status: ProviderStatus; label: string }) {
  const look = {
    pending: { icon: '…', className: 'border-amber-700 bg-amber-50 text-amber-950' },
    verified: { icon: '✓', className: 'border-green-700 bg-green-50 text-green-900' },
    rejected: { icon: '✕', className: 'border-red-700 bg-red-50 text-red-900' },
    suspended: { icon: '‖', className: 'border-slate-600 bg-slate-100 text-slate-900' },
  }[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${look.className}`}>
      <span aria-hidden="true">{look.icon}</span>
      {label}
    </span>
  );
}
