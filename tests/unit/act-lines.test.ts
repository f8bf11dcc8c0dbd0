import { describe, expect, it } from 'vitest';
import { actLines, actTotals, goodsActLine } from '@/lib/acts/lines';
import { actPeriod } from '@/lib/acts/period';

describe('act lines: cost = minutes × price / 60, rounded half-up to the tiyn once per line', () => {
  it('7 h 45 min at 1,234.57 tenge an hour costs 9,567.92 (9,567.9175 rounded once)', () => {
    const lines = actLines('assistant', '1234.57', [{ date: '2026-11-02', minutes: 465 }], [{ validFrom: '2026-01-01', amount: '1500.00' }]);
    expect(lines).toEqual([
      { service: 'assistant', dateFrom: '2026-11-02', dateTo: '2026-11-02', minutes: 465, quantity: null, unitPrice: '1234.57', guaranteedSum: '1500.00', reimbursedUnitPrice: '1234.57', cost: '9567.92', reimbursed: '9567.92' },
    ]);
    expect(actTotals(lines)).toEqual({ minutes: 465, total: '9567.92', reimbursed: '9567.92', coPayment: '0.00' });
  });

  it('rounds the line once, not each day: three days of 20 min at 1,000.01 cost 1,000.01, not 3 × 333.34', () => {
    const days = ['2026-11-02', '2026-11-03', '2026-11-04'].map((date) => ({ date, minutes: 20 }));
    expect(actLines('sign_language', '1000.01', days, [{ validFrom: '2026-01-01', amount: '2000.00' }])[0]!.cost).toBe('1000.01');
  });

  it('reimburses per hour up to the guaranteed sum; the rest is co-payment', () => {
    const lines = actLines('assistant', '1800.00', [{ date: '2026-11-10', minutes: 90 }], [{ validFrom: '2026-01-01', amount: '1450.55' }]);
    expect(lines[0]).toMatchObject({ reimbursedUnitPrice: '1450.55', cost: '2700.00', reimbursed: '2175.83' });
    expect(actTotals(lines)).toMatchObject({ total: '2700.00', reimbursed: '2175.83', coPayment: '524.17' });
  });

  it('makes a second line from the day a new guaranteed sum is in force, and totals are the sums of the lines exactly', () => {
    const days = [
      { date: '2026-11-16', minutes: 100 },
      { date: '2026-11-02', minutes: 465 },
      { date: '2026-11-15', minutes: 1 },
      { date: '2026-11-20', minutes: 0 },
    ];
    const lines = actLines('assistant', '1234.57', days, [
      { validFrom: '2025-01-01', amount: '1000.00' },
      { validFrom: '2026-11-16', amount: '1300.00' },
    ]);
    expect(lines.map((l) => [l.dateFrom, l.dateTo, l.minutes, l.reimbursedUnitPrice, l.cost, l.reimbursed])).toEqual([
      ['2026-11-02', '2026-11-15', 466, '1000.00', '9588.49', '7766.67'],
      ['2026-11-16', '2026-11-16', 100, '1234.57', '2057.62', '2057.62'],
    ]);
    expect(actTotals(lines)).toEqual({ minutes: 566, total: '11646.11', reimbursed: '9824.29', coPayment: '1821.82' });
  });

  it('reimburses nothing for days before any guaranteed sum was in force', () => {
    const lines = actLines('assistant', '1000.00', [{ date: '2026-11-02', minutes: 60 }], [{ validFrom: '2026-12-01', amount: '900.00' }]);
    expect(lines[0]).toMatchObject({ guaranteedSum: null, reimbursedUnitPrice: '0.00', reimbursed: '0.00', cost: '1000.00' });
  });
});

describe('the line of a goods act of acceptance: quantity × price, exact', () => {
  it('3 at 12,345.67 with a guaranteed sum of 10,000.00: 37,037.01, of which 30,000.00 reimbursed and 7,037.01 co-payment', () => {
    const line = goodsActLine('2026-11-20', 3, '12345.67', '10000.00');
    expect(line).toEqual({ service: 'goods', dateFrom: '2026-11-20', dateTo: '2026-11-20', minutes: 0, quantity: 3, unitPrice: '12345.67', guaranteedSum: '10000.00', reimbursedUnitPrice: '10000.00', cost: '37037.01', reimbursed: '30000.00' });
    expect(actTotals([line])).toEqual({ minutes: 0, total: '37037.01', reimbursed: '30000.00', coPayment: '7037.01' });
  });

  it('reimburses the whole price when it is within the sum, and nothing when no sum was in force', () => {
    expect(goodsActLine('2026-11-20', 7, '0.01', '5.00')).toMatchObject({ cost: '0.07', reimbursed: '0.07' });
    expect(actTotals([goodsActLine('2026-11-20', 2, '999999999.99', null)])).toEqual({ minutes: 0, total: '1999999999.98', reimbursed: '0.00', coPayment: '1999999999.98' });
  });
});

describe('act period', () => {
  const order = { periodFrom: '2026-01-01', periodTo: '2026-12-31', acceptedOn: '2026-10-14' };
  it('is the calendar month once it is over', () => {
    expect(actPeriod('2026-11', order, '2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(actPeriod('2026-02', { ...order, acceptedOn: null }, '2026-12-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
  it('starts at acceptance, and ends early with the order (rights ended within the month)', () => {
    expect(actPeriod('2026-10', order, '2026-12-01')).toEqual({ from: '2026-10-14', to: '2026-10-31' });
    expect(actPeriod('2026-11', { ...order, periodTo: '2026-11-17' }, '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-17' });
  });
  it('refuses a month not over yet, or outside the order', () => {
    expect(actPeriod('2026-11', order, '2026-11-30')).toBe('period_not_over');
    expect(actPeriod('2026-09', order, '2026-12-01')).toBe('outside_order');
    expect(actPeriod('2027-01', order, '2027-02-01')).toBe('outside_order');
  });
});
