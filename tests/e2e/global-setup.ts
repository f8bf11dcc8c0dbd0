import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/free-port';

/**
 * Builds the app (unless CI already did), starts `next start` on its own port and data
 * folder, waits until it answers, and hands the URL and demo accounts to the tests.
 */
const root = path.resolve(import.meta.dirname, '../..');
// E2E_DIST_DIR lets two people run the suite at once without sharing a build folder.
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';
let server: ChildProcess | undefined;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath())) {
    throw new Error(
      `End-to-end tests need Chromium at ${chromiumPath()}. Install it with "apt-get install -y chromium" ` +
        'or set CHROMIUM_PATH to a Chromium binary. (Nothing downloads a browser.)',
    );
  }
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    const build = spawnSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-e2e-'));
  const port = String(await freePort());
  server = spawn('npx', ['next', 'start', '-p', port], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir, PORT: port, DEPLOYMENT: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const accountsFile = path.join(dataDir, 'demo-accounts.json');
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok && fs.existsSync(accountsFile)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 120 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('accountsFile', accountsFile);
  project.provide('serverLogFile', path.join(dataDir, 'server.log'));
  return async () => {
    fs.writeFileSync(path.join(dataDir, 'server.log'), log);
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    accountsFile: string;
    serverLogFile: string;
  }
}
