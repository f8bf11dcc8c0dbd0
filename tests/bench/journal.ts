import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import { and, eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { unnestInsert } from '@/db/bulk-insert';
import { openDatabase, rowsOf, type DatabaseConnection, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import { catalogItems, providerWorkers, regions, users } from '@/db/schema';
import { prepareDatabase, type DemoAccount } from '@/db/seed';
import { withCheckDigit } from '@/db/seed/identifiers';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { addDays, addMonths, almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { measureWindow } from '@/lib/entitlements/measure-rules';
import { journalBalances } from '@/lib/journals/balances';
import { listJournalEntries } from '@/lib/journals/queries';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { formatClockTime } from '@/lib/minutes';
import { createScratchDatabase } from './marketplace-data';
import { percentile } from './marketplace-query';
import { startBenchServer, type BenchServer } from './server';

/**
 * Issue 7's performance targets for the journal of services rendered, on a production build.
 *
 * 1. Writing: POST /api/v1/journal-entries through the API with 10 connections (autocannon), as
 *    the assistant worker of the demo entrepreneur (ИП Сейткали, worker Бекова) with a bearer
 *    token from POST /api/v1/auth/token: body validation, the order lock, every limit, the 8-hour
 *    counter row, the entry (its exclusion constraint refusing overlaps) and its audit record. Each request is a half-hour
 *    (start–end, with places) for another recipient, day or afternoon slot, so no cap or overlap
 *    refuses it; every non-2xx answer is counted and printed, and a run with any is wrong (the exit
 *    code says so). Measured twice: without an Idempotency-Key (a client that never retries) and
 *    with a fresh key per request (a worker's app on a mobile network, which should retry a lost
 *    answer safely: the key is claimed and its answer kept in the entry's transaction, two more
 *    statements). Target: at least 30 % of the bare route handler's throughput and p99 under 40 ms.
 *    The bare handler is GET /api/v1/health (as in run.ts): there is no bare POST route, and a
 *    150-byte body adds microseconds to what Next.js does for a request, so the ratio still shows
 *    what the journal's own work costs. GET /api/v1/me (bearer token resolved, nothing else) is
 *    printed as a reference: what authentication alone costs of the gap.
 * 2. Reading with the country's month in the table: BENCH_JOURNAL_ORDERS (default 50,000) running
 *    assistant orders, one recipient each (IPR granting SRV-ASSISTANT 8 h a day and a walker),
 *    × 22 days of last month = 1.1 million entries (09:00–13:00), written by INSERT … SELECT per
 *    day (so an order's entries lie on different pages, as a month of daily writes leaves them)
 *    with journal_day_totals raised in the same statement; loaded as pg_restore would (secondary
 *    indexes built after, foreign-key triggers off during the load when the user is a superuser),
 *    then ANALYZE. All orders are the one demo provider's: the queries go by order and recipient,
 *    so that does not change their plans. The audit log is not filled alongside: appending to it
 *    reads only its tail (by the primary key), whatever its length.
 *    Timed directly (no HTTP) for random recipients, median/p95/p99, target < 20 ms:
 *    journalBalances(db, recipientId, 'assistant', date) and listJournalEntries(db, worker,
 *    { orderId, month }), with their plans (EXPLAIN ANALYZE, BUFFERS) printed once; the domain
 *    part of a POST beside them (recordJournalEntry one at a time, and the statements it sends with
 *    the median time from each to the next: where an entry's time goes).
 *    Through the server: GET /api/v1/balances?recipientIin=…&service=assistant&date=… and
 *    GET /api/v1/journal-entries?orderId=…&month=… for random recipients, 10 connections.
 *
 * The HTTP figures are taken in interleaved rounds against the baseline measured in the same run
 * on the same server; throughput is requests over elapsed time, p50/p95/p99 nearest-rank
 * percentiles of every 2xx response time; "server CPU ms/req" as in run.ts. On PostgreSQL the
 * database's backends are sampled during the POST runs (pg_stat_activity every 20 ms): how many run
 * a statement and how many of those wait on the audit chain's advisory lock, which every audited
 * write takes as it commits (the deferred trigger of migration 0015). Nothing is asserted on time: benchmarks inform, tests decide.
 *
 * Settings: BENCH_SECONDS (per figure, default 8), BENCH_ROUNDS (interleaved slices, default 4),
 * BENCH_QUERY_CALLS (direct calls per domain query, default 500), BENCH_JOURNAL_ORDERS (default
 * 50,000), BENCH_EXPLAIN=0 (no plans), BENCH_REBUILD=1 (rebuild the app once),
 * BENCH_ONLY=<pattern> (only the HTTP figures whose names match, beside the bare handler's),
 * BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (serve from a scratch database on
 * that local PostgreSQL server instead of PGlite, created and dropped by the run).
 */

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));
const queryCalls = Number(process.env.BENCH_QUERY_CALLS ?? 500);
const orderCount = Number(process.env.BENCH_JOURNAL_ORDERS ?? 50_000);
const explain = process.env.BENCH_EXPLAIN !== '0';
const DAYS = 22;
/** The loaded entries take 09:00–13:00; a posted half-hour is one of the eight after it (the day's 480 minutes at most). */
const LOADED_START = 9 * 60;
const LOADED_END = 13 * 60;
const SLOTS = 8;

interface ServiceOrder {
  orderId: string;
  recipientId: string;
  iin: string;
}

export interface JournalFixture {
  accounts: DemoAccount[];
  worker: DemoAccount;
  month: string;
  days: LocalDate[];
  /** In random (seeded) order. */
  orders: ServiceOrder[];
  entries: number;
  load: { step: string; ms: number }[];
}

/** A small seeded generator, so two runs pick the same recipients. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct valid IINs: women born 1950–1994 in June, serials from 100 (the demo's are 000). */
function benchIin(i: number): string {
  const yy = 50 + (i % 45);
  const dd = 1 + (Math.floor(i / 45) % 28);
  const serial = 100 + Math.floor(i / (45 * 28));
  return withCheckDigit(`${yy}06${String(dd).padStart(2, '0')}4${String(serial).padStart(3, '0')}`);
}

/**
 * What the server's start-up does on an empty folder (migrations, reference and demo data), then
 * the country's month of the assistant's journal, written with SQL.
 */
export async function loadJournal(connection: DatabaseConnection, dataDir: string, at: Date): Promise<JournalFixture> {
  const db = connection.db;
  const load: JournalFixture['load'] = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    load.push({ step: name, ms: performance.now() - started });
    return result;
  };
  const accounts = await step('migrations, reference and demo data', () => prepareDatabase(connection, { at, demo: true, dataDir }));
  if (!accounts) throw new Error('demo accounts were not created');
  const worker = accounts.find((a) => a.role === 'provider_worker' && a.name.startsWith('Бекова'));
  const admin = accounts.find((a) => a.role === 'provider_admin' && a.name.startsWith('Сейткали'));
  if (!worker || !admin) throw new Error('the demo entrepreneur or its assistant worker is missing');
  const [staff] = await db
    .select({ providerId: providerWorkers.providerId, specialty: providerWorkers.specialty })
    .from(users)
    .innerJoin(providerWorkers, eq(providerWorkers.userId, users.id))
    .where(eq(users.login, worker.login.toLowerCase()));
  const [adminUser] = await db.select({ id: users.id }).from(users).where(eq(users.login, admin.login.toLowerCase()));
  if (!staff || staff.specialty !== 'assistant' || !adminUser) throw new Error('the demo worker is not the entrepreneur’s assistant');
  const [item] = await db
    .select({ id: catalogItems.id, price: catalogItems.price })
    .from(catalogItems)
    .where(and(eq(catalogItems.providerId, staff.providerId), eq(catalogItems.classifierCode, 'SRV-ASSISTANT')));
  if (!item) throw new Error('the entrepreneur offers no SRV-ASSISTANT');
  const districts = (await db.select({ kato: regions.kato }).from(regions).where(eq(regions.parentKato, '710000000'))).map((r) => r.kato);
  if (districts.length === 0) throw new Error('no districts of Astana');

  // Last month's first 22 days: all in the past, in one IPR measure's window (the assistant's hours end with the year).
  const today = almatyDateOf(at);
  const monthStart = addMonths(`${today.slice(0, 7)}-01`, -1);
  const days = Array.from({ length: DAYS }, (_, i) => addDays(monthStart, i));
  const validFrom = monthStart;
  const validTo = addDays(validFrom, 364);
  const window = measureWindow('assistant', validFrom, validTo);
  const periodTo = window.endsOn ?? validTo;
  const atIso = at.toISOString();
  const instant = (date: LocalDate, utcTime: string) => `${date}T${utcTime}Z`;

  const recipientIds = Array.from({ length: orderCount }, () => randomUUID());
  const iins = Array.from({ length: orderCount }, (_, i) => benchIin(i));
  const every = <T>(value: T) => Array.from({ length: orderCount }, () => value);
  const superuser = rowsOf<{ yes: boolean }>(await db.execute(sql`select rolsuper as yes from pg_roles where rolname = current_user`))[0]?.yes === true;
  await step(`${orderCount.toLocaleString('en')} recipients, IPRs (SRV-ASSISTANT 8 h/day, TA-WALKER) and running orders`, () =>
    db.transaction(async (tx) => {
      if (superuser) await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        unnestInsert('recipients', [
          { name: 'id', type: 'uuid', values: recipientIds },
          { name: 'iin', type: 'text', values: iins },
          { name: 'full_name', type: 'text', values: iins.map((_, i) => `Журналова Бенч ${i + 1}`) },
          { name: 'kato', type: 'text', values: iins.map((_, i) => districts[i % districts.length]) },
          { name: 'disability_group', type: 'text', values: iins.map((_, i) => ['1', '2', '3', 'child'][i % 4]) },
          { name: 'created_at', type: 'timestamptz', values: every(atIso) },
        ]),
      );
      await tx.execute(
        unnestInsert('iprs', [
          { name: 'recipient_id', type: 'uuid', values: recipientIds },
          { name: 'ipr_number', type: 'text', values: iins.map((_, i) => `BENCH-J-${String(i + 1).padStart(6, '0')}`) },
          { name: 'version', type: 'int', values: every(1) },
          { name: 'valid_from', type: 'date', values: every(validFrom) },
          { name: 'valid_to', type: 'date', values: every(validTo) },
          { name: 'received_at', type: 'timestamptz', values: every(instant(addDays(validFrom, -7), '05:00:00')) },
          { name: 'source', type: 'text', values: every('seed') },
        ]),
      );
      await tx.execute(sql`insert into ipr_measures (ipr_id, classifier_code, hours_per_day, starts_on, ends_on)
        select id, 'SRV-ASSISTANT', 8, valid_from, ${window.endsOn}::date from iprs where ipr_number like 'BENCH-J-%'`);
      await tx.execute(sql`insert into ipr_measures (ipr_id, classifier_code, quantity, starts_on)
        select id, 'TA-WALKER', 1, valid_from from iprs where ipr_number like 'BENCH-J-%'`);
      // As journal-caps.test.ts sets them up: accepted before the month began, in fulfilment, for the measure's period.
      await tx.execute(sql`insert into orders (number, recipient_id, placed_by_user_id, provider_id, catalog_item_id, classifier_code, category,
          ipr_id, ipr_number, quantity, unit_price, guaranteed_sum, lead_time_days, period_from, period_to, status,
          submitted_at, deadline_at, decided_at, status_changed_at, created_at)
        select 'QZ-BENCH-' || substr(i.ipr_number, 9), i.recipient_id, ${adminUser.id}, ${staff.providerId}, ${item.id}, 'SRV-ASSISTANT', 'assistant',
          i.id, i.ipr_number, 1, ${item.price}::numeric, ${item.price}::numeric, 1, ${validFrom}::date, ${periodTo}::date, 'in_fulfilment',
          ${instant(addDays(validFrom, -4), '05:00:00')}::timestamptz, ${instant(addDays(validFrom, 3), '18:59:59')}::timestamptz,
          ${instant(addDays(validFrom, -2), '05:00:00')}::timestamptz, ${instant(addDays(validFrom, -2), '05:00:00')}::timestamptz,
          ${instant(addDays(validFrom, -4), '05:00:00')}::timestamptz
        from iprs i where i.ipr_number like 'BENCH-J-%'`);
    }),
  );

  const workerUser = await db.select({ id: users.id }).from(users).where(eq(users.login, worker.login.toLowerCase()));
  const workerId = workerUser[0]!.id;
  // As pg_restore loads a table: its secondary indexes are dropped first and built again after
  // (the same definitions, from pg_indexes), and in the load's transaction the foreign keys'
  // triggers are off (session_replication_role, superuser only): every reference is valid by
  // construction, and row-by-row index inserts and key checks took most of the time.
  const indexes = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`select indexname as name, indexdef as definition from pg_indexes
      where schemaname = current_schema() and tablename = 'journal_entries' and indexname not in (select conname from pg_constraint)`),
  );
  // Its exclusion constraint (no overlapping assistant times) too: pg_restore adds constraints after the data.
  const exclusions = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = 'journal_entries'::regclass and contype = 'x'`),
  );
  await step(`${(orderCount * DAYS).toLocaleString('en')} journal entries and their day totals (one INSERT … SELECT per day${superuser ? ', foreign-key triggers off' : ''})`, () =>
    db.transaction(async (tx) => {
      if (superuser) await tx.execute(sql`set local session_replication_role = replica`);
      for (const index of indexes) await tx.execute(sql.raw(`drop index "${index.name}"`));
      for (const exclusion of exclusions) await tx.execute(sql.raw(`alter table journal_entries drop constraint "${exclusion.name}"`));
      for (const day of days) {
        // The day's counter rows come from the very rows inserted, so they match the entries by construction.
        await tx.execute(sql`with inserted as (
            insert into journal_entries (order_id, recipient_id, provider_id, worker_user_id, service, service_date, start_minute, end_minute, minutes, places, created_by, created_at)
            select o.id, o.recipient_id, o.provider_id, ${workerId}, 'assistant', ${day}::date, ${LOADED_START}, ${LOADED_END}, ${LOADED_END - LOADED_START},
              'Поликлиника, аптека, ЦОН', ${workerId}, ${instant(day, '14:00:00')}::timestamptz
            from orders o where o.number like 'QZ-BENCH-%'
            returning recipient_id, service_date, minutes)
          insert into journal_day_totals (recipient_id, service_date, minutes)
          select recipient_id, service_date, sum(minutes) from inserted group by recipient_id, service_date
          on conflict (recipient_id, service_date) do update set minutes = journal_day_totals.minutes + excluded.minutes`);
      }
    }),
  );
  await step(`its ${indexes.length} secondary indexes and ${exclusions.length} exclusion constraint built again (${[...indexes, ...exclusions].map((i) => i.name).join(', ')})`, async () => {
    for (const index of indexes) await db.execute(sql.raw(index.definition));
    for (const exclusion of exclusions) await db.execute(sql.raw(`alter table journal_entries add constraint "${exclusion.name}" ${exclusion.definition}`));
  });
  await step('ANALYZE', () => db.execute(sql`ANALYZE`));
  const [check] = rowsOf<{ entries: number; entryMinutes: number; totals: number; totalMinutes: number }>(
    await db.execute(sql`select (select count(*) from journal_entries)::int as "entries", (select coalesce(sum(minutes), 0) from journal_entries where service = 'assistant' and deleted_at is null)::bigint as "entryMinutes",
      (select count(*) from journal_day_totals)::int as "totals", (select coalesce(sum(minutes), 0) from journal_day_totals)::bigint as "totalMinutes"`),
  );
  if (!check || Number(check.entryMinutes) !== Number(check.totalMinutes)) throw new Error(`day totals do not match the entries: ${JSON.stringify(check)}`);

  const orders = rowsOf<ServiceOrder>(
    await db.execute(sql`select o.id as "orderId", o.recipient_id as "recipientId", r.iin as "iin" from orders o join recipients r on r.id = o.recipient_id
      where o.number like 'QZ-BENCH-%' order by o.number`),
  ).map((o) => ({ ...o, iin: o.iin.trim() }));
  const shuffle = random(7);
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [orders[i], orders[j]] = [orders[j]!, orders[i]!];
  }
  return { accounts, worker, month: monthStart.slice(0, 7), days, orders, entries: Number(check.entries), load };
}

/**
 * Hands out half-hours no one has recorded: every order (so every recipient) once, then every
 * day again, then the next afternoon slot. Shared by the direct calls and the HTTP runs.
 */
export class FreeSlots {
  private next = 0;
  constructor(private readonly fixture: JournalFixture) {}
  take(): { orderId: string; date: LocalDate; start: string; end: string; places: string } {
    const k = this.next++;
    const n = this.fixture.orders.length;
    const order = this.fixture.orders[k % n]!;
    const rest = Math.floor(k / n);
    const slot = Math.floor(rest / DAYS);
    if (slot >= SLOTS) throw new Error('every free half-hour has been used: raise BENCH_JOURNAL_ORDERS');
    const start = LOADED_END + 30 * slot;
    return { orderId: order.orderId, date: this.fixture.days[rest % DAYS]!, start: formatClockTime(start), end: formatClockTime(start + 30), places: 'Поликлиника №4' };
  }
}

interface Captured {
  sql: string;
  params: unknown[];
}

/** A second drizzle handle on the same client that records every statement (and when it is sent), as marketplace-query.ts does. */
export function capturingDb(connection: DatabaseConnection, captured: Captured[], sentAt?: number[]): Db {
  const logger = {
    logQuery: (text: string, params: unknown[]) => {
      sentAt?.push(performance.now());
      captured.push({ sql: text, params });
    },
  };
  const client: unknown = (connection.db as unknown as { $client: unknown }).$client;
  return (
    connection.kind === 'pglite' ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePostgres(client as postgres.Sql, { schema, logger })
  ) as unknown as Db;
}

async function rawQuery(connection: DatabaseConnection, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client: unknown = (connection.db as unknown as { $client: unknown }).$client;
  if (connection.kind === 'pglite') return (await (client as PGlite).query<Record<string, unknown>>(text, params)).rows;
  return (await (client as postgres.Sql).unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as Record<string, unknown>[];
}

interface Timing {
  name: string;
  calls: number;
  rows: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

/** Times `calls` calls one after another (after 20 to warm caches and prepared plans). */
async function timeCalls(name: string, calls: number, run: (i: number) => Promise<number>): Promise<Timing> {
  let rows = 0;
  for (let i = 0; i < 20; i++) rows = await run(i);
  const durations: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    rows = await run(20 + i);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { name, calls, rows, median: percentile(durations, 50), p95: percentile(durations, 95), p99: percentile(durations, 99), max: durations.at(-1) ?? Number.NaN };
}

/** The direct figures: the two reads with the country's month in the table, and a POST's domain part. */
async function measureDomain(connection: DatabaseConnection, fixture: JournalFixture, slots: FreeSlots) {
  const db = connection.db;
  const [user] = await db.select().from(users).where(eq(users.login, fixture.worker.login.toLowerCase()));
  const worker: Actor | null = user ? await loadActor(db, user.id, user.sessionVersion) : null;
  if (!worker) throw new Error('the worker cannot act');
  const pick = random(11);
  const orderAt = () => fixture.orders[Math.floor(pick() * fixture.orders.length)]!;
  const dayAt = () => fixture.days[Math.floor(pick() * DAYS)]!;
  const timings: Timing[] = [];
  timings.push(
    await timeCalls(`journalBalances(db, recipient, 'assistant', day of ${fixture.month}) (target < 20 ms)`, queryCalls, async () => {
      const balances = await journalBalances(db, orderAt().recipientId, 'assistant', dayAt());
      if (balances.day.used < LOADED_END - LOADED_START || !balances.entitled) throw new Error(`balances miss the loaded month: ${JSON.stringify(balances)}`);
      return 1;
    }),
  );
  timings.push(
    await timeCalls(`listJournalEntries(db, worker, { orderId, month: '${fixture.month}' }) (target < 20 ms)`, queryCalls, async () => {
      const rows = await listJournalEntries(db, worker, { orderId: orderAt().orderId, month: fixture.month });
      if (rows.length < DAYS) throw new Error(`a month's journal has ${rows.length} entries, not ${DAYS}`);
      return rows.length;
    }),
  );
  const recordCalls = Math.min(queryCalls, 200);
  timings.push(
    await timeCalls('reference: recordJournalEntry(db, worker, a half-hour), one at a time (a POST’s domain part)', recordCalls, async () => {
      await recordJournalEntry(db, worker, journalEntryInputSchema.parse(slots.take()), now());
      return 1;
    }),
  );
  console.log(`\nDomain calls on ${connection.kind}, ${fixture.entries.toLocaleString('en')} entries in journal_entries, after ANALYZE (random recipients)`);
  console.log('| call | rows | calls | median ms | p95 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const t of timings) console.log(`| ${t.name} | ${t.rows} | ${t.calls} | ${t.median.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.p99.toFixed(2)} | ${t.max.toFixed(1)} |`);

  // What one entry sends inside its transaction (the HTTP path adds the token's lookup and the
  // actor's load), and where its time goes: the time from each statement's start to the next one's
  // (drizzle logs a statement as it sends it), the last one's including COMMIT.
  const captured: Captured[] = [];
  const sentAt: number[] = [];
  const timed = capturingDb(connection, captured, sentAt);
  const spans: number[][] = [];
  for (let i = 0; i < Math.min(recordCalls, 100); i++) {
    captured.length = 0;
    sentAt.length = 0;
    const started = performance.now();
    await recordJournalEntry(timed, worker, journalEntryInputSchema.parse(slots.take()), now());
    const points = [started, ...sentAt, performance.now()];
    spans.push(points.slice(1).map((t, k) => t - points[k]!));
  }
  const spanMedian = (k: number) => percentile(spans.map((s) => s[k] ?? Number.NaN).sort((a, b) => a - b), 50);
  console.log(`
Statements of one recordJournalEntry (inside BEGIN … COMMIT): ${captured.length}; median ms from each to the next (${spans.length} entries, one at a time):`);
  console.log(`  0. (BEGIN, and the code before the first statement): ${spanMedian(0).toFixed(2)}`);
  for (const [i, q] of captured.entries()) console.log(`  ${i + 1}. ${q.sql.replace(/\s+/g, ' ').slice(0, 110)}…: ${spanMedian(i + 1).toFixed(2)}${i + 1 === captured.length ? ' (with COMMIT)' : ''}`);

  if (!explain) return;
  const order = orderAt();
  const day = dayAt();
  const plans: { name: string; statements: Captured[] }[] = [];
  for (const [name, run] of [
    ['journalBalances', (d: Db) => journalBalances(d, order.recipientId, 'assistant', day)],
    ['listJournalEntries', (d: Db) => listJournalEntries(d, worker, { orderId: order.orderId, month: fixture.month })],
  ] as const) {
    const statements: Captured[] = [];
    await run(capturingDb(connection, statements));
    plans.push({ name, statements });
  }
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) on ${connection.kind}, after ANALYZE:`);
  for (const { name, statements } of plans) {
    for (const [i, s] of statements.entries()) {
      const plan = await rawQuery(connection, `EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      console.log(`\n-- ${name}, statement ${i + 1} of ${statements.length}\n-- params: ${JSON.stringify(s.params)}\n${plan.map((p) => String(p['QUERY PLAN'])).join('\n')}`);
    }
  }
}

