import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addMonths, almatyDateOf } from '@/lib/calendar/local-date';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * "Form all acts of a month" on the provider's acts page, by keyboard, in English: the
 * entrepreneur chooses a month three months back (the other files bill last month, so this one
 * takes nothing from them), starts the batch, and the status region follows the job to its end;
 * axe finds nothing on the page with the progress shown.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('the month-end batch on the provider acts page', () => {
  it('starts from the keyboard and shows its progress in a live region until done', async () => {
    const account = demoAccounts().find((a) => a.role === 'provider_admin' && a.name.startsWith('Сейткали'))!;
    const context = await browser.newContext();
    await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
    const page = await context.newPage();
    await signInWith(page, account.login, account.password, '/provider');
    await page.goto(`${baseUrl()}/provider/acts`);
    const month = addMonths(`${almatyDateOf(new Date()).slice(0, 7)}-01`, -3).slice(0, 7);
    const section = page.getByRole('region', { name: 'Form all acts of a month' });
    const select = section.getByLabel('Month');
    await select.focus();
    await select.selectOption(month);
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'Form all acts of the month' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const status = section.getByRole('status');
    await status.filter({ hasText: /^Done: \d+ acts formed of \d+ orders, \d+ skipped\.$/ }).waitFor({ timeout: 60_000 });
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(section.getByRole('progressbar', { name: 'Orders judged' }).count()).resolves.toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
