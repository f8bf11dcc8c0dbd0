import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { now } from '@/lib/clock';
import { createScratchDatabase, prepareMarketplaceDatabase, type MarketplaceFixture } from './marketplace-data';
import { measureMarketplaceQueries, percentile } from './marketplace-query';
import { startBenchServer, type BenchServer } from './server';

/**
 * Each figure is printed beside baselines measured in the same run on the same server, so the
 * ratios mean something on a noisy machine: GET /api/v1/health (a route handler that touches
 * nothing) and GET / (the landing page, server-rendered for an anonymous visitor: layout,
 * translations, no database). No threshold is asserted: benchmarks inform, tests decide.
 *
 * The data folder holds the marketplace (5,000 verified providers, 20 offers each),
 * seeded before the server opens it (PGlite allows one process per folder). PGlite never runs
 * autovacuum, so a bulk-loaded database has no planner statistics; the marketplace figures are
 * taken twice: as loaded (what the app does today) and after ANALYZE. BENCH_ANALYZE=0 skips the
 * second pass. Before each pass the domain queries are timed directly and their plans printed.
 *
 * Throughput is requests over elapsed time; p50/p95/p97.5/p99 are nearest-rank percentiles of
 * every 2xx response time (autocannon's own result has p97.5 and p99 but no p95). "Server CPU
 * ms/req" is the server process group's user + system CPU over the requests it answered
 * (Linux /proc): unlike req/s it hardly moves when other work shares the machine. With
 * PostgreSQL it leaves out the database server's own CPU.
 *
 * Settings: BENCH_SECONDS (per figure, default 8), BENCH_ROUNDS (interleaved slices, default 4),
 * BENCH_QUERY_CALLS (domain-query calls per case, default 200, 0 skips them), BENCH_EXPLAIN=0
 * (no plans), BENCH_REBUILD=1 (rebuild once),
 * BENCH_DATABASE_URL=postgres://…@127.0.0.1/… (serve from a scratch database on that local
 * PostgreSQL server instead, created and dropped by the run; measured after ANALYZE).
 */
interface Result {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  /** Server CPU (all its processes, user + system) per answered request. */
  cpuMs: number;
}

type Row = Result | { name: string; missing: string };

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));

interface Target {
  name: string;
  options: autocannon.Options;
}

interface Samples {
  requests: number;
  seconds: number;
  cpuSeconds: number;
  times: number[];
}

/** Reads the server's CPU seconds; set per server. */
let serverCpu: () => number = () => Number.NaN;

/** One autocannon run; every 2xx response time is kept (autocannon's histogram has no p95). */
async function sample(target: Target, duration: number): Promise<Samples> {
  const times: number[] = [];
  const cpuBefore = serverCpu();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ connections: 10, ...target.options, duration }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { requests: result.requests.total, seconds: result.duration, cpuSeconds: serverCpu() - cpuBefore, times };
}

function summarise(name: string, parts: Samples[]): Result {
  const times = parts.flatMap((p) => p.times).sort((a, b) => a - b);
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const elapsed = parts.reduce((n, p) => n + p.seconds, 0);
  const cpu = parts.reduce((n, p) => n + p.cpuSeconds, 0);
  return {
    name,
    rps: requests / elapsed,
    cpuMs: (cpu * 1000) / requests,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p97_5: percentile(times, 97.5),
    p99: percentile(times, 99),
  };
}

/**
 * Measures the targets in interleaved rounds (each gets `seconds` in all, in BENCH_ROUNDS
 * slices, taking turns), so load from elsewhere on a shared machine falls on all of them
 * alike and the ratios stay meaningful. Throughput is requests over elapsed time; latency
 * percentiles (nearest rank) come from every 2xx response time.
 */
async function measureInterleaved(targets: Target[]): Promise<Result[]> {
  const parts = targets.map(() => [] as Samples[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) parts[i]?.push(await sample(target, seconds / rounds));
  }
  return targets.map((t, i) => summarise(t.name, parts[i] ?? []));
}

async function measure(name: string, options: autocannon.Options): Promise<Result> {
  return summarise(name, [await sample({ name, options }, seconds)]);
}

async function warm(url: string, headers?: Record<string, string>) {
  await autocannon({ url, headers, duration: 2, connections: 10 });
}

