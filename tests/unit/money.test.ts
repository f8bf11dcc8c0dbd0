import { describe, expect, it } from 'vitest';
import { costOfMinutes, formatTenge, minMoney, money, sumMoney } from '@/lib/money';
import { formatMinutes, hoursToMinutes, parseClockTime } from '@/lib/minutes';

describe('money in tenge', () => {
  it('adds exactly where floats do not', () => {
    expect(formatTenge(money('0.10').plus(money('0.20')))).toBe('0.30');
    expect(formatTenge(sumMoney([money('1500.10'), money('2499.95'), money('0.01')]))).toBe('4000.06');
  });
  it('refuses numbers and malformed strings', () => {
    expect(() => money(12 as unknown as string)).toThrow(TypeError);
    expect(() => money('12.345')).toThrow(TypeError);
    expect(() => money('1e3')).toThrow(TypeError);
  });
  it('rounds a cost once, half-up, to the tiyn', () => {
    expect(formatTenge(costOfMinutes(20, money('1000.00')))).toBe('333.33');
    expect(formatTenge(costOfMinutes(40, money('1000.00')))).toBe('666.67');
    // 3 minutes at 0.10 per hour = 0.005 exactly: half-up gives 0.01.
    expect(formatTenge(costOfMinutes(3, money('0.10')))).toBe('0.01');
    expect(formatTenge(costOfMinutes(480, money('1875.50')))).toBe('15004.00');
  });
  it('takes the smaller of price and guaranteed sum', () => {
    expect(formatTenge(minMoney(money('5000.00'), money('4999.99')))).toBe('4999.99');
  });
  it('refuses fractional minutes', () => {
    expect(() => costOfMinutes(1.5, money('100'))).toThrow(RangeError);
  });
});

describe('minutes', () => {
  it('converts and formats', () => {
    expect(hoursToMinutes(8)).toBe(480);
    expect(hoursToMinutes(60)).toBe(3600);
    expect(hoursToMinutes(1.5)).toBe(90);
    expect(() => hoursToMinutes(0.01)).toThrow(RangeError);
    expect(formatMinutes(450)).toBe('7:30');
    expect(parseClockTime('09:05')).toBe(545);
    expect(parseClockTime('24:00')).toBeNull();
  });
});
