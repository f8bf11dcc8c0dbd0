import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, orders, providers, recipients, type ActService, type ActStatus } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';
import type { ActListQuery } from './schemas';

export interface ActListItem {
  id: string;
  number: string;
  status: ActStatus;
  service: ActService;
  period: string;
  providerId: string;
  providerName: string;
  recipientName: string;
  total: string;
  reimbursed: string;
  minutes: number;
  quantity: number | null;
  flags: number;
  /** When it reached its status (for a submitted act: how long it has waited). */
  since: string;
}

/**
 * A page of the acts the actor may see (through their orders: the provider its own, the office
 * its districts', the recipient's side theirs), filtered by status, provider, service, period,
 * amount to reimburse, age in its status and whether the checks flagged it. Ordered by the time
 * they reached their status, oldest first (the office's queue), or newest first; the cursor is
 * the last row's "time|id", so a page costs the same at any depth (index acts_status_age_idx).
 */
export async function listActs(db: Db, actor: Actor, query: ActListQuery, at: Date): Promise<{ items: ActListItem[]; nextCursor: string | null }> {
  assertPermission(actor, 'acts.read');
  const newestFirst = query.order === 'newest';
  const conditions: (SQL | undefined)[] = [
    ordersVisibleTo(actor),
    query.status ? eq(acts.status, query.status) : undefined,
    query.provider ? eq(acts.providerId, query.provider) : undefined,
    query.service ? eq(acts.service, query.service) : undefined,
    query.period ? eq(acts.period, query.period) : undefined,
    query.minAmount ? gte(acts.reimbursed, query.minAmount) : undefined,
    query.maxAmount ? lte(acts.reimbursed, query.maxAmount) : undefined,
    query.olderThanDays ? lte(acts.statusChangedAt, new Date(at.getTime() - query.olderThanDays * 86_400_000)) : undefined,
    query.flagged === undefined ? undefined : query.flagged ? sql`jsonb_array_length(coalesce(${acts.reviewFlags}, '[]'::jsonb)) > 0` : sql`jsonb_array_length(coalesce(${acts.reviewFlags}, '[]'::jsonb)) = 0`,
  ];
  if (query.cursor) {
    const [time, id] = query.cursor.split('|');
    const after = new Date(time ?? '');
    if (!Number.isNaN(after.getTime()) && id) {
      conditions.push(newestFirst ? sql`(${acts.statusChangedAt}, ${acts.id}) < (${after.toISOString()}::timestamptz, ${id}::uuid)` : sql`(${acts.statusChangedAt}, ${acts.id}) > (${after.toISOString()}::timestamptz, ${id}::uuid)`);
    }
  }
  const rows = await db
    .select({
      act: { id: acts.id, number: acts.number, status: acts.status, service: acts.service, period: acts.period, providerId: acts.providerId, total: acts.total, reimbursed: acts.reimbursed, minutes: acts.minutes, quantity: acts.quantity, since: acts.statusChangedAt, reviewFlags: acts.reviewFlags },
      providerName: providers.name,
      recipientName: recipients.fullName,
    })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .innerJoin(providers, eq(providers.id, acts.providerId))
    .innerJoin(recipients, eq(recipients.id, acts.recipientId))
    .where(and(...conditions))
    .orderBy(newestFirst ? desc(acts.statusChangedAt) : asc(acts.statusChangedAt), newestFirst ? desc(acts.id) : asc(acts.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ act, providerName, recipientName }) => ({
      id: act.id,
      number: act.number,
      status: act.status,
      service: act.service,
      period: act.period,
      providerId: act.providerId,
      providerName,
      recipientName,
      total: act.total,
      reimbursed: act.reimbursed,
      minutes: act.minutes,
      quantity: act.quantity,
      flags: act.reviewFlags?.length ?? 0,
      since: act.since.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? `${last.act.since.toISOString()}|${last.act.id}` : null,
  };
}
