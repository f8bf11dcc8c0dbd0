import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { AppError } from '@/lib/errors';
import { orderDocumentIds, orderView, timelineView } from '@/lib/orders/order-view';
import { findOrderForActor } from '@/lib/orders/queries';
import { orderTimeline } from '@/lib/orders/timeline';

export const GET = handle(endpoints.getOrder, async ({ actor, params, db }) => {
  const order = await findOrderForActor(db, actor!, params.id);
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  return { ...orderView(order, await orderDocumentIds(db, order.id)), timeline: timelineView(await orderTimeline(db, order.id)) };
});
