import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openDatabase, type DatabaseConnection, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import { classifier } from '@/db/seed/data/classifier';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { searchOffers, searchProviders, type OfferQuery } from '@/lib/marketplace/search';
import { createScratchDatabase, prepareMarketplaceDatabase, type MarketplaceFixture } from './marketplace-data';

/**
 * The marketplace's domain queries timed directly (no HTTP, no rendering) against the seeded
 * database, and the plans of the main queries. Prints figures; asserts nothing.
 *
 *   npx tsx tests/bench/marketplace-query.ts                  embedded PGlite in a temporary folder
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/marketplace-query.ts
 *                                                             a scratch database on that (local) server, dropped after
 * BENCH_QUERY_CALLS (default 200) sets the calls per case; BENCH_EXPLAIN=0 skips the plans.
 */

interface Captured {
  sql: string;
  params: unknown[];
}

/** A second drizzle handle on the same client that records every statement it sends. */
function capturingDb(connection: DatabaseConnection, captured: Captured[]): Db {
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  const client: unknown = (connection.db as unknown as { $client: unknown }).$client;
  return (
    connection.kind === 'pglite'
      ? drizzlePglite(client as PGlite, { schema, logger })
      : drizzlePostgres(client as postgres.Sql, { schema, logger })
  ) as unknown as Db;
}

async function rawQuery(connection: DatabaseConnection, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client: unknown = (connection.db as unknown as { $client: unknown }).$client;
  if (connection.kind === 'pglite') return (await (client as PGlite).query<Record<string, unknown>>(sql, params)).rows;
  return (await (client as postgres.Sql).unsafe(sql, params as postgres.ParameterOrJSON<never>[])) as unknown as Record<string, unknown>[];
}

