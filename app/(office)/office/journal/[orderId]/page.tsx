import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BalancesTable } from '@/components/journals/balances-table';
import { EntryCards } from '@/components/journals/entry-cards';
import { MonthNav } from '@/components/journals/month-nav';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayMonth } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { journalBalances } from '@/lib/journals/balances';
import { journalEntryView } from '@/lib/journals/entry-view';
import { journalMonth } from '@/lib/journals/journal-month';
import { findJournalOrder, listJournalEntries } from '@/lib/journals/queries';
import type { JournalService } from '@/lib/journals/rules';

export async function generateMetadata() {
  const t = await getTranslations('officeJournal');
  return { title: t('title') };
}

/** A service order's journal for the office of the recipient's district, read-only, with the balances. */
export default async function OfficeJournalPage({ params, searchParams }: { params: Promise<{ orderId: string }>; searchParams: Promise<{ month?: string | string[] }> }) {
  const actor = await requirePageActor('orders.oversee');
  const id = z.uuid().safeParse((await params).orderId);
  const db = getDb();
  const found = id.success ? await findJournalOrder(db, actor, id.data) : null;
  if (!found) notFound();
  const { order, recipientName } = found;
  const t = await getTranslations('officeJournal');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const shown = journalMonth((await searchParams).month, almatyDateOf(now()));
  const service = order.category as JournalService;
  const [rows, balances] = await Promise.all([listJournalEntries(db, actor, { orderId: order.id, month: shown.month }), journalBalances(db, order.recipientId, service, shown.onDate)]);
  return (
    <div className="space-y-8">
      <div>
        <BackLink href={`/office/orders/${order.id}`} label={t('backToOrder')} />
        <PageHeader title={t('heading', { number: order.number })}>
          <p>{t('readOnly')}</p>
          <DefinitionList
            items={[
              { term: tj('labels.recipient'), value: recipientName },
              { term: tj('labels.service'), value: tj(`services.${service}`) },
            ]}
          />
        </PageHeader>
        <MonthNav basePath={`/office/journal/${order.id}`} shown={shown} firstMonth={(order.periodFrom ?? shown.month).slice(0, 7)} locale={locale} />
      </div>
      <BalancesTable balances={balances} monthLabel={displayMonth(shown.month, locale)} locale={locale} />
      <EntryCards entries={rows.map((r) => journalEntryView(r.entry, r))} heading={tj('list.heading', { month: displayMonth(shown.month, locale) })} locale={locale} recipientSide={false} />
    </div>
  );
}
