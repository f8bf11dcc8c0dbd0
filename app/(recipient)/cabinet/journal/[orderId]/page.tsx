import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BalancesTable } from '@/components/journals/balances-table';
import { entryTimeText } from '@/components/journals/duration-text';
import { EntryCards } from '@/components/journals/entry-cards';
import { MonthNav } from '@/components/journals/month-nav';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayDate, displayMonth } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { journalBalances } from '@/lib/journals/balances';
import { journalEntryView } from '@/lib/journals/entry-view';
import { journalMonth } from '@/lib/journals/journal-month';
import { findJournalOrder, listJournalEntries } from '@/lib/journals/queries';
import type { JournalService } from '@/lib/journals/rules';
import { actsForRecipient } from '@/lib/orders/access';
import { DisputeControl } from './dispute-forms';

export async function generateMetadata() {
  const t = await getTranslations('recipientJournal');
  return { title: t('title') };
}

/**
 * The journal of a service rendered to the recipient: every entry made about them, month by month,
 * with the balances left; an entry they do not recognise can be disputed, with a reason. The order
 * is found through findJournalOrder, which carries the actor.
 */
export default async function RecipientJournalPage({ params, searchParams }: { params: Promise<{ orderId: string }>; searchParams: Promise<{ month?: string | string[] }> }) {
  const actor = await requirePageActor('journal.read');
  const id = z.uuid().safeParse((await params).orderId);
  const db = getDb();
  const found = id.success && actsForRecipient(actor) ? await findJournalOrder(db, actor, id.data) : null;
  if (!found) notFound();
  const { order, recipientName } = found;
  const t = await getTranslations('recipientJournal');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const shown = journalMonth((await searchParams).month, almatyDateOf(now()));
  const service = order.category as JournalService;
  const [rows, balances] = await Promise.all([listJournalEntries(db, actor, { orderId: order.id, month: shown.month }), journalBalances(db, order.recipientId, service, shown.onDate)]);
  const entries = rows.map((r) => journalEntryView(r.entry, r));
  const mayDispute = actor.role === 'recipient' || actor.role === 'representative';
  const what = (entry: (typeof entries)[number]) => tj('list.entryOf', { what: `${displayDate(entry.date, locale)}, ${entryTimeText(tj, entry)}` });
  return (
    <div className="space-y-8">
      <div>
        <BackLink href={`/cabinet/orders/${order.id}`} label={t('backToOrder')} />
        <PageHeader title={t('heading', { service: tj(`services.${service}`) })}>
          <p>{t('intro')}</p>
          <DefinitionList
            items={[
              { term: tj('labels.recipient'), value: recipientName },
              { term: tj('labels.number'), value: order.number },
              { term: tj('labels.service'), value: tj(`services.${service}`) },
            ]}
          />
        </PageHeader>
        <MonthNav basePath={`/cabinet/journal/${order.id}`} shown={shown} firstMonth={(order.periodFrom ?? shown.month).slice(0, 7)} locale={locale} />
      </div>
      <BalancesTable balances={balances} monthLabel={displayMonth(shown.month, locale)} locale={locale} />
      <EntryCards
        entries={entries}
        heading={tj('list.heading', { month: displayMonth(shown.month, locale) })}
        locale={locale}
        recipientSide
        actions={
          mayDispute
            ? (entry) => (entry.frozen && entry.dispute?.status !== 'open' ? null : <DisputeControl entryId={entry.id} what={what(entry)} disputed={entry.dispute?.status === 'open'} />)
            : undefined
        }
      />
    </div>
  );
}
