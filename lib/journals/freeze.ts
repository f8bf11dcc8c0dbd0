import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { qualified as outer } from '@/db/qualified';
import type { Db, Tx } from '@/db/client';
import { preparedOnAnyHandle } from '@/db/prepared';
import { acts, journalEntries, orders, providerWorkers, type OrderRow } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { grantedHoursSql, type GrantedHours } from '@/lib/entitlements/queries';

/** The acts that freeze their order's entries for their period: any act not returned (DESIGN §3). */
const actFreezes = sql`${acts.status} <> 'returned'`;

export interface FrozenPeriod {
  from: LocalDate;
  to: LocalDate;
}

export const frozenOn = (periods: FrozenPeriod[], date: LocalDate) => periods.some((p) => p.from <= date && date <= p.to);

/** What the journal's rules read of an order. */
export type JournalOrder = Pick<OrderRow, 'id' | 'recipientId' | 'providerId' | 'category' | 'classifierCode' | 'status' | 'decidedAt' | 'periodFrom' | 'periodTo'>;

export interface OrderForJournal {
  order: JournalOrder;
  /** Every period the order's acts freeze. */
  frozen: FrozenPeriod[];
  /** The writer's specialty at the order's provider, if the writer is one of its workers. */
  writerSpecialty: string | null;
  /** The hours the recipient's IPRs grant the order's measure on the entry's day, when it was given (null: none). */
  grantedOn?: { date: LocalDate; hours: GrantedHours | null };
}

/**
 * The statement that opens an order's journal: the order held FOR SHARE, the periods its acts
 * freeze, the writer's specialty as the provider's worker and, given the entry's day, the hours
 * the IPR grants that day. Built once (it is the costliest part of an entry to build).
 */
const openJournalStatement = (withDay: boolean) =>
  preparedOnAnyHandle((handle) =>
    handle
      .select({
        order: {
          id: orders.id,
          recipientId: orders.recipientId,
          providerId: orders.providerId,
          category: orders.category,
          classifierCode: orders.classifierCode,
          status: orders.status,
          decidedAt: orders.decidedAt,
          periodFrom: orders.periodFrom,
          periodTo: orders.periodTo,
        },
        frozen: sql<FrozenPeriod[]>`(select coalesce(json_agg(json_build_object('from', ${acts.periodFrom}, 'to', ${acts.periodTo})), '[]'::json)
          from ${acts} where ${acts.orderId} = ${outer(orders.id)} and ${actFreezes})`,
        writerSpecialty: sql<string | null>`(select ${providerWorkers.specialty} from ${providerWorkers}
          where ${providerWorkers.userId} = ${sql.placeholder('writerUserId')}::uuid and ${providerWorkers.providerId} = ${outer(orders.providerId)} and ${providerWorkers.removedAt} is null)`,
        grantedHours: withDay ? grantedHoursSql(outer(orders.recipientId), outer(orders.classifierCode), sql`${sql.placeholder('entryDate')}::date`) : sql<null>`null`,
      })
      .from(orders)
      .where(eq(orders.id, sql.placeholder('orderId')))
      .for('share', { of: orders })
      .prepare(withDay ? 'open_journal_for_day' : 'open_journal'),
  );
const openJournal = { forDay: openJournalStatement(true), any: openJournalStatement(false) };

/**
 * Opens an order's journal for a write. The entries are what an act's signatures cover, so
 * writers of entries hold the order row FOR SHARE and forming an act takes it FOR UPDATE: an
 * entry cannot slip into a period while its act is formed. Every entry makes this statement, so it
 * also reads what the entry's rules need (see openJournalStatement).
 */
export async function lockOrderForJournal(tx: Tx, orderId: string, writerUserId: string, entryDate?: LocalDate): Promise<OrderForJournal | null> {
  const [row] = await (entryDate ? openJournal.forDay : openJournal.any)(tx, { orderId, writerUserId, entryDate });
  if (!row) return null;
  const { grantedHours, ...opened } = row;
  return entryDate ? { ...opened, grantedOn: { date: entryDate, hours: grantedHours } } : opened;
}

/** Periods of an order's acts that freeze its entries, overlapping from–to. */
export async function frozenPeriods(db: Tx | Db, orderId: string, from: LocalDate, to: LocalDate): Promise<FrozenPeriod[]> {
  return db
    .select({ from: acts.periodFrom, to: acts.periodTo })
    .from(acts)
    .where(and(eq(acts.orderId, orderId), actFreezes, lte(acts.periodFrom, to), gte(acts.periodTo, from)));
}

/** Whether an entry lies in a period an act freezes: for lists, so screens can say why it cannot change. */
export const entryFrozen = sql<boolean>`exists (select 1 from ${acts} where ${acts.orderId} = ${outer(journalEntries.orderId)} and ${actFreezes}
  and ${acts.periodFrom} <= ${outer(journalEntries.serviceDate)} and ${acts.periodTo} >= ${outer(journalEntries.serviceDate)})`;
