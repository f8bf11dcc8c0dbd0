import { describe, expect, it } from 'vitest';
import { measureBalances, noUsage, type MeasureInForce, type Usage } from '@/lib/entitlements/balance';

const base = { iprNumber: 'ИПР-1', startsOn: '2026-03-01', endsOn: null, quantity: null, hoursPerDay: null, hoursPerYear: null };
const wheelchair: MeasureInForce = { ...base, code: 'WC-04', category: 'wheelchair', unit: 'piece', quantity: 1 };
const cane: MeasureInForce = { ...base, code: 'TA-TACTILE-CANE', category: 'technical_aid', unit: 'piece', quantity: 3 };
const sanatorium: MeasureInForce = { ...base, code: 'SAN-STAY', category: 'sanatorium', unit: 'day', quantity: 14 };
const assistant: MeasureInForce = { ...base, code: 'SRV-ASSISTANT', category: 'assistant', unit: 'hour', hoursPerDay: 8, endsOn: '2026-12-31' };
const signLanguage: MeasureInForce = { ...base, code: 'SRV-SIGN-LANGUAGE', category: 'sign_language', unit: 'hour', hoursPerYear: 60 };

const usage = (u: Partial<Usage>): Usage => ({ ...noUsage, ...u });

describe('entitlement balance: goods', () => {
  it('with nothing used, all of it is left', () => {
    expect(measureBalances([wheelchair], noUsage, '2026-11-25')).toEqual([
      { kind: 'items', iprNumber: 'ИПР-1', code: 'WC-04', category: 'wheelchair', unit: 'piece', entitled: 1, ordered: 0, received: 0, left: 1 },
    ]);
  });

  it('counts ordered and received separately, and both reduce what is left', () => {
    const [b] = measureBalances(
      [cane],
      usage({
        items: [
          { code: 'TA-TACTILE-CANE', on: '2026-04-01', quantity: 1, state: 'received' },
          { code: 'TA-TACTILE-CANE', on: '2026-11-20', quantity: 1, state: 'ordered' },
          { code: 'WC-04', on: '2026-11-20', quantity: 1, state: 'ordered' },
        ],
      }),
      '2026-11-25',
    );
    expect(b).toMatchObject({ kind: 'items', entitled: 3, ordered: 1, received: 1, left: 1 });
  });

  it('counts only orders from the measure start to the day (a re-issued measure starts afresh)', () => {
    const [b] = measureBalances(
      [cane],
      usage({
        items: [
          { code: 'TA-TACTILE-CANE', on: '2026-02-28', quantity: 2, state: 'received' },
          { code: 'TA-TACTILE-CANE', on: '2026-03-01', quantity: 1, state: 'received' },
          { code: 'TA-TACTILE-CANE', on: '2026-11-26', quantity: 1, state: 'ordered' },
        ],
      }),
      '2026-11-25',
    );
    expect(b).toMatchObject({ ordered: 0, received: 1, left: 2 });
  });

  it('sanatorium days are a quantity like goods', () => {
    const [b] = measureBalances([sanatorium], usage({ items: [{ code: 'SAN-STAY', on: '2026-06-01', quantity: 14, state: 'received' }] }), '2026-11-25');
    expect(b).toMatchObject({ kind: 'items', unit: 'day', entitled: 14, received: 14, left: 0 });
  });

  it('what is left never goes below zero', () => {
    const [b] = measureBalances(
      [wheelchair],
      usage({
        items: [
          { code: 'WC-04', on: '2026-05-01', quantity: 1, state: 'received' },
          { code: 'WC-04', on: '2026-11-01', quantity: 1, state: 'ordered' },
        ],
      }),
      '2026-11-25',
    );
    expect(b).toMatchObject({ ordered: 1, received: 1, left: 0 });
  });
});

