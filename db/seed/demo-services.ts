import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { catalogItems, iprMeasures, iprs, orders, users, type OrderRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordEntryInTx } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { writeAudit } from '@/lib/audit';
import { addDays, addMonths, almatyDateOf, dayOfWeek } from '@/lib/calendar/local-date';
import { getClassifierEntry } from '@/lib/classifier/queries';
import { orderNumber } from '@/lib/orders/place-order';

/**
 * Demo data for the journals: a recipient's assistant and sign-language services, accepted by
 * the entrepreneur `acceptedDaysAgo` days before the seed, so workers have weeks to record and the
 * recipient entries to read. They are set up as rows already in fulfilment, without the signed
 * application, decision and contract a real order has (the order flow makes those; demo keys sign
 * them there). Answers the orders, assistant first.
 */
export async function seedRunningServiceOrders(tx: Tx, input: { recipientId: string; providerId: string; at: Date; acceptedDaysAgo: number }) {
  const today = almatyDateOf(input.at);
  const acceptedOn = addDays(today, -input.acceptedDaysAgo);
  const seeded: OrderRow[] = [];
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
    seeded.push(order!);
  }
  return seeded;
}

/**
 * Last month's journal for the demo's act path, through the journal's own rules (caps, rights,
 * counters, audit): the assistant 10:00–13:00 on each weekday since acceptance, and an hour of
 * sign language on Tuesdays and Thursdays, online and in person by turns. After `npm start` the
 * provider can form both acts for last month at once.
 */
export async function seedLastMonthJournal(tx: Tx, input: { orders: OrderRow[]; assistant: Actor; signLanguage: Actor; at: Date }) {
  const today = almatyDateOf(input.at);
  const monthStart = addMonths(`${today.slice(0, 7)}-01`, -1);
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  for (const order of input.orders) {
    let turn = 0;
    for (let day = order.periodFrom! > monthStart ? order.periodFrom! : monthStart; day <= monthEnd; day = addDays(day, 1)) {
      const weekday = dayOfWeek(day);
      if (weekday > 5) continue;
      if (order.category === 'assistant') {
        await recordEntryInTx(tx, input.assistant, journalEntryInputSchema.parse({ orderId: order.id, date: day, start: '10:00', end: '13:00', places: 'Поликлиника №2; ЦОН' }), input.at);
      } else if (weekday === 2 || weekday === 4) {
        await recordEntryInTx(tx, input.signLanguage, journalEntryInputSchema.parse({ orderId: order.id, date: day, minutes: 60, mode: turn++ % 2 === 0 ? 'online' : 'offline' }), input.at);
      }
    }
  }
}
