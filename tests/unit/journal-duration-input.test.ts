import { describe, expect, it } from 'vitest';
import { hoursAndMinutes, parseDurationInput } from '@/lib/journals/duration-input';

describe('the hours a worker types on the journal screens', () => {
  it('reads whole hours, decimal hours with a point or a comma, and hours:minutes', () => {
    expect(parseDurationInput('4')).toBe(240);
    expect(parseDurationInput(' 4.5 ')).toBe(270);
    expect(parseDurationInput('4,5')).toBe(270);
    expect(parseDurationInput('4:30')).toBe(270);
    expect(parseDurationInput('0:45')).toBe(45);
    expect(parseDurationInput('7.25')).toBe(435);
    expect(parseDurationInput('24')).toBe(1440);
  });

  it('refuses nothing, zero, more than a day and anything else', () => {
    for (const text of ['', '0', '0:00', '24:01', '25', '4:60', 'abc', '-1', '4h', '1.5.5', '100']) expect(parseDurationInput(text)).toBeNull();
  });

  it('splits minutes into hours and minutes for "7 h 30 min"', () => {
    expect(hoursAndMinutes(450)).toEqual({ hours: 7, minutes: 30 });
    expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
    expect(hoursAndMinutes(480)).toEqual({ hours: 8, minutes: 0 });
  });
});
