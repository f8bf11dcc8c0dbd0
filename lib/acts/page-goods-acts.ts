import 'server-only';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { acts, catalogItems, orders, recipients } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';

export interface GoodsOrderAwaitingAct {
  id: string;
  number: string;
  recipientName: string;
  itemName: string;
  itemModel: string | null;
  quantity: number;
  receivedAt: Date;
}

/**
 * The provider's goods orders the recipient has received (their receipt is signed: the order is
 * delivered) that have no live act of acceptance yet: what the provider should form an act for
 * next. A returned act makes way for its next version, so its order is listed again. Oldest first.
 */
export async function goodsOrdersAwaitingAct(db: Db, actor: Actor): Promise<GoodsOrderAwaitingAct[]> {
  assertPermission(actor, 'acts.form');
  return db
    .select({
      id: orders.id,
      number: orders.number,
      recipientName: recipients.fullName,
      itemName: catalogItems.name,
      itemModel: catalogItems.model,
      quantity: orders.quantity,
      receivedAt: orders.statusChangedAt,
    })
    .from(orders)
    .innerJoin(recipients, eq(recipients.id, orders.recipientId))
    .innerJoin(catalogItems, eq(catalogItems.id, orders.catalogItemId))
    .where(
      and(
        ordersVisibleTo(actor),
        eq(orders.status, 'delivered'),
        sql`${orders.category} not in ('assistant', 'sign_language')`,
        // Correlated: qualified, since drizzle leaves a one-table subquery's columns unqualified.
        notExists(db.select({ one: sql`1` }).from(acts).where(sql`${qualified(acts.orderId)} = ${qualified(orders.id)} and ${qualified(acts.status)} <> 'returned'`)),
      ),
    )
    .orderBy(asc(orders.statusChangedAt), asc(orders.id))
    .limit(200);
}
