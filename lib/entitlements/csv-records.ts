import Papa from 'papaparse';
import type { FieldError } from '@/lib/errors';

/**
 * Reads an officer's CSV of IPR records: one row per IPR version, the columns below (header
 * names in any case and order), comma or semicolon separated (Excel in a Russian locale writes
 * semicolons), UTF-8. Measures sit in one cell: `WC-04=1 | SRV-ASSISTANT=8/day |
 * SRV-SIGN-LANGUAGE=60/year`, a re-issued measure with its start: `SRV-ASSISTANT=4/day from
 * 2026-12-01`. Dates as 2026-11-01 or 01.11.2026. Each row becomes the API's record shape, so
 * the same checks judge it; a row this reader cannot understand carries its own problem.
 */
export const CSV_COLUMNS = ['ipr_number', 'version', 'iin', 'full_name', 'phone', 'address', 'kato', 'disability_group', 'valid_from', 'valid_to', 'measures'] as const;

export const MAX_CSV_ROWS = 10_000;
export const MAX_CSV_BYTES = 8 * 1024 * 1024;

export interface CsvRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  record: Record<string, unknown>;
  /** Problems found while reading the row (a measure this reader cannot parse). */
  problems: FieldError[];
}

export type CsvReadResult = { ok: true; rows: CsvRow[] } | { ok: false; error: { message: string; values?: Record<string, string | number> } };

/** 01.11.2026 → 2026-11-01; anything else as it is, for the date check to judge. */
function isoDate(value: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value.trim();
}

const UNIT_WORDS: Record<string, 'hoursPerDay' | 'hoursPerYear'> = {
  day: 'hoursPerDay',
  день: 'hoursPerDay',
  күн: 'hoursPerDay',
  year: 'hoursPerYear',
  год: 'hoursPerYear',
  жыл: 'hoursPerYear',
};

const MEASURE = /^([A-Za-z0-9-]+)\s*=\s*(\d+)\s*(?:\/\s*(\S+?))?(?:\s+(?:from|с|бастап)\s+(\S+))?$/i;

export function parseMeasures(cell: string): { measures: Record<string, unknown>[]; problems: FieldError[] } {
  const measures: Record<string, unknown>[] = [];
  const problems: FieldError[] = [];
  for (const part of cell.split(/[|;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = MEASURE.exec(part);
    const unit = m?.[3] ? UNIT_WORDS[m[3].toLowerCase()] : undefined;
    if (!m || (m[3] && !unit)) {
      problems.push({ field: 'measures', message: 'validation.csv.measure_syntax', values: { part } });
      continue;
    }
    measures.push({ code: m[1]!.toUpperCase(), [unit ?? 'quantity']: Number(m[2]), ...(m[4] ? { startsOn: isoDate(m[4]) } : {}) });
  }
  return { measures, problems };
}

export function readIprCsv(bytes: Uint8Array): CsvReadResult {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, error: { message: 'validation.csv.too_large', values: { max: MAX_CSV_BYTES / 1024 / 1024 } } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, error: { message: 'validation.csv.not_utf8' } };
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return { ok: false, error: { message: 'validation.csv.missing_columns', values: { columns: missing.join(', ') } } };
  const column = (cells: string[], name: (typeof CSV_COLUMNS)[number]) => (cells[names.indexOf(name)] ?? '').trim();

  const rows: CsvRow[] = [];
  for (const [i, cells] of body.entries()) {
    if (cells.every((c) => c.trim() === '')) continue;
    if (rows.length === MAX_CSV_ROWS) return { ok: false, error: { message: 'validation.csv.too_many_rows', values: { max: MAX_CSV_ROWS } } };
    const version = column(cells, 'version');
    const { measures, problems } = parseMeasures(column(cells, 'measures'));
    rows.push({
      line: i + 2,
      problems,
      record: {
        iprNumber: column(cells, 'ipr_number'),
        version: /^\d+$/.test(version) ? Number(version) : version,
        iin: column(cells, 'iin'),
        fullName: column(cells, 'full_name'),
        phone: column(cells, 'phone'),
        address: column(cells, 'address'),
        kato: column(cells, 'kato'),
        disabilityGroup: column(cells, 'disability_group').toLowerCase(),
        validFrom: isoDate(column(cells, 'valid_from')),
        validTo: isoDate(column(cells, 'valid_to')),
        measures,
      },
    });
  }
  if (rows.length === 0) return { ok: false, error: { message: 'validation.csv.empty' } };
  return { ok: true, rows };
}

/** The downloadable error report: one line per reason, semicolons and a BOM so Excel opens it as it should. */
export function errorReportCsv(rows: { line: number; iprNumber: string | null; errors: { field: string; message: string }[] }[], headings: [string, string, string, string]): string {
  const data = rows.flatMap((r) => r.errors.map((e) => [String(r.line), r.iprNumber ?? '', e.field, e.message]));
  return `\uFEFF${Papa.unparse({ fields: headings, data }, { delimiter: ';' })}\r\n`;
}
