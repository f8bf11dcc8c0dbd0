import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startBenchServer } from './server';

/**
 * Each figure is printed beside a baseline measured in the same run on the same server
 * (GET /api/v1/health, a route handler that touches nothing), so the ratio means something on
 * a noisy machine. No threshold is asserted: benchmarks inform, tests decide.
 */
interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}

async function measure(name: string, options: autocannon.Options): Promise<Result> {
  const result = await autocannon({ duration: Number(process.env.BENCH_SECONDS ?? 8), connections: 10, ...options });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function print(rows: Result[], baseline: Result) {
  console.log('\n| benchmark | req/s | p50 ms | p99 ms | throughput vs baseline |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.rps / baseline.rps).toFixed(3)} |`);
  }
}

async function main() {
  const server = await startBenchServer();
  try {
    const accounts = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'demo-accounts.json'), 'utf8'));
    const client = accounts.find((a: { role: string }) => a.role === 'integration_client');
    const tokenResponse = await fetch(`${server.baseUrl}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: client.login, password: client.password }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    // Warm up every route once (first renders compile lazily).
    await measure('warm-up', { url: `${server.baseUrl}/api/v1/health`, duration: 2 });

    const baseline = await measure('baseline: GET /api/v1/health', { url: `${server.baseUrl}/api/v1/health` });
    const deadline = await measure('GET /api/v1/calendar/deadline (bearer)', {
      url: `${server.baseUrl}/api/v1/calendar/deadline?from=${encodeURIComponent('2026-11-25T10:00:00+05:00')}&workingDays=5`,
      headers: { authorization: `Bearer ${token}` },
    });
    // Sign-in is argon2id-bound (19 MiB, 2 passes) by design; 4 connections match the 2 cores.
    const signIn = await measure('POST /api/v1/auth/token (argon2id sign-in)', {
      url: `${server.baseUrl}/api/v1/auth/token`,
      method: 'POST',
      connections: 4,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: client.login, password: client.password }),
    });
    print([baseline, deadline, signIn], baseline);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
