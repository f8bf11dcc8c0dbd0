import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BalancesTable } from '@/components/journals/balances-table';
import { MonthNav } from '@/components/journals/month-nav';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayDate, displayMonth, displayWeekdayAndDay } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { journalBalances } from '@/lib/journals/balances';
import { journalMonth } from '@/lib/journals/journal-month';
import { journalMonthGrid } from '@/lib/journals/month-days';
import { findJournalOrder, listJournalEntries } from '@/lib/journals/queries';
import type { JournalService } from '@/lib/journals/rules';
import { formatClockTime } from '@/lib/minutes';
import { periodText } from '../journal-orders';
import { DayEntryForm } from './day-entry-form';
import { EntryList, type EntryItem } from './entry-list';
import { MonthGrid, type GridDay } from './month-grid';

export async function generateMetadata() {
  const t = await getTranslations('journal');
  return { title: t('title') };
}

/**
 * One service order's journal, for the provider's administrator and the order's workers: balances,
 * a day's entry, the month's entries (correct, delete) and the month as a grid. The order is found
 * through findJournalOrder, which carries the actor: an id in the URL proves nothing.
 */
export default async function JournalPage({ params, searchParams }: { params: Promise<{ orderId: string }>; searchParams: Promise<{ month?: string | string[] }> }) {
  const actor = await requirePageActor('journal.read');
  // The recipient's side and the office read journals in their own cabinets.
  if (!can(actor.role, 'journal.record')) redirect('/forbidden');
  const t = await getTranslations('journal');
  const locale = await pageLocale();
  const db = getDb();
  const id = z.uuid().safeParse((await params).orderId);
  const found = id.success ? await findJournalOrder(db, actor, id.data) : null;
  if (!found) notFound();
  const { order, recipientName } = found;
  const service = order.category as JournalService;
  const at = now();
  const today = almatyDateOf(at);
  const shown = journalMonth((await searchParams).month, today);
  const { month, onDate } = shown;

  const [rows, grid, balances] = await Promise.all([listJournalEntries(db, actor, { orderId: order.id, month }), journalMonthGrid(db, actor, order, month, at), journalBalances(db, order.recipientId, service, onDate)]);
  const canRecord = actor.providerId === order.providerId;
  const monthLabel = displayMonth(month, locale);
  const firstMonth = (order.periodFrom ?? order.createdAt.toISOString()).slice(0, 7);

  const recordedOn = new Map<string, number>();
  for (const r of rows) recordedOn.set(r.entry.serviceDate, (recordedOn.get(r.entry.serviceDate) ?? 0) + r.entry.minutes);
  const gridDays: GridDay[] = grid.days.map((d) => ({
    date: d.date,
    label: displayWeekdayAndDay(d.date, locale),
    fullLabel: displayDate(d.date, locale),
    blocked: d.blocked ? t(`grid.blocked.${d.blocked}`) : null,
    recorded: recordedOn.get(d.date) ?? 0,
    used: d.used,
    cap: d.cap,
  }));
  const entries: EntryItem[] = rows.map(({ entry, workerName, frozen }) => ({
    id: entry.id,
    date: entry.serviceDate,
    dateLabel: displayDate(entry.serviceDate, locale),
    start: entry.startMinute === null ? null : formatClockTime(entry.startMinute),
    end: entry.endMinute === null ? null : formatClockTime(entry.endMinute),
    minutes: entry.minutes,
    places: entry.places,
    mode: entry.mode,
    workerName,
    frozen,
    dispute: entry.disputeStatus === 'open' ? { reason: entry.disputeReason } : null,
    canChange: canRecord && !frozen && (actor.role === 'provider_admin' || entry.workerUserId === actor.userId),
  }));
  const back = actor.role === 'provider_admin' ? { href: '/provider/journal', label: t('backToList') } : { href: '/worker', label: t('backToWorker') };

  return (
    <div className="space-y-8">
      <div>
        <BackLink href={back.href} label={back.label} />
        <PageHeader title={t('pageTitle', { name: recipientName })}>
          <DefinitionList
            items={[
              { term: t('labels.recipient'), value: recipientName },
              { term: t('labels.number'), value: order.number },
              { term: t('labels.service'), value: t(`services.${service}`) },
              { term: t('labels.period'), value: periodText(t, order.periodFrom, order.periodTo, locale) },
              { term: t('labels.status'), value: t(`statuses.${order.status === 'closed' ? 'closed' : 'in_fulfilment'}`) },
            ]}
          />
        </PageHeader>
        <MonthNav basePath={`/journal/${order.id}`} shown={shown} firstMonth={firstMonth} locale={locale} />
      </div>

      <BalancesTable balances={balances} monthLabel={monthLabel} locale={locale} />

      {canRecord ? <DayEntryForm orderId={order.id} service={service} today={today} /> : null}

      <EntryList entries={entries} service={service} monthLabel={monthLabel} today={today} />

      {canRecord ? <MonthGrid key={month} orderId={order.id} service={service} monthLabel={monthLabel} days={gridDays} yearRemaining={grid.yearRemaining} yearCap={grid.yearCap} /> : null}
    </div>
  );
}
