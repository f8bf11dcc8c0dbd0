import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { placeOrder } from '@/lib/orders/place-order';
import { orderDocumentIds, orderView } from '@/lib/orders/order-view';
import { listOrdersForActor } from '@/lib/orders/queries';

export const POST = handle(endpoints.placeOrder, async ({ actor, body, db }) => {
  const placed = await placeOrder(db, actor!, body);
  return orderView(placed.order, await orderDocumentIds(db, placed.order.id));
});

export const GET = handle(endpoints.listOrders, async ({ actor, query, db }) => {
  const page = await listOrdersForActor(db, actor!, query);
  const items = await Promise.all(page.items.map(async (row) => orderView(row.order, await orderDocumentIds(db, row.order.id))));
  return { items, nextCursor: page.nextCursor };
});
