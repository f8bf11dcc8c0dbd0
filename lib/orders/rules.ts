import type { ClassifierCategory, OrderStatus } from '@/db/schema';
import { money, minMoney, formatTenge, type Money } from '@/lib/money';
import type { WorkingCalendar } from '@/lib/calendar/working-days';

/**
 * How an order is fulfilled, by classifier category: goods are handed over (delivery or pickup,
 * from stock) and their receipt signed; a sanatorium stay is booked and its receipt signed;
 * assistant and sign-language hours are rendered over the IPR's period and recorded in journals.
 */
export type FulfilmentKind = 'goods' | 'stay' | 'hours';

export function fulfilmentKindOf(category: ClassifierCategory): FulfilmentKind {
  if (category === 'assistant' || category === 'sign_language') return 'hours';
  if (category === 'sanatorium') return 'stay';
  return 'goods';
}

/** Orders that use up the IPR's quantity: placed and not refused, expired or returned. */
export const USING_STATUSES: readonly OrderStatus[] = ['submitted', 'accepted', 'in_fulfilment', 'delivered', 'closed'];

/** Orders still running: a service has one of these with one provider at a time. */
export const ACTIVE_STATUSES: readonly OrderStatus[] = ['submitted', 'accepted', 'in_fulfilment'];

/** Orders an IPR's end, a death or a departure returns if nothing was received yet. */
export const RETURNABLE_STATUSES: readonly OrderStatus[] = ['draft', 'submitted', 'accepted', 'in_fulfilment'];

/** Statuses after which the stock taken on acceptance is back with the provider if the order ends unreceived. */
export const STOCK_TAKEN_STATUSES: readonly OrderStatus[] = ['accepted', 'in_fulfilment'];

/**
 * Why a provider may refuse. Goods: only "not in stock" (the regulation's one ground). Other
 * categories: a closed list, with free text for "other" (required then).
 */
export const REFUSAL_REASONS = {
  goods: ['not_in_stock'],
  other: ['no_specialist_available', 'fully_booked', 'address_not_served', 'other'],
} as const;
export type RefusalReason = (typeof REFUSAL_REASONS.goods)[number] | (typeof REFUSAL_REASONS.other)[number];

export function refusalReasonsFor(category: ClassifierCategory): readonly RefusalReason[] {
  return fulfilmentKindOf(category) === 'goods' ? REFUSAL_REASONS.goods : REFUSAL_REASONS.other;
}

/** The decision term copied onto an order when it arrives. */
export interface DecisionTerm {
  days: number;
  dayKind: 'working' | 'calendar';
  onExpiry: 'expire' | 'flag_overdue';
}

/** The regulation's term: five working days, after which the order expires. */
export const DEFAULT_DECISION_TERM: DecisionTerm = { days: 5, dayKind: 'working', onExpiry: 'expire' };

/** The end of the term: the arrival day is not counted; the deadline is the end of the last day (Almaty). */
export function decisionDeadline(calendar: WorkingCalendar, arrival: Date, term: DecisionTerm): Date {
  return term.dayKind === 'working' ? calendar.workingDayDeadline(arrival, term.days) : calendar.calendarDayDeadline(arrival, term.days);
}

/** Whole units left of a measure after the orders that use it. */
export function quantityLeft(granted: number, used: number): number {
  return Math.max(0, granted - used);
}

export interface OrderMoney {
  unitPrice: string;
  guaranteedSum: string | null;
  /** Per unit: min(price, guaranteed sum); nothing without a sum in force. */
  reimbursedPerUnit: string;
  coPaymentPerUnit: string;
  total: string;
  reimbursedTotal: string;
  coPaymentTotal: string;
}

/** What the order costs, what the state pays and what the recipient adds, in exact tenge. */
export function orderMoney(unitPrice: string, guaranteedSum: string | null, quantity: number): OrderMoney {
  const price = money(unitPrice);
  const reimbursed: Money = guaranteedSum === null ? money('0') : minMoney(price, money(guaranteedSum));
  const coPayment = price.minus(reimbursed);
  return {
    unitPrice: formatTenge(price),
    guaranteedSum: guaranteedSum === null ? null : formatTenge(money(guaranteedSum)),
    reimbursedPerUnit: formatTenge(reimbursed),
    coPaymentPerUnit: formatTenge(coPayment),
    total: formatTenge(price.times(quantity)),
    reimbursedTotal: formatTenge(reimbursed.times(quantity)),
    coPaymentTotal: formatTenge(coPayment.times(quantity)),
  };
}

/** Time left before a deadline, in whole minutes (0 once passed), for "2 days 3 hours left". */
export function minutesLeft(deadline: Date, at: Date): number {
  return Math.max(0, Math.floor((deadline.getTime() - at.getTime()) / 60_000));
}
