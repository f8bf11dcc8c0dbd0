'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/forms/action-state';
import { markNoticesReadAction } from './actions';

const idle: ActionState = { status: 'idle' };

export interface NoticeView {
  id: string;
  body: string;
  /** The language the text is in: the reader's, or the one an older notice was written in. */
  lang: string;
  /** Date and time already in the reader's conventions. */
  received: string;
  read: string | null;
}

/**
 * A recipient's cabinet notices, newest first. "New" is a word, not a colour. Marking one (or
 * all) as read removes its button, so focus goes to the section heading, and the outcome is
 * announced there; the state lives here, above the forms that come and go.
 */
export function NoticeList({ recipientId, notices, unread, latestOnly }: { recipientId: string; notices: NoticeView[]; unread: number; latestOnly: number | null }) {
  const t = useTranslations('cabinet.notices');
  const [state, action, pending] = useActionState(markNoticesReadAction, idle);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') heading.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby="notices-heading" id="notices" className="rounded border border-slate-300 bg-white p-5">
      <h2 id="notices-heading" ref={heading} tabIndex={-1} className="mb-2 text-xl font-semibold">
        {t('heading')}
      </h2>
      <div className="mb-3 space-y-3">
        {state.status === 'saved' ? <Alert tone="success" title={t('marked')} /> : null}
        {state.status === 'error' ? (
          <Alert tone="error" title={t('notMarked')}>
            {state.message}
          </Alert>
        ) : null}
      </div>
      {notices.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2">
            <p>{t('unread', { count: unread })}</p>
            {unread > 0 ? (
              <form action={action}>
                <input type="hidden" name="recipientId" value={recipientId} />
                <Button type="submit" variant="secondary" disabled={pending}>
                  {t('markAllRead')}
                </Button>
              </form>
            ) : null}
          </div>
          {latestOnly !== null ? <p className="mb-3 text-slate-700">{t('latestOnly', { count: latestOnly })}</p> : null}
          <ul className="space-y-3">
            {notices.map((n) => (
              <li key={n.id} className={`rounded border p-4 ${n.read ? 'border-slate-300' : 'border-l-4 border-brand-700 bg-sky-50'}`}>
                <p className="text-sm text-slate-700">
                  {n.read ? null : <strong className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-white">{t('new')}</strong>}
                  {t('received')}: {n.received}
                  {n.read ? (
                    <>
                      {' · '}
                      {t('read')}: {n.read}
                    </>
                  ) : null}
                </p>
                <p id={`notice-${n.id}`} lang={n.lang} className="mt-1 text-lg">
                  {n.body}
                </p>
                {n.read ? null : (
                  <form action={action} className="mt-2">
                    <input type="hidden" name="recipientId" value={recipientId} />
                    <input type="hidden" name="noticeId" value={n.id} />
                    <Button type="submit" variant="secondary" disabled={pending} aria-describedby={`notice-${n.id}`}>
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
