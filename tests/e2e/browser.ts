import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Signs a demo person in through the form (by element ids, so it works in any language). */
export async function signInAs(page: Page, role: DemoAccount['role'], home: string): Promise<void> {
  const account = demoAccount(role);
  await signInWith(page, account.login, account.password, home);
}

/** Signs anyone in through the password form and waits for their home page. */
export async function signInWith(page: Page, login: string, password: string, home: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.locator('#password-sign-in button[type=submit]').click();
  await page.waitForURL(`${baseUrl()}${home}`);
}
