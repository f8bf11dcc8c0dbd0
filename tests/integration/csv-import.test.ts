import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { iprImportBatches, iprs, users } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { CSV_IMPORT_CHUNK, confirmCsvImport, getCsvImport, previewCsvImport, runCsvImport } from '@/lib/entitlements/csv-batches';
import { AppError } from '@/lib/errors';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const at = new Date('2026-11-25T05:00:00Z');
let astana: Actor;
let karaganda: Actor;

async function actorOf(pick: (a: (typeof database.accounts)[number]) => boolean): Promise<Actor> {
  const account = database.accounts.find(pick)!;
  const [user] = await db().select().from(users).where(eq(users.login, account.login.toLowerCase()));
  return (await loadActor(db(), user!.id, user!.sessionVersion))!;
}

beforeAll(async () => {
  database = await seededTestDatabase(at);
  astana = await actorOf((a) => a.role === 'office_officer' && a.name.startsWith('Сапарова'));
  karaganda = await actorOf((a) => a.role === 'office_officer' && a.name.startsWith('Петров'));
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const HEADER = 'ipr_number;version;iin;full_name;phone;address;kato;disability_group;valid_from;valid_to;measures';
let n = 0;
function row(overrides: Partial<Record<'number' | 'iin' | 'kato' | 'measures', string>> = {}) {
  n += 1;
  const iin = overrides.iin ?? withCheckDigit(`920202${String(5000 + n)}`);
  return `${overrides.number ?? `CSV-${n}`};1;${iin};Жанибеков Ерлан Маратович;87011234567;Астана;${overrides.kato ?? '711110000'};2;01.11.2026;31.10.2027;"${overrides.measures ?? 'WC-03=1 | SRV-SIGN-LANGUAGE=40/year'}"`;
}
const file = (rows: string[]) => ({ name: 'ipr.csv', bytes: new TextEncoder().encode(`${HEADER}\n${rows.join('\n')}\n`) });

describe('an officer\'s CSV upload of IPRs', () => {
  it('previews without writing, lists the bad rows with reasons, then imports the good ones once', async () => {
    const rows = [row(), row({ iin: '850101300013' }), row(), row({ measures: 'NOPE=1' }), row({ kato: '351000000' }), row({ measures: 'WC-03 = many' })];
    const id = await previewCsvImport(db(), astana, file(rows), at);
    const preview = (await getCsvImport(db(), astana, id))!;
    expect(preview).toMatchObject({ status: 'previewed', totalRows: 6 });
    expect(preview.records.map((r) => r.line)).toEqual([2, 4]);
    expect(preview.rowErrors.map((e) => [e.line, e.errors.map((x) => x.message)])).toEqual([
      [3, ['validation.iin.check_digit']],
      [5, ['validation.ipr.unknown_code']],
      [6, ['validation.ipr.kato_outside_office']],
      [7, ['validation.csv.measure_syntax']],
    ]);
    const numbers = preview.records.map((r) => (r.record as { iprNumber: string }).iprNumber);
    expect(await db().select().from(iprs).where(eq(iprs.iprNumber, numbers[0]!))).toEqual([]);

    await expect(getCsvImport(db(), karaganda, id)).resolves.toBeNull();
    await expect(confirmCsvImport(db(), karaganda, id, at)).rejects.toBeInstanceOf(AppError);
    await confirmCsvImport(db(), astana, id, at);
    await expect(confirmCsvImport(db(), astana, id, at)).rejects.toMatchObject({ code: 'conflict' });

    expect(await runCsvImport(db(), id, () => at)).toBe(true);
    const done = (await getCsvImport(db(), astana, id))!;
    expect(done).toMatchObject({ status: 'done', processed: 2, created: 2, replaced: 0, unchanged: 0 });
    const [stored] = await db().select().from(iprs).where(eq(iprs.iprNumber, numbers[0]!));
    expect(stored).toMatchObject({ source: 'csv', importedByUserId: astana.userId });
    // Running again finds nothing to do.
    expect(await runCsvImport(db(), id, () => at)).toBe(false);
  });

  it('imports a large upload in chunks, reporting progress, and resumes where it stopped', async () => {
    const rows = Array.from({ length: CSV_IMPORT_CHUNK + 20 }, () => row());
    const id = await previewCsvImport(db(), astana, file(rows), at);
    await confirmCsvImport(db(), astana, id, at);
    // As if a first runner had committed the first chunk and died: the next one resumes there.
    const [batch] = await db().select().from(iprImportBatches).where(eq(iprImportBatches.id, id));
    const first = batch!.records.slice(0, CSV_IMPORT_CHUNK);
    const { importIprRecords } = await import('@/lib/entitlements/import-iprs');
    await importIprRecords(db(), astana, first.map((r) => r.record), { source: 'csv', at });
    await db().update(iprImportBatches).set({ status: 'importing', processed: CSV_IMPORT_CHUNK, created: CSV_IMPORT_CHUNK }).where(eq(iprImportBatches.id, id));
    await runCsvImport(db(), id, () => at);
    expect(await getCsvImport(db(), astana, id)).toMatchObject({ status: 'done', processed: CSV_IMPORT_CHUNK + 20, created: CSV_IMPORT_CHUNK + 20, unchanged: 0 });
  });

  it('refuses a file it cannot read, saying why, and writes nothing', async () => {
    await expect(previewCsvImport(db(), astana, { name: 'x.csv', bytes: new Uint8Array([0xff, 0xfe, 0x41]) }, at)).rejects.toMatchObject({
      code: 'validation_failed',
      fieldErrors: [{ field: 'file', message: 'validation.csv.not_utf8' }],
    });
  });
});
