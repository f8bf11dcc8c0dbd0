import { describe, expect, it } from 'vitest';
import { binProblem, iinProblem, ibanProblem, isValidBin, isValidIban, isValidIin } from '@/lib/identifiers';

describe('IIN', () => {
  // 8,8,0,1,0,1,3,0,0,0,0 × weights 1..11 = 55; 55 mod 11 = 0 → check digit 0.
  it('accepts a number whose check digit matches the first weighting', () => {
    expect(isValidIin('880101300000')).toBe(true);
  });
  // First weighting gives 65 mod 11 = 10; second (3..11,1,2) gives 111 mod 11 = 1.
  it('falls back to the second weighting when the first gives 10', () => {
    expect(isValidIin('880121300001')).toBe(true);
    expect(iinProblem('880121300000')).toBe('check_digit');
  });
  // Both weightings give 10 for this prefix, so no check digit can make it valid.
  it('refuses a number for which both weightings give 10', () => {
    for (let d = 0; d <= 9; d++) expect(isValidIin(`88010130010${d}`)).toBe(false);
  });
  it('names the wrong part', () => {
    expect(iinProblem('88010130000')).toBe('format');
    expect(iinProblem('88010130000a')).toBe('format');
    expect(iinProblem('881301300000')).toBe('birth_date');
    expect(iinProblem('880230300000')).toBe('birth_date');
    expect(iinProblem('880101700000')).toBe('century');
    expect(iinProblem('880101300001')).toBe('check_digit');
  });
});

describe('BIN', () => {
  // 1,2,0,3,4,0,0,0,0,1,2 × 1..11 = 1+4+12+20+10+22 = 69; 69 mod 11 = 3.
  it('accepts a BIN with a matching check digit', () => {
    expect(isValidBin('120340000123')).toBe(true);
  });
  it('names the wrong part', () => {
    expect(binProblem('12034000012')).toBe('format');
    expect(binProblem('121340000123')).toBe('registration_month');
    expect(binProblem('120370000123')).toBe('entity_type');
    expect(binProblem('120340000124')).toBe('check_digit');
  });
});

describe('Kazakhstan IBAN', () => {
  it('accepts the registry example, with spaces and lower case', () => {
    expect(isValidIban('KZ86125KZT5004100100')).toBe(true);
    expect(isValidIban('kz86 125k zt50 0410 0100')).toBe(true);
  });
  it('refuses wrong check digits, length and country', () => {
    expect(ibanProblem('KZ87125KZT5004100100')).toBe('check_digits');
    expect(ibanProblem('KZ86125KZT500410010')).toBe('format');
    expect(ibanProblem('DE89370400440532013000')).toBe('format');
  });
});
