import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { catalogItems, iprMeasures, iprs, orders, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { getClassifierEntry } from '@/lib/classifier/queries';
import { orderNumber } from '@/lib/orders/place-order';

/**
 * Demo data for the journals: one recipient's assistant and sign-language services, accepted by
 * the entrepreneur 30 days before the seed, so workers have weeks to record and the recipient
 * entries to read. They are set up as rows already in fulfilment, without the signed application,
 * decision and contract a real order has (the order flow makes those; demo keys sign them there).
 */
export async function seedRunningServiceOrders(tx: Tx, input: { recipientId: string; providerId: string; at: Date }) {
  const today = almatyDateOf(input.at);
  const acceptedOn = addDays(today, -30);
  const accepted = new Date(`${acceptedOn}T04:00:00Z`); // 09:00 in Almaty
  const [recipientUser] = await tx.select({ id: users.id }).from(users).where(eq(users.recipientId, input.recipientId));
  for (const code of ['SRV-ASSISTANT', 'SRV-SIGN-LANGUAGE'] as const) {
    const [measure] = await tx
      .select({ iprId: iprs.id, iprNumber: iprs.iprNumber, startsOn: iprMeasures.startsOn, endsOn: iprMeasures.endsOn, validTo: iprs.validTo })
      .from(iprMeasures)
      .innerJoin(iprs, eq(iprs.id, iprMeasures.iprId))
      .where(and(eq(iprs.recipientId, input.recipientId), eq(iprMeasures.classifierCode, code)));
    const [item] = await tx.select().from(catalogItems).where(and(eq(catalogItems.providerId, input.providerId), eq(catalogItems.classifierCode, code)));
    if (!measure || !item || !recipientUser) throw new Error(`demo service ${code} cannot be seeded`);
    const guaranteed = (await getClassifierEntry(tx, code, acceptedOn))?.guaranteedSum ?? item.price;
    const [serial] = rowsOf<{ n: number }>(await tx.execute(sql`select nextval('order_number_seq')::int as n`));
    const [order] = await tx
      .insert(orders)
      .values({
        number: orderNumber(acceptedOn.slice(0, 4), Number(serial!.n)),
        recipientId: input.recipientId,
        placedByUserId: recipientUser.id,
        providerId: input.providerId,
        catalogItemId: item.id,
        classifierCode: code,
        category: code === 'SRV-ASSISTANT' ? 'assistant' : 'sign_language',
        iprId: measure.iprId,
        iprNumber: measure.iprNumber,
        quantity: 1,
        unitPrice: item.price,
        guaranteedSum: guaranteed,
        leadTimeDays: item.leadTimeDays,
        periodFrom: acceptedOn,
        periodTo: measure.endsOn ?? measure.validTo,
        status: 'in_fulfilment',
        submittedAt: new Date(accepted.getTime() - 86_400_000),
        deadlineAt: accepted,
        decidedAt: accepted,
        statusChangedAt: accepted,
        createdAt: new Date(accepted.getTime() - 86_400_000),
      })
      .returning();
    await writeAudit(tx, { actor: null, action: 'order.demo_seed', entityType: 'order', entityId: order!.id, toState: 'in_fulfilment', data: { source: 'demo_seed', number: order!.number } });
  }
}
