import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { actLines, acts, guaranteedSums, journalEntries, orders, recipients, users, type ActRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { refuseByRule } from '@/lib/rule-refusal';
import { journalServiceOf } from '@/lib/journals/entry-checks';
import { openDisputesIn } from '@/lib/journals/disputes';
import { ordersVisibleTo } from '@/lib/orders/access';
import { loadOrderParties } from '@/lib/orders/order-parties';
import { ACT_DOCUMENT_KIND, actContent, sheetRow } from './act-content';
import { actLines as priceActLines, actTotals } from './lines';
import { actPeriod } from './period';
import type { FormActInput } from './schemas';

/** An act rule refused: 422 naming the rule, on the field it concerns. */
function refuse(rule: string, field: string, values: Record<string, string | number> = {}): never {
  refuseByRule('act', rule, field, values);
}

/**
 * The provider forms the act of services rendered for an order and a month, from its journal
 * (App. 8, with the sheet of App. 9 or 10). The order row is taken FOR UPDATE: entry writers
 * hold it FOR SHARE (lib/journals/freeze.ts), so nothing enters the period while the act is
 * priced, and from then on the act freezes the period's entries. Refused while a recipient's
 * dispute about an entry of the period is open, or when the period has no hours. The act's
 * document is made at once, for the provider's head, the workers who served, and the recipient
 * (or whoever signs for them) unless the recipient has died.
 */
export async function formAct(db: Db, actor: Actor, input: FormActInput, at: Date) {
  assertPermission(actor, 'acts.form');
  if (!actor.iin) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ order: orders, lifeStatus: recipients.lifeStatus })
      .from(orders)
      .innerJoin(recipients, eq(recipients.id, orders.recipientId))
      .where(and(eq(orders.id, input.orderId), ordersVisibleTo(actor)))
      .for('update', { of: orders });
    const order = found?.order;
    if (!order || order.providerId !== actor.providerId) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
    const service = journalServiceOf(order);
    if (!service) refuse('not_a_service', 'orderId');
    if (order.status !== 'in_fulfilment' && order.status !== 'closed') refuse('order_not_running', 'orderId');
    const period = actPeriod(input.period, { periodFrom: order.periodFrom, periodTo: order.periodTo, acceptedOn: order.decidedAt ? almatyDateOf(order.decidedAt) : null }, almatyDateOf(at));
    if (period === 'period_not_over') refuse('period_not_over', 'period', { period: input.period });
    if (period === 'outside_order') refuse('outside_order', 'period', { period: input.period, from: order.periodFrom ?? '', to: order.periodTo ?? '' });

    // Every act of the month so far: a live one refuses, the newest returned one is the previous version.
    const earlier = await tx.select().from(acts).where(and(eq(acts.orderId, order.id), eq(acts.period, input.period))).orderBy(desc(acts.version));
    const live = earlier.find((a) => a.status !== 'returned');
    if (live) throw new AppError('conflict', { detailKey: 'errors.act.already_formed', values: { number: live.number } });
    const disputed = await openDisputesIn(tx, order.id, period.from, period.to);
    if (disputed.length > 0) refuse('disputed_entries', 'period', { dates: [...new Set(disputed.map((d) => d.date))].sort().join(', ') });

    const entries = await tx
      .select({ entry: journalEntries, worker: users.fullName })
      .from(journalEntries)
      .innerJoin(users, eq(users.id, journalEntries.workerUserId))
      .where(and(eq(journalEntries.orderId, order.id), isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, period.from), lte(journalEntries.serviceDate, period.to)))
      .orderBy(asc(journalEntries.serviceDate), asc(sql`coalesce(${journalEntries.startMinute}, 0)`), asc(journalEntries.createdAt));
    if (entries.length === 0) refuse('nothing_rendered', 'period', { period: input.period });

    const sums = await tx.select({ validFrom: guaranteedSums.validFrom, amount: guaranteedSums.amount }).from(guaranteedSums).where(eq(guaranteedSums.classifierCode, order.classifierCode));
    const perDay = new Map<string, number>();
    for (const { entry } of entries) perDay.set(entry.serviceDate, (perDay.get(entry.serviceDate) ?? 0) + entry.minutes);
    const lines = priceActLines(service, order.unitPrice, [...perDay].map(([date, minutes]) => ({ date, minutes })), sums);
    const totals = actTotals(lines);

    const previous = earlier[0];
    const version = (previous?.version ?? 0) + 1;
    const recipientDeceased = found.lifeStatus === 'deceased';
    const [act] = await tx
      .insert(acts)
      .values({
        number: `${order.number}/${input.period}/v${version}`,
        orderId: order.id,
        recipientId: order.recipientId,
        providerId: order.providerId,
        period: input.period,
        periodFrom: period.from,
        periodTo: period.to,
        version,
        previousActId: previous?.id ?? null,
        service,
        minutes: totals.minutes,
        unitPrice: order.unitPrice,
        total: totals.total,
        reimbursed: totals.reimbursed,
        coPayment: totals.coPayment,
        recipientDeceased,
        status: 'draft',
        formedBy: actor.userId,
        createdAt: at,
        statusChangedAt: at,
      })
      .returning();
    const insertedLines = await tx.insert(actLines).values(lines.map((line, i) => ({ actId: act!.id, lineNo: i + 1, ...line }))).returning();

    const parties = await loadOrderParties(tx, order, { name: actor.name, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) });
    const document = await createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
      kind: ACT_DOCUMENT_KIND,
      subjectType: 'act',
      subjectId: act!.id,
      content: actContent(act!, order.number, parties, lines, totals, entries.map(({ entry, worker }) => sheetRow(entry, worker))),
      requiredSigners: await actSigners(tx, actor, order, entries.map((e) => e.entry.workerUserId), recipientDeceased),
    });
    const [formed] = await tx.update(acts).set({ documentId: document.id }).where(eq(acts.id, act!.id)).returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'act.form',
      entityType: 'act',
      entityId: act!.id,
      toState: 'draft',
      data: { orderId: order.id, period: input.period, from: period.from, to: period.to, version, total: totals.total, reimbursed: totals.reimbursed, documentId: document.id },
    });
    return { act: formed!, lines: insertedLines.sort((a, b) => a.lineNo - b.lineNo) };
  });
}

/** The provider's head (who forms it), each worker who served in the period (the sheet is theirs), then the recipient's side unless the recipient has died. */
async function actSigners(tx: Tx, head: Actor, order: typeof orders.$inferSelect, workerIds: string[], recipientDeceased: boolean) {
  const signers = [{ userId: head.userId, iin: head.iin!, ...(head.bin ? { bin: head.bin } : {}) }];
  const workers = [...new Set(workerIds)].filter((id) => id !== head.userId);
  const wanted = recipientDeceased ? workers : [...workers, order.placedByUserId];
  const found = wanted.length ? await tx.select({ id: users.id, iin: users.iin }).from(users).where(inArray(users.id, wanted)) : [];
  // In order: the workers as they first served, then the recipient's side (whoever placed the order) last.
  for (const id of wanted) {
    const iin = found.find((u) => u.id === id)?.iin;
    if (!iin) throw new Error(`act signer ${id} has no IIN`);
    signers.push({ userId: id, iin });
  }
  return signers;
}

export type FormedAct = { act: ActRow; lines: (typeof actLines.$inferSelect)[] };
