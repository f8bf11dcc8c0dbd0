'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';

/**
 * Progress of a queued import: a native progress bar and the same figure in words (read out
 * politely by screen readers). The page re-reads the batch every two seconds until it is done.
 */
export function ImportProgress({ processed, total, running }: { processed: number; total: number; running: boolean }) {
  const t = useTranslations('iprImport');
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  return (
    <div className="space-y-2">
      <label htmlFor="import-progress" className="font-semibold">
        {t('progress')}
      </label>
      <progress id="import-progress" max={Math.max(total, 1)} value={processed} className="block h-4 w-full max-w-xl" />
      <p role="status" aria-live="polite">
        {t('processed', { processed, total })}
      </p>
      {running ? <noscript>{t('reloadForProgress')}</noscript> : null}
    </div>
  );
}
