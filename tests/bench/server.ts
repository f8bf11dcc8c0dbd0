import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';

export interface BenchServerOptions {
  /**
   * Runs on the data folder before the server opens it: PGlite allows one process per folder,
   * so anything seeded into the embedded database is seeded here, before `next start`.
   */
  prepare?: (dataDir: string) => Promise<void>;
  /** Serve an existing data folder (left in place on stop) instead of a fresh temporary one. */
  dataDir?: string;
  /** Serve from this PostgreSQL database (DATABASE_URL) instead of the folder's PGlite. */
  databaseUrl?: string;
}

export interface BenchServer {
  baseUrl: string;
  dataDir: string;
  /** Stops the server and waits for it to exit (so its data folder can be opened again). */
  stop(): Promise<void>;
  /** The end of the server's output, for an error message. */
  logTail(): string;
  /** CPU seconds (user + system) the server's processes have used so far; NaN where /proc is missing. */
  cpuSeconds(): number;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

let clockTicks: number | undefined;
let rebuilt = false;

/** CPU time of every live process in a process group, from /proc (Linux). */
function groupCpuSeconds(pgid: number): number {
  if (!fs.existsSync('/proc/self/stat')) return Number.NaN;
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after "(comm)": state ppid pgrp … utime (14th field) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / clockTicks;
}

/** Serves a production build on its own port and data folder for the benchmarks. */
export async function startBenchServer(options: BenchServerOptions = {}): Promise<BenchServer> {
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = '.next-bench';
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')) || (process.env.BENCH_REBUILD === '1' && !rebuilt)) {
    console.log('building the app for the benchmarks…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
    rebuilt = true; // once per run, however many servers it starts
  }
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-'));
  const removeData = () => {
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await options.prepare?.(dataDir);
  } catch (error) {
    removeData();
    throw error;
  }
  const port = String(await freePort());
  const log = fs.openSync(path.join(dataDir, 'server.log'), 'a');
  // BENCH_CPU_PROFILE_DIR: the server writes a V8 CPU profile there as it stops (--cpu-prof is not allowed in NODE_OPTIONS).
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const command = profileDir
    ? ['node', [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port]]
    : ['npx', ['next', 'start', '-p', port]];
  const server: ChildProcess = spawn(command[0] as string, command[1] as string[], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: port, DEPLOYMENT: 'test', ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  const logTail = () => {
    try {
      return fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8').slice(-3000);
    } catch {
      return '(no server log)';
    }
  };
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    // npx may exit before the next-server it started: wait for the whole process group.
    for (let i = 0; server.pid && i < 100 && groupAlive(server.pid); i++) await new Promise((r) => setTimeout(r, 100));
    removeData();
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const ready = (await fetch(`${baseUrl}/api/v1/health`)).ok && fs.existsSync(path.join(dataDir, 'demo-accounts.json'));
      if (ready && server.exitCode === null) break;
    } catch {
      // not up yet
    }
    if (server.exitCode !== null || Date.now() - started > 120_000) {
      const tail = logTail();
      await stop();
      throw new Error(`bench server did not start:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { baseUrl, dataDir, stop, logTail, cpuSeconds: () => (server.pid ? groupCpuSeconds(server.pid) : Number.NaN) };
}
