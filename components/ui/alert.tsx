import type { ReactNode } from 'react';

/** A message whose meaning is in its words and icon, not only its colour. */
export function Alert({ tone, title, children }: { tone: 'error' | 'success' | 'info'; title: string; children?: ReactNode }) {
  const styles = {
    error: 'border-red-700 bg-red-50 text-red-900',
    success: 'border-green-700 bg-green-50 text-green-900',
    info: 'border-sky-700 bg-sky-50 text-sky-900',
  }[tone];
  const icon = { error: '⚠', success: '✓', info: 'ℹ' }[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border-l-4 p-4 ${styles}`}>
      <p className="font-semibold">
        <span aria-hidden="true">{icon} </span>
        {title}
      </p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
