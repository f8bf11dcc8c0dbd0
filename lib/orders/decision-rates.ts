import { and, asc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders, providers } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from './access';

/** Orders that arrived (the signed application reached the provider) in [from, to); either end open. */
export interface RatePeriod {
  from?: Date;
  to?: Date;
}

/**
 * How a provider answers the orders that reach it. Every order counted arrived in the period
 * and is in exactly one of: decided on time, decided late, expired, still waiting, or returned
 * before a decision (the recipient's rights ended). Counts are integers; rates are kept as
 * their numerator and denominator and rounded once, for display, by `percentOf`.
 */
export interface DecisionRates {
  providerId: string;
  providerName: string;
  arrived: number;
  decidedOnTime: number;
  decidedLate: number;
  expired: number;
  waiting: number;
  /** Of those waiting: past the deadline in a category that only flags it. */
  waitingOverdue: number;
  returnedUndecided: number;
  refused: number;
  /** decidedOnTime + decidedLate. */
  decided: number;
  /** Decided on time ÷ (decided + expired); null while nothing was decided or expired. */
  onTime: Ratio | null;
  /** Refused ÷ decided; null before the first decision. */
  refusal: Ratio | null;
  /** Median time from arrival to decision, in seconds; null before the first decision. */
  medianSeconds: number | null;
}

export interface Ratio {
  numerator: number;
  denominator: number;
}

/** A percentage rounded once, half up, in integer arithmetic: 2 of 3 is 67. */
export function percentOf(ratio: Ratio): number {
  return Math.floor((200 * ratio.numerator + ratio.denominator) / (2 * ratio.denominator));
}

const decided = sql`${orders.decidedAt} is not null`;
const counted = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

async function ratesWhere(db: Db, where: SQL | undefined): Promise<DecisionRates[]> {
  const rows = await db
    .select({
      providerId: orders.providerId,
      providerName: providers.name,
      arrived: sql<number>`count(*)::int`,
      decidedOnTime: counted(sql`${decided} and ${orders.decidedAt} <= ${orders.deadlineAt}`),
      decidedLate: counted(sql`${decided} and ${orders.decidedAt} > ${orders.deadlineAt}`),
      expired: counted(sql`${orders.status} = 'expired'`),
      waiting: counted(sql`${orders.status} = 'submitted'`),
      waitingOverdue: counted(sql`${orders.status} = 'submitted' and ${orders.overdueAt} is not null`),
      returnedUndecided: counted(sql`${orders.status} = 'returned' and ${orders.decidedAt} is null`),
      refused: counted(sql`${decided} and ${orders.status} = 'refused'`),
      medianSeconds: sql<
        string | number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${orders.decidedAt} - ${orders.submittedAt})::float8) filter (where ${decided})`,
    })
    .from(orders)
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(and(ne(orders.status, 'draft'), where))
    .groupBy(orders.providerId, providers.name)
    .orderBy(asc(providers.name), asc(orders.providerId));
  return rows.map((r) => {
    const decidedCount = r.decidedOnTime + r.decidedLate;
    const closed = decidedCount + r.expired;
    return {
      ...r,
      decided: decidedCount,
      onTime: closed > 0 ? { numerator: r.decidedOnTime, denominator: closed } : null,
      refusal: decidedCount > 0 ? { numerator: r.refused, denominator: decidedCount } : null,
      medianSeconds: r.medianSeconds === null ? null : Number(r.medianSeconds),
    };
  });
}

function inPeriod(period: RatePeriod): SQL | undefined {
  return and(period.from ? gte(orders.submittedAt, period.from) : undefined, period.to ? lt(orders.submittedAt, period.to) : undefined);
}

/**
 * The providers' rates over the orders an office oversees: those of recipients living in its
 * districts (the same rule that decides which orders it may open), best on-time rate first.
 */
export async function officeDecisionRates(db: Db, actor: Actor, period: RatePeriod = {}): Promise<DecisionRates[]> {
  assertPermission(actor, 'orders.oversee');
  return (await ratesWhere(db, and(ordersVisibleTo(actor), inPeriod(period)))).sort(byOnTimeRate);
}

/** One provider's rates over all orders that reached it, for its public page; null before the first order. */
export async function providerDecisionRates(db: Db, providerId: string, period: RatePeriod = {}): Promise<DecisionRates | null> {
  const [row] = await ratesWhere(db, and(eq(orders.providerId, providerId), inPeriod(period)));
  return row ?? null;
}

/** Two rates compared exactly (cross-multiplied), in the direction given (1: lower first); a missing rate goes last. */
function compareRatios(x: Ratio | null, y: Ratio | null, direction: 1 | -1): number {
  if (x && y) return direction * (x.numerator * y.denominator - y.numerator * x.denominator);
  if (x || y) return x ? -1 : 1;
  return 0;
}

/** Higher on-time rate first; providers without a rate last; then by name. */
export function byOnTimeRate(a: DecisionRates, b: DecisionRates): number {
  return compareRatios(a.onTime, b.onTime, -1) || a.providerName.localeCompare(b.providerName, 'ru') || a.providerId.localeCompare(b.providerId);
}

/** Lower refusal rate first; providers that decided nothing yet last; then as byOnTimeRate. */
export function byRefusalRate(a: DecisionRates, b: DecisionRates): number {
  return compareRatios(a.refusal, b.refusal, 1) || byOnTimeRate(a, b);
}

/** A median decision time in words' units, rounded once: minutes under an hour, hours under two days, days after. */
export function decisionTimeOf(seconds: number): { unit: 'minutes' | 'hours' | 'days'; value: number } {
  if (seconds < 3600) return { unit: 'minutes', value: Math.max(1, Math.round(seconds / 60)) };
  if (seconds < 48 * 3600) return { unit: 'hours', value: Math.round(seconds / 3600) };
  return { unit: 'days', value: Math.round(seconds / 86400) };
}
