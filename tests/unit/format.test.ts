import { describe, expect, it } from 'vitest';
import { displayTenge } from '@/lib/i18n/format';

describe('displayTenge', () => {
  it('keeps every tiyn of amounts a float would round', () => {
    // 9007199254740993.01 is not representable as a double; the string path keeps it exact.
    expect(displayTenge('9007199254740993.01', 'en')).toContain('9,007,199,254,740,993.01');
    expect(displayTenge('1234.50', 'ru').replace(/\s/g, ' ')).toBe('1 234,50 ₸');
    expect(displayTenge('1234.50', 'en')).toBe('₸1,234.50');
  });
});
