'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { markOfficeNoticesReadAction } from './actions';

const idle: ActionState = { status: 'idle' };

export interface OfficeNoticeView {
  id: string;
  body: string;
  /** The language the text is in: the reader's, or the one an older notice was written in. */
  lang: string;
  /** Date and time already in the reader's conventions. */
  received: string;
  read: string | null;
}

/**
 * The office's notices, newest first; "new" is a word, not a colour. Marking removes the
 * button that had focus, so focus moves to the heading, where the outcome is announced.
 */
export function OfficeNoticeList({ notices, unread }: { notices: OfficeNoticeView[]; unread: number }) {
  const t = useTranslations('officeOrders.notices');
  const [state, action, pending] = useActionState(markOfficeNoticesReadAction, idle);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') heading.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby="office-notices-heading" className="space-y-3">
      <h2 id="office-notices-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t('listHeading')}
      </h2>
      {state.status === 'saved' ? <Alert tone="success" title={t('marked')} /> : null}
      {state.status === 'error' ? <Alert tone="error" title={t('notMarked')}>{state.message}</Alert> : null}
      {notices.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
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
          <ul className="space-y-3">
            {notices.map((n) => (
              <li key={n.id} className={`rounded border bg-white p-4 ${n.read ? 'border-slate-300' : 'border-l-4 border-brand-700'}`}>
                <p className="text-sm text-slate-700">
                  {n.read ? null : <strong className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-white">{t('new')}</strong>}
                  {t('received')}: {n.received}
                  {n.read ? ` · ${t('read')}: ${n.read}` : null}
                </p>
                <p id={`office-notice-${n.id}`} lang={n.lang} className="mt-1 text-lg">
                  {n.body}
                </p>
                {n.read ? null : (
                  <form action={action} className="mt-2">
                    <input type="hidden" name="noticeId" value={n.id} />
                    <Button type="submit" variant="secondary" disabled={pending} aria-describedby={`office-notice-${n.id}`}>
                      {t('markRead')}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
