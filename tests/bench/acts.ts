import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type DatabaseConnection } from '@/db/client';
import { users } from '@/db/schema';
import { formMonthActs, MONTH_ACTS_CHUNK } from '@/lib/acts/form-month-acts';
import { listActs } from '@/lib/acts/list-acts';
import { actListQuerySchema } from '@/lib/acts/schemas';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { createScratchDatabase } from './marketplace-data';
import { percentile } from './marketplace-query';

/**
 * Issue 8's month-end targets, on PostgreSQL (BENCH_DATABASE_URL, default the local server).
 *
 * 1. Forming acts for the whole country: the journal benchmark's month (BENCH_ACT_ORDERS running
 *    assistant orders, default 50,000, × 22 days of last month = 1.1 million entries) is loaded,
 *    then the entrepreneur forms last month's acts by the month-end batch (formMonthActs, as the
 *    "form all acts of the month" job does): MONTH_ACTS_CHUNK orders a transaction, locked in one
 *    statement, their acts of the month, entries with disputes, guaranteed sums and signers read
 *    in one statement each, and acts, lines, documents (canonical bytes) and audit entries written
 *    in one multi-row INSERT each, by the same rules as formAct (lib/acts/service-act.ts). Before
 *    the batch, formAct per order from 4 sessions took 716 s (70 acts/s, about 17 statements an
 *    act). The batch took 69 s (724 acts/s, a chunk's p50 253 ms) on the same 2-core machine when
 *    quiet, 234 s while tests and builds ran beside it. Target: all of them in under 10 minutes.
 *    Baseline in the same run: the set-based lower bound, one INSERT … SELECT summing the same
 *    entries per order into a scratch table. The acts are then checked against the journal: one
 *    per order, minutes equal.
 * 2. The office's review queue with those acts submitted (spread over 30 days, every tenth
 *    flagged): listActs for the Astana officer, default queue and each filter, and a page deep in
 *    the cursor; BENCH_QUERY_CALLS calls each (default 200), p50/p95/p99. Target: under 100 ms.
 *
 * Nothing is asserted on time: benchmarks inform, tests decide.
 */
const queryCalls = Number(process.env.BENCH_QUERY_CALLS ?? 200);
process.env.BENCH_JOURNAL_ORDERS ??= process.env.BENCH_ACT_ORDERS ?? '50000';

const ms = (value: number) => value.toFixed(1);

async function actorByName(connection: DatabaseConnection, role: string, prefix: string): Promise<Actor> {
  const [user] = await connection.db.select().from(users).where(and(eq(users.role, role as never), sql`${users.fullName} like ${`${prefix}%`}`));
  return (await loadActor(connection.db, user!.id, user!.sessionVersion))!;
}

