import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, guaranteedSums, journalEntries, orders, recipients, users, type ClassifierCategory } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { refuseByRule } from '@/lib/rule-refusal';
import { journalServiceOf } from '@/lib/journals/entry-checks';
import { openDisputesIn } from '@/lib/journals/disputes';
import { ordersVisibleTo } from '@/lib/orders/access';
import { loadOrderParties } from '@/lib/orders/order-parties';
import { fulfilmentKindOf } from '@/lib/orders/rules';
import { actContent } from './act-content';
import { formGoodsAct } from './form-goods-act';
import { actSigners, recordFormedAct } from './record-act';
import type { FormActInput } from './schemas';
import { disputedEntriesRefusal, draftServiceAct, isRefusal, nextActVersion, serviceActPeriod } from './service-act';

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
    if (fulfilmentKindOf(order.category as ClassifierCategory) !== 'hours') return formGoodsAct(tx, actor, order, found.lifeStatus, input.period, at);
    const service = journalServiceOf(order);
    if (!service) refuse('not_a_service', 'orderId');
    const month = input.period;
    if (!month) refuse('period_required', 'period');
    const period = serviceActPeriod(order, month, at);
    if (isRefusal(period)) refuse(period.rule, period.field, period.values);

    // Every act of the month so far: a live one refuses, the newest returned one is the previous version.
    const earlier = await tx.select().from(acts).where(and(eq(acts.orderId, order.id), eq(acts.period, month))).orderBy(desc(acts.version));
    const next = nextActVersion(earlier);
    if ('live' in next) throw new AppError('conflict', { detailKey: 'errors.act.already_formed', values: { number: next.live.number } });
    const disputed = disputedEntriesRefusal((await openDisputesIn(tx, order.id, period.from, period.to)).map((d) => d.date));
    if (disputed) refuse(disputed.rule, disputed.field, disputed.values);

    const entries = await tx
      .select({ entry: journalEntries, worker: users.fullName })
      .from(journalEntries)
      .innerJoin(users, eq(users.id, journalEntries.workerUserId))
      .where(and(eq(journalEntries.orderId, order.id), isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, period.from), lte(journalEntries.serviceDate, period.to)))
      .orderBy(asc(journalEntries.serviceDate), asc(sql`coalesce(${journalEntries.startMinute}, 0)`), asc(journalEntries.createdAt));
    const sums = await tx.select({ validFrom: guaranteedSums.validFrom, amount: guaranteedSums.amount }).from(guaranteedSums).where(eq(guaranteedSums.classifierCode, order.classifierCode));
    // Priced and refused by the rules the month-end batch uses too (lib/acts/service-act.ts).
    const draft = draftServiceAct({ order, service, month, period, ...next, recipientDeceased: found.lifeStatus === 'deceased', entries, sums });
    if (isRefusal(draft)) refuse(draft.rule, draft.field, draft.values);
    const parties = await loadOrderParties(tx, order, { name: actor.name, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) });
    const content = actContent(draft.values, order.number, parties, draft.lines, draft.totals, draft.sheet);
    const signers = await actSigners(tx, actor, order, draft.workerIds, draft.values.recipientDeceased);
    return recordFormedAct(tx, actor, draft.values, draft.lines, content, signers, at);
  });
}

export type { FormedAct } from './record-act';
