import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { DemoAccount } from '@/db/seed/demo';

export const baseUrl = () => inject('baseUrl');

export function demoAccounts(): DemoAccount[] {
  return JSON.parse(fs.readFileSync(inject('accountsFile'), 'utf8')) as DemoAccount[];
}

export function demoAccount(role: DemoAccount['role']): DemoAccount {
  const found = demoAccounts().find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
}

/** The system Chromium, headless, with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