export interface Timing {
  name: string;
  calls: number;
  rows: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

async function time(name: string, calls: number, run: () => Promise<number>): Promise<Timing> {
  let rows = 0;
  for (let i = 0; i < 5; i++) rows = await run(); // warm caches and plans
  const durations: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { name, calls, rows, median: percentile(durations, 50), p95: percentile(durations, 95), max: durations.at(-1) ?? Number.NaN };
}

export interface QueryCase {
  name: string;
  run: (db: Db) => Promise<number>;
  /** Which captured statement to EXPLAIN (the search's main one); omitted: not explained. */
  explain?: (sql: string) => boolean;
}

export function marketplaceCases(fixture: MarketplaceFixture, onDate: string): QueryCase[] {
  const r = fixture.recipient;
  const servedIn = [r.kato, ...(r.parentKato ? [r.parentKato] : [])];
  const goods = r.codes.find((c) => !c.startsWith('SRV-') && c !== 'SAN-STAY') ?? r.codes[0] ?? 'WC-04';
  const base: OfferQuery = { servedIn, codes: [goods], sort: 'price', onDate };
  const offers = (q: OfferQuery) => async (db: Db) => (await searchOffers(db, q)).items.length;
  const isOffers = (sql: string) => sql.includes('from "catalog_items" inner join "providers"');
  const isProviderPage = (sql: string) => sql.startsWith('select "id", "name" from "providers"');
  const allCodes = classifier.map((c) => c.code);
  return [
    { name: `searchOffers: ${goods}, by price (page 1)`, run: offers(base), explain: isOffers },
    {
      name: `searchOffers: ${goods}, by price (pages 1 and 2, cursor)`,
      run: async (db) => {
        const first = await searchOffers(db, base);
        return first.nextCursor ? (await searchOffers(db, { ...base, cursor: first.nextCursor })).items.length : 0;
      },
      explain: isOffers,
    },
    { name: `searchOffers: IPR codes ${r.codes.join('+')}, by price`, run: offers({ ...base, codes: r.codes }), explain: isOffers },
    { name: `searchOffers: IPR codes, by lead time`, run: offers({ ...base, codes: r.codes, sort: 'lead_time' }), explain: isOffers },
    { name: `searchOffers: ${goods}, delivery + in stock + max price`, run: offers({ ...base, delivery: true, inStock: true, maxPrice: '950000' }) },
    { name: `searchOffers: ${allCodes.length} codes (all), by price`, run: offers({ ...base, codes: allCodes }) },
    {
      name: `searchProviders: region ${r.kato} (district) + ${goods}`,
      run: async (db) => (await searchProviders(db, { region: r.kato, code: goods, limit: 20, onDate })).items.length,
      explain: isProviderPage,
    },
    {
      name: `searchProviders: region 350000000 (oblast) + ${goods}`,
      run: async (db) => (await searchProviders(db, { region: '350000000', code: goods, limit: 20, onDate })).items.length,
    },
    {
      name: `searchProviders: region ${r.kato}, any code`,
      run: async (db) => (await searchProviders(db, { region: r.kato, limit: 20, onDate })).items.length,
    },
    { name: 'searchProviders: no filter (first page)', run: async (db) => (await searchProviders(db, { limit: 20, onDate })).items.length },
  ];
}

/** Whether the planner has statistics for the marketplace tables (PGlite never autovacuums). */
export async function statisticsState(connection: DatabaseConnection): Promise<string> {
  const rows = await rawQuery(
    connection,
    `SELECT c.relname, c.reltuples::bigint AS reltuples, s.last_analyze IS NOT NULL OR s.last_autoanalyze IS NOT NULL AS analyzed
       FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relname IN ('catalog_items', 'providers', 'provider_regions') ORDER BY c.relname`,
  );
  return rows.map((r) => `${String(r.relname)}: reltuples ${String(r.reltuples)}${r.analyzed ? ', analyzed' : ''}`).join('; ');
}

export async function explainCases(connection: DatabaseConnection, cases: QueryCase[]): Promise<string[]> {
  const out: string[] = [];
  for (const c of cases) {
    if (!c.explain) continue;
    const captured: Captured[] = [];
    await c.run(capturingDb(connection, captured));
    // The last matching statement: a second page's query follows the first page's.
    const main = captured.filter((q) => c.explain?.(q.sql)).at(-1);
    if (!main) throw new Error(`${c.name}: main statement not captured`);
    const plan = await rawQuery(connection, `EXPLAIN (ANALYZE, BUFFERS) ${main.sql}`, main.params);
    out.push(`-- ${c.name}\n-- params: ${JSON.stringify(main.params)}\n${plan.map((p) => String(p['QUERY PLAN'])).join('\n')}`);
  }
  return out;
}

export function printTimings(title: string, timings: Timing[]): void {
  console.log(`\n${title}`);
  console.log('| query | rows | calls | median ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.name} | ${t.rows} | ${t.calls} | ${t.median.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.max.toFixed(1)} |`);
}

/**
 * Times every case, prints the plans of the main ones; with `analyze` it does so twice: as the
 * database is (PGlite has no autovacuum, so no statistics after a bulk load), then after ANALYZE.
 */
export async function measureMarketplaceQueries(
  connection: DatabaseConnection,
  fixture: MarketplaceFixture,
  options: { calls?: number; explain?: boolean; passes?: ('as-is' | 'analyzed')[] } = {},
): Promise<void> {
  const calls = options.calls ?? 200;
  const cases = marketplaceCases(fixture, almatyDateOf(now()));
  for (const pass of options.passes ?? ['as-is', 'analyzed']) {
    if (pass === 'analyzed') await rawQuery(connection, 'ANALYZE');
    const state = await statisticsState(connection);
    const timings: Timing[] = [];
    for (const c of cases) timings.push(await time(c.name, calls, () => c.run(connection.db)));
    printTimings(`Domain queries on ${connection.kind}, ${pass === 'as-is' ? 'statistics as loaded' : 'after ANALYZE'} (${state})`, timings);
    if (options.explain ?? true) {
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) on ${connection.kind}, ${pass === 'as-is' ? 'statistics as loaded' : 'after ANALYZE'}:`);
      for (const plan of await explainCases(connection, cases)) console.log(`\n${plan}`);
    }
  }
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-query-'));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl) : null;
  const connection = openDatabase(scratch ? { url: scratch.url } : { dataDir: path.join(dataDir, 'pglite') });
  try {
    const fixture = await prepareMarketplaceDatabase(connection, dataDir, now());
    console.log(
      `seeded ${fixture.seed.providers} providers, ${fixture.seed.providerRegions} provider regions, ${fixture.seed.items} catalog items, ` +
        `${fixture.seed.prices} price rows in ${(fixture.seed.ms / 1000).toFixed(1)} s on ${connection.kind}`,
    );
    await measureMarketplaceQueries(connection, fixture, {
      calls: Number(process.env.BENCH_QUERY_CALLS ?? 200),
      explain: process.env.BENCH_EXPLAIN !== '0',
    });
  } finally {
    await connection.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
