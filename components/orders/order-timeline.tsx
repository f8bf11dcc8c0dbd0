import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { timelineView } from '@/lib/orders/order-view';

type Events = ReturnType<typeof timelineView>;

/** Catalog keys cannot hold dots: "order.place" is "order_place" there. */
const actionKey = (action: string) => action.replaceAll('.', '_');

/** The order's history: who did what and when, each signature with its certificate and digest. */
export async function OrderTimeline({ events }: { events: Events }) {
  const t = await getTranslations('orders');
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 text-xl font-semibold">
        {t('timeline.title')}
      </h2>
      <ol className="space-y-2 border-l-2 border-slate-400 pl-4">
        {events.map((e, i) => (
          <li key={i}>
            <p>
              <time dateTime={e.at} className="font-semibold">
                {e.at.replace('T', ' ').slice(0, 16)}
              </time>{' '}
              — {t.has(`timeline.actions.${actionKey(e.action)}` as never) ? t(`timeline.actions.${actionKey(e.action)}` as 'timeline.actions.order_place') : e.action}
              {e.document ? ` (${t.has(`documentKinds.${e.document.kind}` as never) ? t(`documentKinds.${e.document.kind}` as 'documentKinds.order_application') : e.document.kind}, v${e.document.version})` : ''}
            </p>
            <p className="text-sm text-slate-700">
              {e.actor ? `${e.actor.name}${e.onBehalfOfRecipient ? ` (${t('timeline.onBehalf')})` : ''}` : t('timeline.system')}
              {e.reason ? ` · ${t('timeline.reason')}: ${e.reason}` : ''}
            </p>
            {e.signature ? (
              <p className="text-sm text-slate-700">
                {t('timeline.signature', { iin: e.signature.signerIin, serial: e.signature.certificateSerial ?? '—' })}{' '}
                {e.document ? (
                  <Link className="underline" href={`/documents/${e.document.id}`}>
                    {t('timeline.openDocument')}
                  </Link>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
