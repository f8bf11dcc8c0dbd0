import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { acts, type OrderRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { loadOrderParties } from '@/lib/orders/order-parties';
import { refuseByRule } from '@/lib/rule-refusal';
import { goodsActContent } from './act-content';
import { actTotals, goodsActLine } from './lines';
import { actSigners, recordFormedAct, type FormedAct } from './record-act';

/**
 * The act of acceptance for a goods order (an item, or a sanatorium stay): formed once the
 * recipient has signed their receipt (the order is delivered, which is final for goods), dated the
 * day they did, for the order's quantity at its price and guaranteed sum (lib/acts/lines.ts). One
 * live act per order; a returned one makes way for its next version. The caller holds the order
 * FOR UPDATE. Signed by the provider's head, then the recipient's side unless the recipient has
 * died since. `period`, when given, must be the month of receipt.
 */
export async function formGoodsAct(tx: Tx, actor: Actor, order: OrderRow, lifeStatus: 'active' | 'deceased' | 'departed' | null, period: string | undefined, at: Date): Promise<FormedAct> {
  if (order.status !== 'delivered') refuseByRule('act', 'goods_not_received', 'orderId');
  const receivedOn = almatyDateOf(order.statusChangedAt);
  const month = receivedOn.slice(0, 7);
  if (period && period !== month) refuseByRule('act', 'goods_period', 'period', { period, month });

  const earlier = await tx.select().from(acts).where(eq(acts.orderId, order.id)).orderBy(desc(acts.version));
  const live = earlier.find((a) => a.status !== 'returned');
  if (live) throw new AppError('conflict', { detailKey: 'errors.act.goods_already_formed', values: { number: live.number } });

  const lines = [goodsActLine(receivedOn, order.quantity, order.unitPrice, order.guaranteedSum)];
  const totals = actTotals(lines);
  const previous = earlier[0];
  const version = (previous?.version ?? 0) + 1;
  const recipientDeceased = lifeStatus === 'deceased';
  const values = {
    number: `${order.number}/${month}/v${version}`,
    orderId: order.id,
    recipientId: order.recipientId,
    providerId: order.providerId,
    period: month,
    periodFrom: receivedOn,
    periodTo: receivedOn,
    version,
    previousActId: previous?.id ?? null,
    service: 'goods' as const,
    minutes: 0,
    quantity: order.quantity,
    unitPrice: order.unitPrice,
    total: totals.total,
    reimbursed: totals.reimbursed,
    coPayment: totals.coPayment,
    recipientDeceased,
  };
  const parties = await loadOrderParties(tx, order, { name: actor.name, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) });
  const content = goodsActContent(values, order, parties, lines[0]!, totals);
  const signers = await actSigners(tx, actor, order, [], recipientDeceased);
  return recordFormedAct(tx, actor, values, lines, content, signers, at);
}