interface Target {
  name: string;
  request: autocannon.Request;
  /** On PostgreSQL: sample the database's backends while it runs (who waits on which lock). */
  watch?: boolean;
}

/** The scratch database's URL on PostgreSQL (null on PGlite, which has one backend). */
let watchUrl: string | null = null;

interface Backends {
  samples: number;
  active: number;
  advisory: number;
  otherLocks: number;
}

/** Samples pg_stat_activity every 20 ms until `until` settles: backends running a statement, and those waiting on a lock. */
async function watchBackends(until: Promise<unknown>): Promise<Backends> {
  const totals: Backends = { samples: 0, active: 0, advisory: 0, otherLocks: 0 };
  if (!watchUrl) return totals;
  let done = false;
  const stop = () => {
    done = true;
  };
  void until.then(stop, stop);
  const client = postgres(watchUrl, { max: 1, onnotice: () => {} });
  try {
    while (!done) {
      const [row] = await client<{ active: number; advisory: number; other: number }[]>`select
          count(*) filter (where state = 'active')::int as active,
          count(*) filter (where wait_event_type = 'Lock' and wait_event = 'advisory')::int as advisory,
          count(*) filter (where wait_event_type = 'Lock' and wait_event <> 'advisory')::int as other
        from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      totals.samples += 1;
      totals.active += row?.active ?? 0;
      totals.advisory += row?.advisory ?? 0;
      totals.otherLocks += row?.other ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
  return totals;
}

interface Samples {
  backends: Backends;
  requests: number;
  seconds: number;
  cpuSeconds: number;
  times: number[];
  refused: number;
  errors: number;
  refusals: string[];
}

interface Result {
  backends: Backends;
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMs: number;
  refused: number;
  errors: number;
  refusals: string[];
}

/** Reads the server's CPU seconds; set per server. */
let serverCpu: () => number = () => Number.NaN;

/** One autocannon run of one target; non-2xx answers are counted (and the first few kept), not thrown. */
async function sample(target: Target, duration: number): Promise<Samples> {
  const times: number[] = [];
  const refusals: string[] = [];
  const cpuBefore = serverCpu();
  const request: autocannon.Request = {
    ...target.request,
    onResponse: (status, body) => {
      if ((status < 200 || status >= 300) && refusals.length < 3) refusals.push(`${status} ${body.slice(0, 300)}`);
    },
  };
  const run = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl, connections: 10, duration, requests: [request] }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const [result, backends] = await Promise.all([run, target.watch ? watchBackends(run) : { samples: 0, active: 0, advisory: 0, otherLocks: 0 }]);
  return {
    backends,
    requests: result.requests.total,
    seconds: result.duration,
    cpuSeconds: serverCpu() - cpuBefore,
    times,
    refused: result.non2xx,
    errors: result.errors + result.timeouts,
    refusals,
  };
}

let baseUrl = '';

function summarise(name: string, parts: Samples[]): Result {
  const times = parts.flatMap((p) => p.times).sort((a, b) => a - b);
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const elapsed = parts.reduce((n, p) => n + p.seconds, 0);
  const cpu = parts.reduce((n, p) => n + p.cpuSeconds, 0);
  const backends = parts.reduce(
    (sum, p) => ({ samples: sum.samples + p.backends.samples, active: sum.active + p.backends.active, advisory: sum.advisory + p.backends.advisory, otherLocks: sum.otherLocks + p.backends.otherLocks }),
    { samples: 0, active: 0, advisory: 0, otherLocks: 0 },
  );
  return {
    name,
    backends,
    rps: requests / elapsed,
    cpuMs: (cpu * 1000) / requests,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    refused: parts.reduce((n, p) => n + p.refused, 0),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    refusals: parts.flatMap((p) => p.refusals).slice(0, 3),
  };
}

/** The targets in interleaved rounds (each `seconds` in all, in BENCH_ROUNDS slices), so other load on the machine falls on all alike. */
async function measureInterleaved(targets: Target[]): Promise<Result[]> {
  const parts = targets.map(() => [] as Samples[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) parts[i]?.push(await sample(target, seconds / rounds));
  }
  return targets.map((t, i) => summarise(t.name, parts[i] ?? []));
}

async function bearerToken(server: BenchServer, account: DemoAccount): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  if (response.status !== 200) throw new Error(`${account.login} could not get a token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

async function httpRows(server: BenchServer, fixture: JournalFixture, slots: FreeSlots): Promise<Result[]> {
  const token = await bearerToken(server, fixture.worker);
  const auth = { authorization: `Bearer ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  const pick = random(13);
  const orderAt = () => fixture.orders[Math.floor(pick() * fixture.orders.length)]!;
  const dayAt = () => fixture.days[Math.floor(pick() * DAYS)]!;
  let keys = 0;
  const post = (withKey: boolean): autocannon.Request => ({
    method: 'POST',
    path: '/api/v1/journal-entries',
    headers: json,
    setupRequest: (request) => ({
      ...request,
      headers: withKey ? { ...json, 'idempotency-key': `bench-${process.pid}-${++keys}` } : json,
      body: JSON.stringify(slots.take()),
    }),
  });
  const balances: autocannon.Request = {
    method: 'GET',
    headers: auth,
    setupRequest: (request) => ({ ...request, path: `/api/v1/balances?recipientIin=${orderAt().iin}&service=assistant&date=${dayAt()}` }),
  };
  const month: autocannon.Request = {
    method: 'GET',
    headers: auth,
    setupRequest: (request) => ({ ...request, path: `/api/v1/journal-entries?orderId=${orderAt().orderId}&month=${fixture.month}` }),
  };
  // One of each, answered as the benchmark expects, before anything is timed.
  const probe = await fetch(`${server.baseUrl}/api/v1/journal-entries`, { method: 'POST', headers: json, body: JSON.stringify(slots.take()) });
  if (probe.status !== 201) throw new Error(`POST /api/v1/journal-entries answered ${probe.status}: ${await probe.text()}`);
  const order = orderAt();
  const list = (await (await fetch(`${server.baseUrl}/api/v1/journal-entries?orderId=${order.orderId}&month=${fixture.month}`, { headers: auth })).json()) as { items?: unknown[] };
  if ((list.items?.length ?? 0) < DAYS) throw new Error(`GET /api/v1/journal-entries found ${list.items?.length ?? 0} entries: ${JSON.stringify(list).slice(0, 300)}`);
  const probeBalances = await fetch(`${server.baseUrl}/api/v1/balances?recipientIin=${order.iin}&service=assistant&date=${fixture.days[0]}`, { headers: auth });
  if (probeBalances.status !== 200) throw new Error(`GET /api/v1/balances answered ${probeBalances.status}: ${await probeBalances.text()}`);

  const targets: Target[] = [
    { name: 'baseline: GET /api/v1/health (bare route handler)', request: { method: 'GET', path: '/api/v1/health' } },
    { name: 'reference: GET /api/v1/me (bearer token resolved, nothing else)', request: { method: 'GET', path: '/api/v1/me', headers: auth } },
    { name: 'POST /api/v1/journal-entries (bearer, half-hour, no Idempotency-Key)', request: post(false), watch: true },
    { name: 'POST /api/v1/journal-entries (bearer, half-hour, fresh Idempotency-Key)', request: post(true), watch: true },
    { name: 'GET /api/v1/balances?recipientIin=…&service=assistant&date=… (random recipients)', request: balances },
    { name: `GET /api/v1/journal-entries?orderId=…&month=${fixture.month} (random orders, ${DAYS} entries)`, request: month },
  ];
  // BENCH_ONLY: a pattern of the figures to take (the bare handler's always is), e.g. "POST" while profiling the write.
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const taken = targets.filter((t, i) => i === 0 || !only || only.test(t.name));
  for (const target of taken) await sample(target, 2); // warm: compiled routes, prepared statements, caches
  return measureInterleaved(taken);
}

function print(title: string, rows: Result[], bare: Result) {
  const ms = (v: number) => v.toFixed(1);
  console.log(`\n${title}`);
  console.log('| benchmark | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | vs bare handler | server CPU ms/req | CPU vs bare |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.refused} | ${r.errors} | ${(r.rps / bare.rps).toFixed(3)} | ${r.cpuMs.toFixed(2)} | ${(bare.cpuMs / r.cpuMs).toFixed(3)} |`,
    );
  }
  console.log('(CPU vs bare = the bare handler’s server CPU per request / this one’s: the throughput ratio a dedicated core would give; with PostgreSQL it leaves out the database server’s CPU)');
  for (const r of rows) {
    if (r.name.startsWith('POST')) {
      const ratio = r.rps / bare.rps;
      const met = ratio >= 0.3 && r.p99 < 40 ? 'met' : 'missed';
      console.log(`  ${r.name}: ${ratio.toFixed(3)} × the bare handler's throughput (target ≥ 0.30), p99 ${ms(r.p99)} ms (target < 40): ${met}`);
    } else if (r.name.startsWith('GET /api/v1/balances') || r.name.startsWith('GET /api/v1/journal-entries')) {
      console.log(`  ${r.name}: p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms with 10 connections (the < 20 ms target is the domain call's, above)`);
    }
  }
  for (const r of rows) {
    const b = r.backends;
    if (b.samples === 0) continue;
    const mean = (n: number) => (n / b.samples).toFixed(1);
    console.log(
      `  PostgreSQL backends during ${r.name.split(' (')[0]} (${r.name.includes('fresh') ? 'with' : 'no'} key), every 20 ms: ${mean(b.active)} running a statement on average, ` +
        `${mean(b.advisory)} of them waiting on an advisory lock (the audit chain's), ${mean(b.otherLocks)} on other locks`,
    );
  }
  for (const r of rows) {
    if (r.refused > 0 || r.errors > 0) console.log(`  WRONG RUN: ${r.name} had ${r.refused} non-2xx answers and ${r.errors} errors, e.g. ${r.refusals.join(' | ')}`);
  }
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-'));
  const scratch = process.env.BENCH_DATABASE_URL ? await createScratchDatabase(process.env.BENCH_DATABASE_URL) : null;
  const backend = scratch ? 'PostgreSQL' : 'PGlite';
  let fixture: JournalFixture | undefined;
  let slots: FreeSlots | undefined;
  let wrong = false;
  try {
    const server = await startBenchServer({
      dataDir,
      databaseUrl: scratch?.url,
      // PGlite allows one process per folder: the data is loaded and the domain timed before the server opens it.
      prepare: async (dir) => {
        const connection = openDatabase(scratch ? { url: scratch.url } : { dataDir: path.join(dir, 'pglite') });
        try {
          const started = performance.now();
          fixture = await loadJournal(connection, dir, now());
          console.log(`data ready on ${backend} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
          for (const s of fixture.load) console.log(`  ${s.step}: ${(s.ms / 1000).toFixed(1)} s`);
          slots = new FreeSlots(fixture);
          if (queryCalls > 0) await measureDomain(connection, fixture, slots);
        } finally {
          await connection.close();
        }
      },
    });
    try {
      if (!fixture || !slots) throw new Error('the data was not prepared');
      baseUrl = server.baseUrl;
      watchUrl = scratch?.url ?? null;
      serverCpu = () => server.cpuSeconds();
      const rows = await httpRows(server, fixture, slots).catch((error: unknown) => {
        console.error(`server output (end):\n${server.logTail()}`);
        throw error;
      });
      const bare = rows[0]!;
      print(
        `HTTP, 10 connections, ${seconds} s each (${rounds} interleaved rounds); ${backend}, ${fixture.entries.toLocaleString('en')} journal entries loaded, after ANALYZE`,
        rows,
        bare,
      );
      wrong = rows.some((r) => r.refused > 0 || r.errors > 0);
    } finally {
      await server.stop();
    }
  } finally {
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (wrong) {
    console.error('refused or failed requests: the figures above do not measure what they claim');
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
