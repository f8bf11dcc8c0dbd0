import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listOfficeNotices } from '@/lib/notifications/office-notices';
import { OfficeNoticeList } from './office-notice-list';

export async function generateMetadata() {
  const t = await getTranslations('officeOrders.notices');
  return { title: t('title') };
}

/** What the portal told the office: orders of its districts that a provider left undecided past the deadline. */
export default async function OfficeNoticesPage() {
  const actor = await requirePageActor('cabinet.office');
  const t = await getTranslations('officeOrders.notices');
  const locale = await pageLocale();
  const { notices, unread } = await listOfficeNotices(getDb(), actor, locale);
  return (
    <div className="space-y-6">
      <BackLink href="/office" label={t('backToOffice')} />
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <OfficeNoticeList
        unread={unread}
        notices={notices.map((n) => ({ id: n.id, body: n.body, lang: n.locale, received: displayAlmatyDateTime(n.createdAt, locale), read: n.readAt ? displayAlmatyDateTime(n.readAt, locale) : null }))}
      />
    </div>
  );
}
