import fs from 'node:fs';
import path from 'node:path';
import { withCheckDigit } from '@/db/seed/identifiers';
import { openDatabase } from '@/db/client';
import { prepareDatabase } from '@/db/seed';
import { now } from '@/lib/clock';
import { createScratchDatabase } from './marketplace-data';
import { startBenchServer } from './server';

/**
 * Issue 5: importing 10,000 IPR records through POST /api/v1/entitlements/import should take
 * under 5 seconds. The server is a production build on its own data (PGlite, or a scratch
 * database on the local PostgreSQL server with BENCH_DATABASE_URL). Printed beside it, in the
 * same run: the same records as one multi-row INSERT per 2,000 rows into a scratch table with the
 * same number of columns (the floor for writing them at all), and the second import of the same
 * batch (idempotent: nothing written). BENCH_IMPORT_RECORDS changes the count.
 */
const count = Number(process.env.BENCH_IMPORT_RECORDS ?? 10_000);

function records(prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    iprNumber: `BENCH-${prefix}-${i}`,
    version: 1,
    // Born 1970–1999, serials from the index: every IIN valid and distinct.
    // YYMMDD, the century-and-sex digit (3: a man born in the 1900s), three serial digits.
    iin: withCheckDigit(`${70 + (i % 30)}01013${String(Math.floor(i / 30)).padStart(3, '0')}`),
    fullName: `Получатель Тестовый ${i}`,
    phone: `+7701${String(i).padStart(7, '0')}`,
    address: `Астана, ул. Абая, ${i}`,
    kato: '711110000',
    disabilityGroup: (['1', '2', '3', 'child'] as const)[i % 4],
    validFrom: '2026-11-01',
    validTo: '2027-10-31',
    measures: [
      { code: 'WC-04', quantity: 1 },
      { code: 'SRV-ASSISTANT', hoursPerDay: 8 },
      { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 },
    ],
  }));
}

async function main() {
  const scratch = process.env.BENCH_DATABASE_URL ? await createScratchDatabase(process.env.BENCH_DATABASE_URL) : null;
  const server = await startBenchServer({
    databaseUrl: scratch?.url,
    // Migrations and the demo accounts (the integration client signs in) before the server opens the data.
    prepare: async (dir) => {
      const connection = openDatabase(scratch ? { url: scratch.url } : { dataDir: path.join(dir, 'pglite') });
      try {
        await prepareDatabase(connection, { at: now(), demo: true, dataDir: dir });
      } finally {
        await connection.close();
      }
    },
  });
  try {
    const accounts = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'demo-accounts.json'), 'utf8')) as { role: string; login: string; password: string }[];
    const client = accounts.find((a) => a.role === 'integration_client')!;
    const token = ((await (await fetch(`${server.baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: client.login, password: client.password }) })).json()) as { token: string }).token;
    const send = async (body: string) => {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/v1/entitlements/import`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const result = (await response.json()) as { accepted?: { outcome: string }[]; rejected?: unknown[] };
      const ms = performance.now() - started;
      if (response.status !== 200 || result.rejected?.length) throw new Error(`import answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
      return { ms, outcomes: result.accepted!.map((a) => a.outcome) };
    };
    // A small batch first, so the route is compiled and warm before it is timed.
    await send(JSON.stringify({ records: records('WARM').slice(0, 50).map((r, i) => ({ ...r, iin: withCheckDigit(`6001014${String(i).padStart(3, '0')}`) })) }));
    const body = JSON.stringify({ records: records('A') });
    const first = await send(body);
    const second = await send(body);

    // The floor, in the same database the server used (the server is stopped first on PGlite).
    let floorMs = Number.NaN;
    if (scratch) {
      floorMs = await insertFloor(scratch.url);
    }
    const row = (name: string, ms: number) => `| ${name} | ${count.toLocaleString('en')} | ${(ms / 1000).toFixed(2)} | ${Math.round((count / ms) * 1000).toLocaleString('en')} |`;
    console.log(`\nIPR import through the API, ${scratch ? 'PostgreSQL' : 'PGlite'} (body ${(body.length / 1024 / 1024).toFixed(1)} MiB)`);
    console.log('| what | records | seconds | records/s |\n|---|---|---|---|');
    console.log(row('POST /api/v1/entitlements/import, new records (target < 5 s)', first.ms));
    console.log(row('the same batch again (idempotent: nothing written)', second.ms));
    if (!Number.isNaN(floorMs)) console.log(row('baseline: the same rows as plain multi-row INSERTs, no checks', floorMs));
    if (first.outcomes.some((o) => o !== 'created') || second.outcomes.some((o) => o !== 'unchanged')) throw new Error('unexpected outcomes');
  } finally {
    await server.stop();
    await scratch?.drop();
  }
}

/** Plain multi-row INSERTs of as many rows and columns as the import writes to iprs and measures. */
async function insertFloor(url: string): Promise<number> {
  const connection = openDatabase({ url });
  try {
    await connection.executeSql('create temporary table floor_rows (a text, b int, c text, d text, e date, f date, g text, h text)');
    const started = performance.now();
    const rows = count * 4; // one IPR row and three measure rows per record
    for (let i = 0; i < rows; i += 2000) {
      const n = Math.min(2000, rows - i);
      const values: unknown[] = [];
      const tuples = Array.from({ length: n }, (_, j) => {
        values.push(`r${i + j}`, j, 'x', 'y', '2026-11-01', '2027-10-31', 'z', 'w');
        const b = j * 8;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`;
      });
      await connection.executeSql(`insert into floor_rows values ${tuples.join(', ')}`, values);
    }
    return performance.now() - started;
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