describe('entitlement balance: individual assistant (minutes a day)', () => {
  it('counts the minutes of the day asked about only, against hours a day', () => {
    const [b] = measureBalances(
      [assistant],
      usage({
        services: [
          { code: 'SRV-ASSISTANT', on: '2026-11-24', minutes: 480 },
          { code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: 150 },
          { code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: 45 },
          { code: 'SRV-ASSISTANT', on: '2026-11-26', minutes: 60 },
          { code: 'SRV-SIGN-LANGUAGE', on: '2026-11-25', minutes: 60 },
        ],
      }),
      '2026-11-25',
    );
    expect(b).toEqual({
      kind: 'minutes_per_day',
      iprNumber: 'ИПР-1',
      code: 'SRV-ASSISTANT',
      category: 'assistant',
      day: '2026-11-25',
      entitledMinutes: 480,
      usedMinutes: 195,
      leftMinutes: 285,
      endsOn: '2026-12-31',
    });
  });

  it('a new day starts with the whole day left', () => {
    const services = [{ code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: 480 }];
    expect(measureBalances([assistant], usage({ services }), '2026-11-25')[0]).toMatchObject({ usedMinutes: 480, leftMinutes: 0 });
    expect(measureBalances([assistant], usage({ services }), '2026-11-26')[0]).toMatchObject({ usedMinutes: 0, leftMinutes: 480 });
  });

  it('what is left never goes below zero', () => {
    const [b] = measureBalances([{ ...assistant, hoursPerDay: 4 }], usage({ services: [{ code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: 300 }] }), '2026-11-25');
    expect(b).toMatchObject({ entitledMinutes: 240, usedMinutes: 300, leftMinutes: 0 });
  });
});

describe('entitlement balance: sign language (minutes a calendar year)', () => {
  it('counts the minutes of the calendar year up to the day, against hours a year', () => {
    const [b] = measureBalances(
      [signLanguage],
      usage({
        services: [
          { code: 'SRV-SIGN-LANGUAGE', on: '2025-12-31', minutes: 600 },
          { code: 'SRV-SIGN-LANGUAGE', on: '2026-01-01', minutes: 90 },
          { code: 'SRV-SIGN-LANGUAGE', on: '2026-11-25', minutes: 30 },
          { code: 'SRV-SIGN-LANGUAGE', on: '2026-11-26', minutes: 120 },
          { code: 'SRV-ASSISTANT', on: '2026-06-01', minutes: 480 },
        ],
      }),
      '2026-11-25',
    );
    expect(b).toEqual({
      kind: 'minutes_per_year',
      iprNumber: 'ИПР-1',
      code: 'SRV-SIGN-LANGUAGE',
      category: 'sign_language',
      year: 2026,
      entitledMinutes: 3600,
      usedMinutes: 120,
      leftMinutes: 3480,
      endsOn: null,
    });
  });

  it('a new year starts with the whole year left', () => {
    const services = [{ code: 'SRV-SIGN-LANGUAGE', on: '2026-12-31', minutes: 3600 }];
    expect(measureBalances([signLanguage], usage({ services }), '2026-12-31')[0]).toMatchObject({ usedMinutes: 3600, leftMinutes: 0 });
    expect(measureBalances([signLanguage], usage({ services }), '2027-01-01')[0]).toMatchObject({ year: 2027, usedMinutes: 0, leftMinutes: 3600 });
  });

  it('what is left never goes below zero', () => {
    const [b] = measureBalances([{ ...signLanguage, hoursPerYear: 10 }], usage({ services: [{ code: 'SRV-SIGN-LANGUAGE', on: '2026-03-01', minutes: 900 }] }), '2026-11-25');
    expect(b).toMatchObject({ entitledMinutes: 600, usedMinutes: 900, leftMinutes: 0 });
  });
});

describe('entitlement balance: input', () => {
  it('keeps the order of the measures, one balance each', () => {
    expect(measureBalances([wheelchair, assistant, signLanguage, sanatorium], noUsage, '2026-11-25').map((b) => b.kind)).toEqual([
      'items',
      'minutes_per_day',
      'minutes_per_year',
      'items',
    ]);
  });

  it('refuses fractional or negative minutes and quantities', () => {
    expect(() => measureBalances([assistant], usage({ services: [{ code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: 1.5 }] }), '2026-11-25')).toThrow(RangeError);
    expect(() => measureBalances([assistant], usage({ services: [{ code: 'SRV-ASSISTANT', on: '2026-11-25', minutes: -5 }] }), '2026-11-25')).toThrow(RangeError);
    expect(() => measureBalances([wheelchair], usage({ items: [{ code: 'WC-04', on: '2026-11-25', quantity: -1, state: 'ordered' }] }), '2026-11-25')).toThrow(RangeError);
  });
});
