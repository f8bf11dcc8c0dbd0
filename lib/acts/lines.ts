import type { ActService } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import type { JournalService } from '@/lib/journals/rules';
import { costOfMinutes, formatTenge, minMoney, money, sumMoney } from '@/lib/money';
import { orderMoney } from '@/lib/orders/rules';

/** The minutes the journal holds for a day of the act's period. */
export interface BillableDay {
  date: LocalDate;
  minutes: number;
}

/** A guaranteed sum per hour and the day it came into force. */
export interface GuaranteedSumInForce {
  validFrom: LocalDate;
  amount: string;
}

export interface ActLine {
  service: ActService;
  dateFrom: LocalDate;
  dateTo: LocalDate;
  /** Services: the minutes billed; goods: 0. */
  minutes: number;
  /** Goods: the units received; services: null. */
  quantity: number | null;
  unitPrice: string;
  guaranteedSum: string | null;
  reimbursedUnitPrice: string;
  cost: string;
  reimbursed: string;
}

export interface ActTotals {
  minutes: number;
  total: string;
  reimbursed: string;
  coPayment: string;
}

/** The sum in force on a day: the latest that started on or before it. */
function sumOn(sums: readonly GuaranteedSumInForce[], date: LocalDate): GuaranteedSumInForce | null {
  let found: GuaranteedSumInForce | null = null;
  for (const sum of sums) if (sum.validFrom <= date && (!found || sum.validFrom > found.validFrom)) found = sum;
  return found;
}

/**
 * Prices an act's days. One line per stretch of days with the same guaranteed sum in force
 * (a new sum mid-month makes a second line). Per line, with decimal.js and never a float:
 *   cost       = minutes × unit price / 60, rounded half-up to the tiyn once;
 *   reimbursed = minutes × min(unit price, guaranteed sum) / 60, rounded the same way once
 *                (nothing when no sum was in force: the state pays up to the sum, DESIGN §3).
 * The act's totals are the exact sums of its lines (actTotals), so rows and totals always agree.
 */
export function actLines(service: JournalService, unitPrice: string, days: readonly BillableDay[], sums: readonly GuaranteedSumInForce[]): ActLine[] {
  const price = money(unitPrice);
  const groups: { sum: GuaranteedSumInForce | null; days: BillableDay[] }[] = [];
  for (const day of [...days].filter((d) => d.minutes > 0).sort((a, b) => a.date.localeCompare(b.date))) {
    const sum = sumOn(sums, day.date);
    const last = groups.at(-1);
    if (last && last.sum?.validFrom === sum?.validFrom) last.days.push(day);
    else groups.push({ sum, days: [day] });
  }
  return groups.map(({ sum, days: groupDays }) => {
    const minutes = groupDays.reduce((total, d) => total + d.minutes, 0);
    const reimbursedUnit = sum ? minMoney(price, money(sum.amount)) : money('0');
    return {
      service,
      dateFrom: groupDays[0]!.date,
      dateTo: groupDays.at(-1)!.date,
      minutes,
      quantity: null,
      unitPrice: formatTenge(price),
      guaranteedSum: sum ? formatTenge(money(sum.amount)) : null,
      reimbursedUnitPrice: formatTenge(reimbursedUnit),
      cost: formatTenge(costOfMinutes(minutes, price)),
      reimbursed: formatTenge(costOfMinutes(minutes, reimbursedUnit)),
    };
  });
}

/**
 * The one line of a goods act of acceptance: quantity × price and quantity × min(price, sum),
 * exact (a price in tiyn times a whole quantity needs no rounding). The sum is the order's: the
 * one in force when it was placed, on which the recipient signed their application and saw their
 * co-payment (DESIGN §3), so the act bills what both parties agreed to.
 */
export function goodsActLine(receivedOn: LocalDate, quantity: number, unitPrice: string, guaranteedSum: string | null): ActLine {
  const priced = orderMoney(unitPrice, guaranteedSum, quantity);
  return {
    service: 'goods',
    dateFrom: receivedOn,
    dateTo: receivedOn,
    minutes: 0,
    quantity,
    unitPrice: priced.unitPrice,
    guaranteedSum: priced.guaranteedSum,
    reimbursedUnitPrice: priced.reimbursedPerUnit,
    cost: priced.total,
    reimbursed: priced.reimbursedTotal,
  };
}

export function actTotals(lines: readonly ActLine[]): ActTotals {
  const total = sumMoney(lines.map((l) => money(l.cost)));
  const reimbursed = sumMoney(lines.map((l) => money(l.reimbursed)));
  return { minutes: lines.reduce((sum, l) => sum + l.minutes, 0), total: formatTenge(total), reimbursed: formatTenge(reimbursed), coPayment: formatTenge(total.minus(reimbursed)) };
}
