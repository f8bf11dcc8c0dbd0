import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { actLines, journalEntries, orders, providerRegions, recipients, regions, type ActRow } from '@/db/schema';

import { datesEntitledTo } from '@/lib/entitlements/queries';
import { openDisputesIn } from '@/lib/journals/disputes';
import { ASSISTANT_DAY_CAP_MINUTES, SIGN_LANGUAGE_YEAR_CAP_MINUTES } from '@/lib/journals/rules';
import { money } from '@/lib/money';
import type { ActReturnReason } from './return-reasons';

export interface ReviewFlag {
  code: ActReturnReason;
  values: Record<string, string | number>;
}

/**
 * The automatic checks run on an act as it is submitted, so the reviewer sees first what needs a
 * look: days over the 8-hour cap or a year over 60 hours across all providers, entries outside
 * the recipient's rights (no measure in force that day, or after a death or departure), a
 * provider that does not serve the recipient's area, a price above the guaranteed sum, and
 * entries the recipient disputes. Each flag is named by the return reason that would fix it.
 */
export async function actReviewFlags(db: Db | Tx, act: ActRow): Promise<ReviewFlag[]> {
  const flags: ReviewFlag[] = [];
  // The days to check: the journal's for a service act, the day of receipt for goods.
  const dates =
    act.service === 'goods'
      ? [act.periodFrom]
      : [
          ...new Set(
            (
              await db
                .select({ date: journalEntries.serviceDate })
                .from(journalEntries)
                .where(and(eq(journalEntries.orderId, act.orderId), isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, act.periodFrom), lte(journalEntries.serviceDate, act.periodTo)))
            ).map((e) => e.date),
          ),
        ].sort();

  if (act.service === 'assistant' && dates.length > 0) {
    const overDays = await db
      .select({ date: journalEntries.serviceDate })
      .from(journalEntries)
      .where(and(eq(journalEntries.recipientId, act.recipientId), eq(journalEntries.service, 'assistant'), isNull(journalEntries.deletedAt), inArray(journalEntries.serviceDate, dates)))
      .groupBy(journalEntries.serviceDate)
      .having(sql`sum(${journalEntries.minutes}) > ${ASSISTANT_DAY_CAP_MINUTES}`);
    if (overDays.length) flags.push({ code: 'over_cap', values: { dates: overDays.map((d) => d.date).sort().join(', ') } });
  }
  if (act.service === 'sign_language') {
    const year = act.period.slice(0, 4);
    const [row] = await db
      .select({ minutes: sql<number>`coalesce(sum(${journalEntries.minutes}), 0)::int` })
      .from(journalEntries)
      .where(and(eq(journalEntries.recipientId, act.recipientId), eq(journalEntries.service, 'sign_language'), isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, `${year}-01-01`), lte(journalEntries.serviceDate, `${year}-12-31`)));
    if ((row?.minutes ?? 0) > SIGN_LANGUAGE_YEAR_CAP_MINUTES) flags.push({ code: 'over_cap', values: { year, minutes: row!.minutes } });
  }

  const [order] = await db.select({ code: orders.classifierCode }).from(orders).where(eq(orders.id, act.orderId));
  const [person] = await db
    .select({ lifeStatus: recipients.lifeStatus, lifeStatusOn: recipients.lifeStatusOn, kato: recipients.kato, parentKato: regions.parentKato })
    .from(recipients)
    .leftJoin(regions, eq(regions.kato, recipients.kato))
    .where(eq(recipients.id, act.recipientId));
  const entitled = order ? await datesEntitledTo(db, act.recipientId, order.code, dates) : new Set<string>();
  const outside = dates.filter((date) => {
    const afterEnd = person?.lifeStatus !== 'active' && person?.lifeStatusOn != null && date >= person.lifeStatusOn;
    return afterEnd || !entitled.has(date);
  });
  if (outside.length) flags.push({ code: 'outside_rights', values: { dates: outside.join(', ') } });

  const katos = [person?.kato, person?.parentKato].filter((k): k is string => !!k);
  const [serves] = katos.length
    ? await db.select({ kato: providerRegions.kato }).from(providerRegions).where(and(eq(providerRegions.providerId, act.providerId), inArray(providerRegions.kato, katos))).limit(1)
    : [];
  if (!serves) flags.push({ code: 'region_not_served', values: {} });

  const lines = await db.select().from(actLines).where(eq(actLines.actId, act.id));
  const aboveSum = lines.filter((l) => l.guaranteedSum === null || money(l.unitPrice).greaterThan(money(l.guaranteedSum)));
  if (aboveSum.length) flags.push({ code: 'price_above_sum', values: { price: act.unitPrice, sum: aboveSum[0]!.guaranteedSum ?? '—', coPayment: act.coPayment } });

  const disputed = await openDisputesIn(db, act.orderId, act.periodFrom, act.periodTo);
  if (disputed.length) flags.push({ code: 'disputed_entry', values: { dates: [...new Set(disputed.map((d) => d.date))].sort().join(', ') } });
  return flags;
}

