import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/** The sign-in code texts in every language the account may have. */
const codeInText = /(?:кіру коды|код для входа|sign-in code is) (\d{6})/;

/**
 * Reads the newest sign-in code sent to a phone from /dev/sms, as a developer does. The job
 * queue sends the message shortly after the request, so the page is read again until it shows.
 */
export async function codeFromDevInbox(page: Page, phone: string, notBefore: Set<string>): Promise<string> {
  // The sender is nudged at once; the minute's cron is the fallback, so allow a little over a minute.
  const deadline = Date.now() + 75_000;
  for (;;) {
    const response = await page.goto(`${baseUrl()}/dev/sms`);
    if (response?.status() !== 200) throw new Error(`/dev/sms answered ${response?.status()}`);
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    for (const [, to, text] of rows) {
      const match = codeInText.exec(text ?? '');
      if (to === phone && match && !notBefore.has(match[1]!)) return match[1]!;
    }
    if (Date.now() > deadline) throw new Error(`no sign-in code for ${phone} on /dev/sms after 75 s`);
    await page.waitForTimeout(1000);
  }
}

/** Signs a recipient in with a one-time code by SMS (read from /dev/sms), in an English page. */
export async function signInWithSmsCode(page: Page, iin: string, phone: string): Promise<void> {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.locator('#sms-iin').fill(iin);
  await page.locator('#sms-iin').press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'sms-code');
  const inbox = await page.context().newPage();
  const code = await codeFromDevInbox(inbox, phone, new Set());
  await inbox.close();
  await page.locator('#sms-code').fill(code);
  await page.locator('#sms-code').press('Enter');
  await page.waitForURL(`${baseUrl()}/cabinet`);
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: each failure by rule and element. */
export async function wcagViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