async function main() {
  const { loadJournal } = await import('./journal');
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await createScratchDatabase(serverUrl);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-acts-'));
  const connection = openDatabase({ url: scratch.url });
  try {
    const at = now();
    let started = performance.now();
    const fixture = await loadJournal(connection, dataDir, at);
    console.log(`data ready on PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s: ${fixture.orders.length.toLocaleString('en')} orders, ${fixture.entries.toLocaleString('en')} journal entries of ${fixture.month}`);
    const provider = await actorByName(connection, 'provider_admin', 'Сейткали');
    const officer = await actorByName(connection, 'office_officer', 'Сапарова');

    started = performance.now();
    await connection.db.execute(sql`create table bench_act_baseline as
      select e.order_id, sum(e.minutes)::int as minutes, round(sum(e.minutes) * max(o.unit_price) / 60, 2) as total
      from journal_entries e join orders o on o.id = e.order_id where o.number like 'QZ-BENCH-%' and e.deleted_at is null group by e.order_id`);
    const baselineMs = performance.now() - started;

    const perChunk: number[] = [];
    let formed = 0;
    started = performance.now();
    let lastReport = started;
    let chunkStarted = started;
    const report = await formMonthActs(connection.db, provider, { period: fixture.month }, at, {
      onChunk: (chunk, done, total) => {
        perChunk.push(performance.now() - chunkStarted);
        chunkStarted = performance.now();
        formed += chunk.formed.length;
        if (performance.now() - lastReport > 30_000) {
          lastReport = performance.now();
          console.log(`  … ${formed.toLocaleString('en')} acts (${done.toLocaleString('en')} of ${total.toLocaleString('en')} orders) in ${((lastReport - started) / 1000).toFixed(0)} s`);
        }
      },
    });
    const formMs = performance.now() - started;
    const [check] = rowsOf<{ acts: number; actMinutes: number; entryMinutes: number; baselineTotal: string; actTotal: string }>(
      await connection.db.execute(sql`select (select count(*) from acts where number like 'QZ-BENCH-%')::int as "acts",
        (select sum(minutes) from acts where number like 'QZ-BENCH-%')::bigint as "actMinutes",
        (select sum(minutes) from bench_act_baseline)::bigint as "entryMinutes",
        (select sum(total) from bench_act_baseline)::text as "baselineTotal",
        (select sum(total) from acts where number like 'QZ-BENCH-%')::text as "actTotal"`),
    );
    const sorted = [...perChunk].sort((a, b) => a - b);
    // The target is for the whole country's 50,000 acts: a smaller run is projected at its rate.
    const projectedMs = (formMs / formed) * 50_000;
    console.log(`\nForming ${formed.toLocaleString('en')} acts for ${fixture.month} by the month-end batch (${MONTH_ACTS_CHUNK} orders a transaction): ${(formMs / 1000).toFixed(1)} s (${(formed / (formMs / 1000)).toFixed(0)} acts/s; per chunk p50 ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms); skipped ${report.skipped.length}`);
    console.log(`  50,000 acts ${formed >= 50_000 ? 'took' : 'would take at this rate'} ${(projectedMs / 1000).toFixed(0)} s; target < 600 s: ${projectedMs < 600_000 ? 'met' : 'missed'}`);
    console.log(`  baseline (one INSERT … SELECT summing the same entries per order): ${(baselineMs / 1000).toFixed(1)} s`);
    console.log(`  check: ${check?.acts} acts for ${fixture.orders.length} orders; minutes ${check?.actMinutes} in acts vs ${check?.entryMinutes} in the journal; totals ${check?.actTotal} vs ${check?.baselineTotal}`);
    const wrong = !check || check.acts !== fixture.orders.length || Number(check.actMinutes) !== Number(check.entryMinutes) || check.actTotal !== check.baselineTotal;

    // The queue: everything submitted over the last 30 days, every tenth flagged.
    await connection.db.execute(sql`update acts set status = 'submitted',
        status_changed_at = now() - ((abs(hashtext(id::text)) % (30 * 24 * 60)) || ' minutes')::interval,
        review_flags = case when abs(hashtext(id::text)) % 10 = 0 then '[{"code":"price_above_sum","values":{}}]'::jsonb else '[]'::jsonb end
      where number like 'QZ-BENCH-%'`);
    await connection.db.execute(sql`analyze acts`);
    const query = (fields: Record<string, unknown>) => actListQuerySchema.parse({ status: 'submitted', ...fields });
    const firstPage = await listActs(connection.db, officer, query({}), at);
    // The cursor of page 201, or of the last page when there are fewer.
    let deep = firstPage.nextCursor;
    let page = 2;
    for (; page <= 200 && deep; page++) {
      const next = (await listActs(connection.db, officer, query({ cursor: deep }), at)).nextCursor;
      if (!next) break;
      deep = next;
    }
    const cases: [string, Record<string, unknown>][] = [
      ['the queue, oldest first (50 a page)', {}],
      ['one provider', { provider: provider.providerId }],
      ['service and period', { service: 'assistant', period: fixture.month }],
      ['amount from–to', { minAmount: '100000', maxAmount: '200000' }],
      ['waiting more than 20 days', { olderThanDays: 20 }],
      ['flagged only', { flagged: 'true' }],
      ['newest first', { order: 'newest' }],
      [`page ${page} (cursor)`, deep ? { cursor: deep } : {}],
    ];
    console.log(`\nOffice queue (listActs for the Astana officer, ${check?.acts} submitted acts), ${queryCalls} calls each; target < 100 ms`);
    console.log('| query | rows | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|');
    for (const [name, fields] of cases) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < queryCalls; i++) {
        const t = performance.now();
        rows = (await listActs(connection.db, officer, query(fields), at)).items.length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`| ${name} | ${rows} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} |`);
    }
    if (wrong) {
      console.error('the acts do not match the journal: the figures above do not measure what they claim');
      process.exitCode = 1;
    }
  } finally {
    await connection.close();
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
