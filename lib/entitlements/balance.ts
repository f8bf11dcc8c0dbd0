import type { LocalDate } from '@/lib/calendar/local-date';
import { MINUTES_PER_HOUR } from '@/lib/minutes';
import type { MeasureCategory } from './measure-rules';

/** A measure in force on the day, as `entitlementsOn` answers it (only what the balance needs). */
export interface MeasureInForce {
  iprNumber: string;
  code: string;
  category: MeasureCategory;
  unit: 'piece' | 'hour' | 'day';
  quantity: number | null;
  hoursPerDay: number | null;
  hoursPerYear: number | null;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
}

/**
 * Goods (and sanatorium days) in an order, dated by the order. `ordered` is what is in an order
 * not yet received; once received the same quantity counts as `received` instead, never both.
 */
export interface ItemUsage {
  code: string;
  on: LocalDate;
  quantity: number;
  state: 'ordered' | 'received';
}

/** Time of a service a worker recorded in a journal: whole minutes on a day. */
export interface ServiceUsage {
  code: string;
  on: LocalDate;
  minutes: number;
}

export interface Usage {
  items: ItemUsage[];
  services: ServiceUsage[];
}

export const noUsage: Usage = { items: [], services: [] };

export type MeasureBalance =
  | {
      kind: 'items';
      iprNumber: string;
      code: string;
      category: MeasureCategory;
      unit: 'piece' | 'hour' | 'day';
      entitled: number;
      ordered: number;
      received: number;
      /** entitled − ordered − received, never below zero. */
      left: number;
    }
  | {
      kind: 'minutes_per_day';
      iprNumber: string;
      code: string;
      category: MeasureCategory;
      /** The day the window covers: the date asked about. */
      day: LocalDate;
      entitledMinutes: number;
      usedMinutes: number;
      leftMinutes: number;
      endsOn: LocalDate | null;
    }
  | {
      kind: 'minutes_per_year';
      iprNumber: string;
      code: string;
      category: MeasureCategory;
      /** The calendar year the window covers. */
      year: number;
      entitledMinutes: number;
      usedMinutes: number;
      leftMinutes: number;
      endsOn: LocalDate | null;
    };

function wholeNonNegative(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole, non-negative number, got ${value}`);
  return value;
}

/**
 * What each measure in force on `onDate` grants, how much of it is used and what is left.
 *
 * - Goods and sanatorium days: quantities in orders dated from the measure's start to `onDate`
 *   (a re-issued measure starts afresh), in open orders and received separately.
 * - Individual assistant: minutes served on `onDate` itself against hoursPerDay (the cap is per
 *   recipient per day, across all providers, so every provider's entries count).
 * - Sign language: minutes served in `onDate`'s calendar year up to that day against hoursPerYear
 *   (per recipient per calendar year, whatever IPR version was in force when served).
 *
 * "Left" is never negative: usage beyond the entitlement (a cut by a newer IPR version) leaves 0.
 */
export function measureBalances(measures: readonly MeasureInForce[], usage: Usage, onDate: LocalDate): MeasureBalance[] {
  for (const item of usage.items) wholeNonNegative(item.quantity, 'quantity');
  for (const service of usage.services) wholeNonNegative(service.minutes, 'minutes');
  const year = Number(onDate.slice(0, 4));
  const yearStart = `${onDate.slice(0, 4)}-01-01`;
  return measures.map((m): MeasureBalance => {
    if (m.category === 'assistant' && m.hoursPerDay !== null) {
      const entitledMinutes = m.hoursPerDay * MINUTES_PER_HOUR;
      const usedMinutes = usage.services.filter((s) => s.code === m.code && s.on === onDate).reduce((sum, s) => sum + s.minutes, 0);
      return { kind: 'minutes_per_day', iprNumber: m.iprNumber, code: m.code, category: m.category, day: onDate, entitledMinutes, usedMinutes, leftMinutes: Math.max(0, entitledMinutes - usedMinutes), endsOn: m.endsOn };
    }
    if (m.category === 'sign_language' && m.hoursPerYear !== null) {
      const entitledMinutes = m.hoursPerYear * MINUTES_PER_HOUR;
      const usedMinutes = usage.services
        .filter((s) => s.code === m.code && s.on >= yearStart && s.on <= onDate)
        .reduce((sum, s) => sum + s.minutes, 0);
      return { kind: 'minutes_per_year', iprNumber: m.iprNumber, code: m.code, category: m.category, year, entitledMinutes, usedMinutes, leftMinutes: Math.max(0, entitledMinutes - usedMinutes), endsOn: m.endsOn };
    }
    if (m.quantity === null) throw new RangeError(`measure ${m.code} (${m.category}) has no amount of its kind`);
    const inWindow = usage.items.filter((i) => i.code === m.code && i.on >= m.startsOn && i.on <= onDate);
    const ordered = inWindow.filter((i) => i.state === 'ordered').reduce((sum, i) => sum + i.quantity, 0);
    const received = inWindow.filter((i) => i.state === 'received').reduce((sum, i) => sum + i.quantity, 0);
    return {
      kind: 'items',
      iprNumber: m.iprNumber,
      code: m.code,
      category: m.category,
      unit: m.unit,
      entitled: m.quantity,
      ordered,
      received,
      left: Math.max(0, m.quantity - ordered - received),
    };
  });
}
