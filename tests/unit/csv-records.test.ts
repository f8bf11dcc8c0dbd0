import { describe, expect, it } from 'vitest';
import { errorReportCsv, parseMeasures, readIprCsv } from '@/lib/entitlements/csv-records';

const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = 'ipr_number;version;iin;full_name;phone;address;kato;disability_group;valid_from;valid_to;measures';

describe('reading an officer\'s CSV of IPRs', () => {
  it('reads semicolons, a BOM, dd.mm.yyyy dates and a measures cell into the API\'s record shape', () => {
    const file = `\uFEFF${HEADER}\n"ИПР-1";1;850101300012;Иванов Иван;+77010000000;Астана;711110000;1;01.11.2026;31.10.2027;"WC-04=1 | SRV-ASSISTANT=8/day from 01.12.2026 | SRV-SIGN-LANGUAGE=60/год"\n\n`;
    const result = readIprCsv(encode(file));
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          problems: [],
          record: {
            iprNumber: 'ИПР-1',
            version: 1,
            iin: '850101300012',
            fullName: 'Иванов Иван',
            phone: '+77010000000',
            address: 'Астана',
            kato: '711110000',
            disabilityGroup: '1',
            validFrom: '2026-11-01',
            validTo: '2027-10-31',
            measures: [
              { code: 'WC-04', quantity: 1 },
              { code: 'SRV-ASSISTANT', hoursPerDay: 8, startsOn: '2026-12-01' },
              { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 },
            ],
          },
        },
      ],
    });
  });

  it('reads commas and columns in any order and case', () => {
    const header = 'MEASURES,Ipr_Number,version,iin,full_name,phone,address,kato,disability_group,valid_from,valid_to';
    const result = readIprCsv(encode(`${header}\nWC-01=2,A-1,2,850101300012,Name Name,,,711110000,2,2026-01-01,2026-12-31\n`));
    expect(result.ok && result.rows[0]!.record).toMatchObject({ iprNumber: 'A-1', version: 2, measures: [{ code: 'WC-01', quantity: 2 }] });
  });

  it('keeps a row it cannot fully read, with the reason, instead of refusing the file', () => {
    const result = readIprCsv(encode(`${HEADER}\nA;1;850101300012;N N;;;711110000;1;2026-01-01;2026-12-31;WC-01 one\n`));
    expect(result.ok && result.rows[0]!.problems).toEqual([{ field: 'measures', message: 'validation.csv.measure_syntax', values: { part: 'WC-01 one' } }]);
    expect(parseMeasures('SRV-ASSISTANT=8/week').problems).toHaveLength(1);
  });

  it('refuses a file that is not UTF-8, has no required columns, or has no rows, saying which', () => {
    expect(readIprCsv(new Uint8Array([0xc8, 0xcf, 0xd0, 0x0a]))).toEqual({ ok: false, error: { message: 'validation.csv.not_utf8' } });
    expect(readIprCsv(encode('ipr_number;iin\nA;1\n'))).toMatchObject({ ok: false, error: { message: 'validation.csv.missing_columns', values: { columns: expect.stringContaining('version') } } });
    expect(readIprCsv(encode(`${HEADER}\n\n`))).toEqual({ ok: false, error: { message: 'validation.csv.empty' } });
  });

  it('refuses more than 10,000 rows', () => {
    const row = 'A;1;850101300012;N N;;;711110000;1;2026-01-01;2026-12-31;WC-01=1\n';
    expect(readIprCsv(encode(`${HEADER}\n${row.repeat(10_001)}`))).toEqual({ ok: false, error: { message: 'validation.csv.too_many_rows', values: { max: 10_000 } } });
  });

  it('writes the error report with a BOM and semicolons, one line per reason', () => {
    const report = errorReportCsv([{ line: 3, iprNumber: 'A;1', errors: [{ field: 'iin', message: 'Неверный ИИН' }] }], ['Строка', 'ИПР', 'Поле', 'Причина']);
    expect(report).toBe('\uFEFFСтрока;ИПР;Поле;Причина\r\n3;"A;1";iin;Неверный ИИН\r\n');
  });
});
