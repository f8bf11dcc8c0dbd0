import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { DEV_SMS_SHOWN, latestDevSms } from '@/lib/notifications/dev-sms-inbox';
import { devSmsInboxEnabled } from '@/lib/notifications/gateway-from-env';

export async function generateMetadata() {
  const t = await getTranslations('devSms');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * A developer's view of the development SMS gateway: what it "sent", codes included. It needs
 * no sign-in, so it exists only where that gateway is the one in use (never in production).
 */
export default async function DevSmsPage() {
  await connection();
  if (!devSmsInboxEnabled()) notFound();
  const t = await getTranslations('devSms');
  const locale = await pageLocale();
  const messages = await latestDevSms(getDb());
  return (
    <div>
      <PageHeader title={t('title')}>{t('intro', { count: DEV_SMS_SHOWN })}</PageHeader>
      <div className="mb-6">
        <Alert tone="info" title={t('noteTitle')}>
          {t('note')}
        </Alert>
      </div>
      <p className="mb-4">
        <Link href="/dev/sms" className="underline">
          {t('refresh')}
        </Link>
      </p>
      {messages.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2 whitespace-nowrap">
                  {t('time')}
                </th>
                <th scope="col" className="p-2 whitespace-nowrap">
                  {t('phone')}
                </th>
                <th scope="col" className="p-2">
                  {t('text')}
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-b border-slate-300 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={m.receivedAt.toISOString()}>{displayAlmatyDateTime(m.receivedAt, locale)}</time>
                  </td>
                  <td className="p-2 whitespace-nowrap tabular-nums">{m.phone}</td>
                  <td className="p-2 break-words" data-sms-body>
                    {m.body}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
