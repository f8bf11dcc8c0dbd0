import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { orders, recipients } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { checkOrderAllowed } from './eligibility';
import { applicationContent, ORDER_DOCUMENT_KINDS } from './order-documents';
import { loadOrderParties } from './order-parties';
import type { PlaceOrderInput } from './schemas';

/** "QZ-2026-000123": the year the order was placed and a number from one sequence. */
export function orderNumber(year: string, serial: number): string {
  return `QZ-${year}-${String(serial).padStart(6, '0')}`;
}

/**
 * A recipient (or their representative) places an order: every rule is checked, the price and
 * the guaranteed sum in force are copied, and the application for reimbursement of the guaranteed
 * sum is prepared for the placer to sign. The order stays a draft, unseen by the provider, until
 * that signature arrives (then `submitSignedApplication` runs in the signature's transaction).
 */
export async function placeOrder(db: Db, actor: Actor, input: PlaceOrderInput) {
  assertPermission(actor, 'orders.place');
  if (!actor.iin) throw new AppError('forbidden');
  const { people, chosen } = await resolveCabinetRecipient(db, actor, input.recipientId);
  if (!chosen || (!input.recipientId && people.length > 1)) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'recipientId', message: people.length > 1 ? 'validation.order.choose_recipient' : 'validation.order.unknown_recipient' }] });
  }
  const at = now();
  const today = almatyDateOf(at);
  return db.transaction(async (tx) => {
    // One order at a time per recipient, so two drafts never both pass the quantity check unseen.
    await tx.select({ id: recipients.id }).from(recipients).where(eq(recipients.id, chosen.id)).for('update');
    const allowed = await checkOrderAllowed(tx, { recipientId: chosen.id, catalogItemId: input.catalogItemId, quantity: input.quantity, delivery: input.delivery ?? null, address: input.address ?? null }, today);
    const [serial] = rowsOf<{ n: number }>(await tx.execute(sql`select nextval('order_number_seq')::int as n`));
    const [order] = await tx
      .insert(orders)
      .values({
        number: orderNumber(today.slice(0, 4), Number(serial!.n)),
        recipientId: chosen.id,
        placedByUserId: actor.userId,
        providerId: allowed.item.providerId,
        catalogItemId: allowed.item.id,
        classifierCode: allowed.item.code,
        category: allowed.category,
        iprId: allowed.iprId,
        iprNumber: allowed.iprNumber,
        quantity: allowed.quantity,
        unitPrice: allowed.item.price,
        guaranteedSum: allowed.guaranteedSum,
        delivery: allowed.delivery,
        deliveryAddress: allowed.address,
        leadTimeDays: allowed.item.leadTimeDays,
        periodFrom: allowed.periodFrom,
        periodTo: allowed.periodTo,
        status: 'draft',
        statusChangedAt: at,
        createdAt: at,
      })
      .returning();
    const who = { userId: actor.userId, role: actor.role };
    const onBehalfOfRecipientId = actor.role === 'representative' ? chosen.id : null;
    await writeAudit(tx, {
      actor: who,
      onBehalfOfRecipientId,
      action: 'order.place',
      entityType: 'order',
      entityId: order!.id,
      toState: 'draft',
      data: { number: order!.number, catalogItemId: allowed.item.id, quantity: allowed.quantity, unitPrice: allowed.item.price, guaranteedSum: allowed.guaranteedSum, delivery: allowed.delivery },
    });
    const parties = await loadOrderParties(tx, order!, { name: actor.name, iin: actor.iin! });
    const application = await createDocumentVersion(tx, who, {
      kind: ORDER_DOCUMENT_KINDS.application,
      subjectType: 'order',
      subjectId: order!.id,
      content: applicationContent(order!, parties, today),
      requiredSigners: [{ userId: actor.userId, iin: actor.iin! }],
    });
    return { order: order!, applicationDocumentId: application.id };
  });
}