function print(title: string, rows: Row[], bare: Result, health: Result) {
  const ms = (v: number) => v.toFixed(1);
  console.log(`\n${title}`);
  console.log('| benchmark | req/s | p50 ms | p95 ms | p97.5 ms | p99 ms | vs bare page | vs health | server CPU ms/req | CPU vs bare page |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if ('missing' in r) {
      console.log(`| ${r.name} | ${r.missing} | | | | | | | | |`);
      continue;
    }
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p97_5)} | ${ms(r.p99)} | ${(r.rps / bare.rps).toFixed(2)} | ${(r.rps / health.rps).toFixed(3)} | ${r.cpuMs.toFixed(2)} | ${(bare.cpuMs / r.cpuMs).toFixed(2)} |`,
    );
  }
  console.log(
    '(CPU vs bare page = bare page CPU per request / this CPU per request: the throughput ratio a dedicated core would give, less sensitive to other load on the machine than req/s)',
  );
}

/** Signs in through next-auth's credentials provider as the browser form does; returns the cookie header. */
async function signInCookie(baseUrl: string, login: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ csrfToken, login, password, json: 'true', callbackUrl: `${baseUrl}/` }),
  });
  keep(response);
  const session = [...jar.keys()].find((k) => k.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`recipient sign-in failed: ${response.status} ${await response.text()}`);
  return `${session}=${jar.get(session)}`;
}

/** The marketplace figures: bare page, health, the providers API and the recipient's page. */
async function marketplaceRows(server: BenchServer, fixture: MarketplaceFixture): Promise<{ rows: Row[]; bare: Result; health: Result }> {
  const base = server.baseUrl;
  const r = fixture.recipient;
  const code = r.codes.find((c) => !c.startsWith('SRV-') && c !== 'SAN-STAY') ?? r.codes[0] ?? 'WC-04';
  const cookie = await signInCookie(base, r.login, r.password);
  const apiUrl = `${base}/api/v1/providers?region=${r.kato}&code=${code}`;
  const api = (await (await fetch(apiUrl)).json()) as { items?: unknown[] };
  if (!api.items?.length) throw new Error(`${apiUrl} found no providers: the seeded data does not reach the query`);

  const pages = [`/cabinet/marketplace?code=${code}&sort=price`, `/cabinet/marketplace?sort=price`, `/cabinet/marketplace?code=${code}&sort=lead_time`];
  const pageRows: Row[] = [];
  const pageTargets: string[] = [];
  for (const page of pages) {
    const probe = await fetch(`${base}${page}`, { headers: { cookie }, redirect: 'manual' });
    const body = await probe.text();
    if (probe.status !== 200) {
      pageRows.push({ name: `GET ${page} (recipient session)`, missing: `answers ${probe.status}: not measured` });
      continue;
    }
    if (!/ТОО «[^»]+ \d+»/.test(body)) console.warn(`warning: ${page} shows none of the seeded providers`);
    pageTargets.push(page);
  }

  await warm(`${base}/`);
  await warm(`${base}/api/v1/health`);
  await warm(apiUrl);
  await warm(`${base}/cabinet`, { cookie });
  for (const page of pageTargets) await warm(`${base}${page}`, { cookie });

  const results = await measureInterleaved([
    { name: 'baseline: GET / (landing page, anonymous, no database)', options: { url: `${base}/` } },
    { name: 'baseline: GET /api/v1/health', options: { url: `${base}/api/v1/health` } },
    { name: `GET /api/v1/providers?region=${r.kato}&code=${code} (public)`, options: { url: apiUrl } },
    // For reading the page's cost: a signed-in page with light queries (session, layout, a list of one).
    { name: 'reference: GET /cabinet (recipient session, recipient home)', options: { url: `${base}/cabinet`, headers: { cookie } } },
    ...pageTargets.map((page) => ({ name: `GET ${page} (recipient session)`, options: { url: `${base}${page}`, headers: { cookie } } })),
  ]);
  const [bare, health] = results;
  if (!bare || !health) throw new Error('baselines not measured');
  const rows: Row[] = [...results];
  rows.push(...pageRows);
  return { rows, bare, health };
}

function summary(rows: Row[], bare: Result) {
  for (const r of rows) {
    if ('missing' in r || r.name.startsWith('baseline') || r.name.startsWith('reference')) continue;
    if (!r.name.includes('/cabinet/marketplace') && !r.name.includes('/api/v1/providers')) continue;
    console.log(
      `  ${r.name}: ${(r.rps / bare.rps).toFixed(2)} × the bare page's throughput (${(bare.cpuMs / r.cpuMs).toFixed(2)} by CPU per request; target ≥ 0.5), p95 ${r.p95.toFixed(1)} ms (target < 60)`,
    );
  }
}

