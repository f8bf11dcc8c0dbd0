import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Serves a production build on its own port and data folder for the benchmarks. */
export async function startBenchServer(): Promise<{ baseUrl: string; dataDir: string; stop(): void }> {
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = '.next-bench';
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')) || process.env.BENCH_REBUILD === '1') {
    console.log('building the app for the benchmarks…');
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-bench-'));
  const port = String(3900 + Math.floor(Math.random() * 90));
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', port], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: port, DEPLOYMENT: 'test' },
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok && fs.existsSync(path.join(dataDir, 'demo-accounts.json'))) break;
    } catch {
      // not up yet
    }
    if (Date.now() - started > 120_000) throw new Error('bench server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    dataDir,
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
