'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { markProviderNoticesReadAction } from './actions';

const idle: ActionState = { status: 'idle' };

/**
 * "Mark all as read" and its outcome. The button goes away once nothing is unread, so the outcome
 * takes the focus and is announced there.
 */
export function MarkAllRead({ unread }: { unread: number }) {
  const t = useTranslations('providerOrders.notices');
  const [state, action, pending] = useActionState(markProviderNoticesReadAction, idle);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  return (
    <div className="mb-4 space-y-3">
      <div ref={outcome} tabIndex={-1}>
        {state.status === 'saved' ? <Alert tone="success" title={t('marked')} /> : null}
        {state.status === 'error' ? (
          <Alert tone="error" title={t('notMarked')}>
            {state.message}
          </Alert>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p>{t('unread', { count: unread })}</p>
        {unread > 0 ? (
          <form action={action}>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t('markAllRead')}
            </Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
