import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { addDays, addMonths, almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import type { Locale } from '@/lib/i18n/config';
import { displayDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { journalBalances, type Allowance } from '@/lib/journals/balances';
import { journalMonthGrid } from '@/lib/journals/month-days';
import { findJournalOrder, listJournalEntries } from '@/lib/journals/queries';
import type { JournalService } from '@/lib/journals/rules';
import { formatClockTime } from '@/lib/minutes';
import { durationText } from '../duration-text';
import { periodText } from '../journal-orders';
import { DayEntryForm } from './day-entry-form';
import { EntryList, type EntryItem } from './entry-list';
import { MonthGrid, type GridDay } from './month-grid';

export async function generateMetadata() {
  const t = await getTranslations('journal');
  return { title: t('title') };
}

const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));
}

function dayLabel(date: LocalDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', weekday: 'short', day: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

type T = Awaited<ReturnType<typeof getTranslations<'journal'>>>;

function AllowanceRow({ t, label, allowance }: { t: T; label: string; allowance: Allowance }) {
  return (
    <tr className="border-t border-slate-300">
      <th scope="row" className="py-2 pr-3 text-left font-semibold">
        {label}
      </th>
      <td className="whitespace-nowrap py-2 pr-3">{durationText(t, allowance.used)}</td>
      <td className="whitespace-nowrap py-2 pr-3">{allowance.cap === null ? t('balances.noCap') : durationText(t, allowance.cap)}</td>
      <td className="whitespace-nowrap py-2 font-semibold">{durationText(t, allowance.remaining)}</td>
    </tr>
  );
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
  const currentMonth = today.slice(0, 7);
  const requested = monthParam.safeParse((await searchParams).month);
  const month = requested.success ? requested.data : currentMonth;
  const monthStart = `${month}-01`;
  // Balances on today when the month shown is the current one, else on its last day (or first, for a later month).
  const lastOfMonth = addDays(addMonths(monthStart, 1), -1);
  const onDate = month === currentMonth ? today : month < currentMonth ? lastOfMonth : monthStart;

  const [rows, grid, balances] = await Promise.all([listJournalEntries(db, actor, { orderId: order.id, month }), journalMonthGrid(db, actor, order, month, at), journalBalances(db, order.recipientId, service, onDate)]);
  const canRecord = actor.providerId === order.providerId;
  const monthLabel = monthName(month, locale);
  const previous = addMonths(monthStart, -1).slice(0, 7);
  const next = addMonths(monthStart, 1).slice(0, 7);
  const firstMonth = (order.periodFrom ?? order.createdAt.toISOString()).slice(0, 7);

  const recordedOn = new Map<string, number>();
  for (const r of rows) recordedOn.set(r.entry.serviceDate, (recordedOn.get(r.entry.serviceDate) ?? 0) + r.entry.minutes);
  const gridDays: GridDay[] = grid.days.map((d) => ({
    date: d.date,
    label: dayLabel(d.date, locale),
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
        <nav aria-label={t('month.nav')} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white p-3">
          {month > firstMonth ? (
            <Link href={`/journal/${order.id}?month=${previous}`} className="inline-flex min-h-11 items-center underline" aria-label={t('month.previous', { month: monthName(previous, locale) })}>
              <span aria-hidden="true">←&nbsp;</span>
              {monthName(previous, locale)}
            </Link>
          ) : (
            <span />
          )}
          <h2 className="text-xl font-semibold">
            {monthLabel}
          </h2>
          {month < currentMonth ? (
            <Link href={`/journal/${order.id}?month=${next}`} className="inline-flex min-h-11 items-center underline" aria-label={t('month.next', { month: monthName(next, locale) })}>
              {monthName(next, locale)}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </div>

      <section aria-labelledby="balances-heading" className="space-y-2 rounded border border-slate-300 bg-white p-4">
        <h2 id="balances-heading" className="text-xl font-semibold">
          {t('balances.heading', { date: displayDate(onDate, locale) })}
        </h2>
        <p>{service === 'assistant' ? t('balances.assistantRule') : t('balances.signRule')}</p>
        {!balances.entitled ? <p className="font-semibold">{t('balances.notEntitled', { date: displayDate(onDate, locale) })}</p> : null}
        <div role="region" aria-labelledby="balances-heading" tabIndex={0} className="relative overflow-x-auto">
          <table aria-labelledby="balances-heading" className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">
                  <span className="sr-only">{t('balances.period')}</span>
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('balances.used')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('balances.cap')}
                </th>
                <th scope="col" className="py-1">
                  {t('balances.remaining')}
                </th>
              </tr>
            </thead>
            <tbody>
              <AllowanceRow t={t} label={t('balances.day', { date: displayDate(onDate, locale) })} allowance={balances.day} />
              <AllowanceRow t={t} label={t('balances.month', { month: monthLabel })} allowance={balances.month} />
              <AllowanceRow t={t} label={t('balances.year', { year: balances.year.year })} allowance={balances.year} />
            </tbody>
          </table>
        </div>
      </section>

      {canRecord ? <DayEntryForm orderId={order.id} service={service} today={today} /> : null}

      <EntryList entries={entries} service={service} monthLabel={monthLabel} today={today} />

      {canRecord ? <MonthGrid key={month} orderId={order.id} service={service} monthLabel={monthLabel} days={gridDays} yearRemaining={grid.yearRemaining} yearCap={grid.yearCap} /> : null}
    </div>
  );
}
