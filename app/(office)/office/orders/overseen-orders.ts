import 'server-only';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, orders, providers, recipients, type OrderStatus } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';

/**
 * A page of the orders an office oversees, newest first, optionally of one status and one
 * provider; the cursor is the last order's "createdAt|id". The visibility rule is the one every
 * order query carries (lib/orders/access.ts). TODO(lead): `listOrdersForActor` has no provider
 * filter; once it takes `providerId`, this becomes a call to it.
 */
export async function listOverseenOrders(db: Db, actor: Actor, options: { status?: OrderStatus; providerId?: string; cursor?: string; limit: number }) {
  assertPermission(actor, 'orders.oversee');
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
