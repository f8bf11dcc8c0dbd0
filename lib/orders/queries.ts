import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, orders, providers, recipients, type OrderRow, type OrderStatus } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from './access';

/** One order, if the actor may see it; otherwise null, so an id reveals nothing. */
export async function findOrderForActor(db: Db, actor: Actor, id: string): Promise<OrderRow | null> {
  assertPermission(actor, 'orders.read');
  const [order] = await db.select().from(orders).where(and(eq(orders.id, id), ordersVisibleTo(actor)));
  return order ?? null;
}

/** A page of the actor's orders, newest first, optionally of one status and one provider; the cursor is the last order's "createdAt|id". */
export async function listOrdersForActor(db: Db, actor: Actor, options: { status?: OrderStatus; providerId?: string; cursor?: string; limit: number }) {
  assertPermission(actor, 'orders.read');
  let after: SQL | undefined;
  if (options.cursor) {
    const [at, id] = options.cursor.split('|');
    const instant = new Date(at ?? '');
    if (!id || Number.isNaN(instant.getTime())) return { items: [], nextCursor: null };
    after = or(lt(orders.createdAt, instant), and(eq(orders.createdAt, instant), lt(orders.id, id)));
  }
  const rows = await db
    .select({ order: orders, providerName: providers.name, recipientName: recipients.fullName, itemName: catalogItems.name })
    .from(orders)
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .innerJoin(recipients, eq(recipients.id, orders.recipientId))
    .innerJoin(catalogItems, eq(catalogItems.id, orders.catalogItemId))
    .where(and(ordersVisibleTo(actor), options.status ? eq(orders.status, options.status) : undefined, options.providerId ? eq(orders.providerId, options.providerId) : undefined, after))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > options.limit && last ? `${last.order.createdAt.toISOString()}|${last.order.id}` : null };
}

/** How many orders a recipient has that the actor may see (the cabinet says "none yet" or links to them). */
export async function countRecipientOrders(db: Db, actor: Actor, recipientId: string): Promise<number> {
  assertPermission(actor, 'orders.read');
  return db.$count(orders, and(eq(orders.recipientId, recipientId), ordersVisibleTo(actor)));
}
