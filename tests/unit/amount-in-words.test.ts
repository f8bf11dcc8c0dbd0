import { describe, expect, it } from 'vitest';
import { amountInWords } from '@/lib/i18n/amount-in-words';

/** The amount in words the budget confirmation shows beside the figures, in each language. */
describe('amount in words', () => {
  it('writes Russian with thousands feminine and every plural form', () => {
    expect(amountInWords('2500000.50', 'ru')).toBe('два миллиона пятьсот тысяч тенге 50 тиынов');
    expect(amountInWords('1001.01', 'ru')).toBe('одна тысяча один тенге 01 тиын');
    expect(amountInWords('22000.02', 'ru')).toBe('двадцать две тысячи тенге 02 тиына');
    expect(amountInWords('11000000.11', 'ru')).toBe('одиннадцать миллионов тенге 11 тиынов');
    expect(amountInWords('121314515.00', 'ru')).toBe('сто двадцать один миллион триста четырнадцать тысяч пятьсот пятнадцать тенге 00 тиынов');
    expect(amountInWords('100000000000.00', 'ru')).toBe('сто миллиардов тенге 00 тиынов');
    expect(amountInWords('0.99', 'ru')).toBe('ноль тенге 99 тиынов');
  });

  it('writes Kazakh', () => {
    expect(amountInWords('2500000.50', 'kk')).toBe('екі миллион бес жүз мың теңге 50 тиын');
    expect(amountInWords('1945.07', 'kk')).toBe('бір мың тоғыз жүз қырық бес теңге 07 тиын');
    expect(amountInWords('16000000000.00', 'kk')).toBe('он алты миллиард теңге 00 тиын');
  });

  it('writes English', () => {
    expect(amountInWords('2500000.50', 'en')).toBe('two million five hundred thousand tenge 50 tiyn');
    expect(amountInWords('1013.00', 'en')).toBe('one thousand thirteen tenge 00 tiyn');
    expect(amountInWords('999999999999.99', 'en')).toBe('nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine tenge 99 tiyn');
  });

  it('refuses what is not a stored amount', () => {
    expect(() => amountInWords('12.5', 'ru')).toThrow(TypeError);
    expect(() => amountInWords('1e9', 'en')).toThrow(TypeError);
  });
});
