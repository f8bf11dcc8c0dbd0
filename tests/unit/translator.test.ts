import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { displayDate, displayMonth } from '@/lib/i18n/format';
import { catalogs } from '@/lib/i18n/messages';
import { translateKey, translatorFor } from '@/lib/i18n/translator';

/** Every text of a catalog with its dotted key. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[] };

/** A value for each argument a text uses: numbers for number and plural arguments, text otherwise. */
function sampleValues(ast: AstNode[], values: Record<string, string | number> = {}): Record<string, string | number> | null {
  for (const node of ast) {
    if (node.type === 3 || node.type === 4) return null; // dates and times: none of the plain texts use them
    if (node.type === 8) return null; // a rich-text tag
    if (node.type === 2 || node.type === 6) values[node.value!] = 3;
    else if (node.type === 5) values[node.value!] = 'other';
    else if (node.type === 1) values[node.value!] = `«${node.value}»`;
    for (const option of Object.values(node.options ?? {})) if (!sampleValues(option.value, values)) return null;
  }
  return values;
}

describe('translateKey', () => {
  it('answers what next-intl answers for every plain text of every catalog', () => {
    let compared = 0;
    for (const locale of locales) {
      const t = translatorFor(locale);
      for (const [key, text] of leaves(catalogs[locale])) {
        const values = sampleValues(new IntlMessageFormat(text, locale).getAst() as AstNode[]);
        if (!values) continue;
        expect(translateKey(locale, key, values), `${locale} ${key}`).toBe(t(key as never, values as never));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Every text of three catalogs, each compiled twice: seconds on a busy two-core machine.
  }, 30_000);

  it('leaves an unknown key as it is and falls back to next-intl when a value is missing', () => {
    expect(translateKey('ru', 'no.such.key')).toBe('no.such.key');
    const withValue = leaves(catalogs.ru).find(([, text]) => text.includes('{iprNumber}'))!;
    expect(translateKey('ru', withValue[0])).toBe(translatorFor('ru')(withValue[0] as never));
  });
});

describe('the catalogs', () => {
  it('put no full stop right after a shown date or month where the language writes one at its end (not «1 дек. 2026 г..»)', () => {
    const endingInStop = locales.filter((locale) => displayDate('2026-12-01', locale).endsWith('.') || displayMonth('2026-12', locale).endsWith('.'));
    expect(endingInStop).toEqual(['kk', 'ru']);
    const doubled = endingInStop.flatMap((locale) =>
      leaves(catalogs[locale])
        .filter(([, text]) => /\{(date|dates|month)\}\./.test(text))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(doubled).toEqual([]);
  });
});
