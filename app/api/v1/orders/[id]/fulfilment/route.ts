import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { markFulfilmentStep } from '@/lib/orders/fulfil-order';
import { orderDocumentIds, orderView } from '@/lib/orders/order-view';

export const POST = handle(endpoints.markOrderFulfilment, async ({ actor, params, body, db }) => {
  const order = await markFulfilmentStep(db, actor!, params.id, body.step);
  return orderView(order, await orderDocumentIds(db, order.id));
});