/** The figures of the first pass only: a bearer-token route and the argon2id sign-in. */
async function otherRows(server: BenchServer, fixture: MarketplaceFixture): Promise<Row[]> {
  const client = fixture.accounts.find((a) => a.role === 'integration_client');
  if (!client) throw new Error('no integration client among the demo accounts');
  const tokenResponse = await fetch(`${server.baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: client.login, password: client.password }),
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const deadlineUrl = `${server.baseUrl}/api/v1/calendar/deadline?from=${encodeURIComponent('2026-11-25T10:00:00+05:00')}&workingDays=5`;
  await warm(deadlineUrl, { authorization: `Bearer ${token}` });
  const deadline = await measure('GET /api/v1/calendar/deadline (bearer)', { url: deadlineUrl, headers: { authorization: `Bearer ${token}` } });
  // Sign-in is argon2id-bound (19 MiB, 2 passes) by design; 4 connections match the 2 cores.
  const signIn = await measure('POST /api/v1/auth/token (argon2id sign-in, 4 connections)', {
    url: `${server.baseUrl}/api/v1/auth/token`,
    method: 'POST',
    connections: 4,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: client.login, password: client.password }),
  });
  return [deadline, signIn];
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-'));
  const calls = Number(process.env.BENCH_QUERY_CALLS ?? 200);
  const explain = process.env.BENCH_EXPLAIN !== '0';
  // On a PostgreSQL server autovacuum analyses a bulk load within a minute: measure it analysed.
  const scratch = process.env.BENCH_DATABASE_URL ? await createScratchDatabase(process.env.BENCH_DATABASE_URL) : null;
  const passes: ('as-is' | 'analyzed')[] = scratch ? ['analyzed'] : process.env.BENCH_ANALYZE === '0' ? ['as-is'] : ['as-is', 'analyzed'];
  const backend = scratch ? 'PostgreSQL' : 'PGlite';
  let fixture: MarketplaceFixture | undefined;
  try {
    for (const [index, pass] of passes.entries()) {
      const server = await startBenchServer({
        dataDir,
        databaseUrl: scratch?.url,
        prepare: async (dir) => {
          const connection = openDatabase(scratch ? { url: scratch.url } : { dataDir: path.join(dir, 'pglite') });
          try {
            if (!fixture) {
              fixture = await prepareMarketplaceDatabase(connection, dir, now());
              const s = fixture.seed;
              console.log(
                `data ready on ${backend}: start-up preparation (migrations, reference and demo data) ${(fixture.prepareMs / 1000).toFixed(1)} s; ` +
                  `seeded ${s.providers} providers, ${s.providerRegions} provider regions, ${s.items} catalog items, ${s.prices} price rows in ${(s.ms / 1000).toFixed(1)} s`,
              );
            }
            if (calls > 0) await measureMarketplaceQueries(connection, fixture, { calls, explain, passes: [pass] });
            else if (pass === 'analyzed') await connection.db.execute(sql`ANALYZE`);
          } finally {
            await connection.close();
          }
        },
      });
      try {
        if (!fixture) throw new Error('the data was not prepared');
        const ours = server;
        serverCpu = () => ours.cpuSeconds();
        const died = (error: unknown) => {
          console.error(`server output (end):\n${ours.logTail()}`);
          throw error;
        };
        const { rows, bare, health } = await marketplaceRows(server, fixture).catch(died);
        if (index === 0) rows.push(...(await otherRows(server, fixture).catch(died)));
        const state = pass === 'as-is' ? 'statistics as loaded (no ANALYZE: what the app does today on PGlite)' : 'after ANALYZE';
        print(`HTTP, 10 connections, ${seconds} s each (${rounds} interleaved rounds); ${backend}, ${state}`, rows, bare, health);
        summary(rows, bare);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
