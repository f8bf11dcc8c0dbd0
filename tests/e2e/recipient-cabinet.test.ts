import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withCheckDigit } from '@/db/seed/identifiers';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { baseUrl, demoAccounts, launchBrowser, signInAs, wcagViolations } from './browser';

/**
 * The recipient's cabinet as people use it: the first demo recipient sees what their IPR grants
 * and what is left; the demo representative acts for the child; a person whose IPR has just
 * arrived finds the notice marked "New" and marks it read with the keyboard alone.
 */
let browser: Browser;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-cabinet-'));

async function englishPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  return { context, page: await context.newPage() };
}

/** The text of the <dd> after the <dt> named `term`, inside `scope`. */
async function definition(scope: ReturnType<Page['locator']>, term: string): Promise<string> {
  return ((await scope.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
}


beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(downloads, { recursive: true, force: true });
});

describe('the recipient cabinet', () => {
  it('the first demo recipient sees the IPR, each entitlement and what is left of it', async () => {
    const { context, page } = await englishPage();
    await signInAs(page, 'recipient', '/cabinet');
    const me = demoAccounts().find((a) => a.role === 'recipient')!;
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Recipient's cabinet");
    await expect(page.getByRole('heading', { level: 2, name: me.name }).count()).resolves.toBe(1);

    const ipr = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Individual rehabilitation programme (IPR)' }) });
    await expect(ipr.getByRole('heading', { level: 3, name: 'IPR No. ИПР-DEMO-0001' }).count()).resolves.toBe(1);
    expect(await definition(ipr, 'Status')).toBe('In force');
    expect(await definition(ipr, 'Version')).toBe('1');

    const balance = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Entitlements today/ }) });
    const measures = balance.getByRole('listitem');
    await expect(measures.count()).resolves.toBe(2);
    // The individual assistant: 8 hours a day, none used today, all of it left.
    const assistant = measures.filter({ has: page.getByRole('heading', { level: 3, name: /assistant/i }) });
    expect(await definition(assistant, 'Entitled')).toMatch(/^8 h 00 min a day/);
    expect(await definition(assistant, 'Used')).toBe('0 h 00 min today');
    expect(await definition(assistant, 'Left')).toBe('8 h 00 min today');
    // The electric wheelchair: one, nothing ordered or received, one left.
    const wheelchair = measures.filter({ has: page.getByRole('heading', { level: 3, name: /wheelchair/i }) });
    expect(await definition(wheelchair, 'Entitled')).toBe('1 piece');
    expect(await definition(wheelchair, 'Used')).toBe('0 pieces ordered, not yet received; 0 pieces received');
    expect(await definition(wheelchair, 'Left')).toBe('1 piece');

    // Other end-to-end tests may have placed orders for this demo person: either is right.
    const orders = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Orders' }) });
    await expect(orders.getByText('There are no orders yet.').or(orders.getByRole('link', { name: 'Open orders' })).count()).resolves.toBe(1);
    await expect(page.getByText('There are no notices.').count()).resolves.toBe(1);
    await context.close();
  });

  it('the representative sees the child they represent, and a cabinet not theirs is not found', async () => {
    const { context, page } = await englishPage();
    await signInAs(page, 'representative', '/cabinet');
    await expect(page.getByText('You are acting for Нурланов Алихан Даниярович.').count()).resolves.toBe(1);
    const person = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Нурланов Алихан Даниярович' }) });
    expect(await definition(person, 'Grounds for representing')).toBe('Legal representative');
    const balance = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Entitlements today/ }) });
    expect(await definition(balance, 'Left')).toBe('1 piece');
    await expect(page.getByRole('heading', { level: 2, name: 'Your documents' }).count()).resolves.toBe(1);

    const response = await page.goto(`${baseUrl()}/cabinet?recipient=00000000-0000-4000-8000-000000000000`);
    expect(response?.status()).toBe(404);
    await context.close();
  });

  it('a person whose IPR has just arrived sees a new notice and marks it read with the keyboard', async () => {
    // E-Sobes sends the IPR of someone new: the portal opens their account and leaves a notice.
    const client = demoAccounts().find((a) => a.role === 'integration_client')!;
    const tokenResponse = await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: client.login, password: client.password }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const today = almatyDateOf(new Date());
    const iin = withCheckDigit('9406114000');
    const fullName = 'Садыкова Жанна Ериковна';
    const imported = await fetch(`${baseUrl()}/api/v1/entitlements/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        records: [
          {
            iprNumber: 'ИПР-E2E-CABINET',
            version: 1,
            iin,
            fullName,
            kato: '711110000',
            disabilityGroup: '3',
            validFrom: addDays(today, -30),
            validTo: addDays(today, 300),
            measures: [{ code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }],
          },
        ],
      }),
    });
    expect(await imported.json()).toMatchObject({ accepted: [{ outcome: 'created' }], rejected: [] });

    // Their own (demo) digital signature, and signing in with its AUTH key.
    const { context, page } = await englishPage();
    await page.goto(`${baseUrl()}/demo/certificate`);
    await page.waitForLoadState('networkidle');
    await page.locator('#cert-iin').fill(iin);
    await page.locator('#cert-name').fill(fullName);
    await page.getByRole('button', { name: 'Issue' }).click();
    const passwordLine = page.getByText(/^Keystore password: /);
    await passwordLine.waitFor();
    const keystorePassword = ((await passwordLine.textContent()) ?? '').replace('Keystore password: ', '').trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the sign-in key (AUTH)' }).click()]);
    const authFile = path.join(downloads, 'auth.p12');
    await download.saveAs(authFile);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Your AUTH keystore (.p12 file)').setInputFiles(authFile);
    await page.getByLabel('Keystore password').fill(keystorePassword);
    await page.getByRole('button', { name: 'Sign in with digital signature' }).click();
    await page.waitForURL(`${baseUrl()}/cabinet`);
    await page.waitForLoadState('networkidle');

    // Sign language: 60 hours this year, all left.
    const balance = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Entitlements today/ }) });
    expect(await definition(balance, 'Left')).toBe(`60 h 00 min in ${today.slice(0, 4)}`);

    const notices = page.locator('section#notices');
    await expect(page.getByRole('link', { name: '1 new notice' }).count()).resolves.toBe(1);
    const notice = notices.getByRole('listitem').filter({ hasText: 'ИПР-E2E-CABINET' });
    await expect(notice.getByText('New', { exact: true }).count()).resolves.toBe(1);
    await expect(notices.getByText('1 notice is not read yet.').count()).resolves.toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // Keyboard only: focus the button and press Enter; focus lands on the section heading.
    await notice.getByRole('button', { name: 'Mark as read' }).focus();
    await page.keyboard.press('Enter');
    await notices.getByText('Marked as read.').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('notices-heading');
    await expect(notice.getByText('New', { exact: true }).count()).resolves.toBe(0);
    await expect(notices.getByText('All notices are read.').count()).resolves.toBe(1);
    await expect(notices.getByRole('button').count()).resolves.toBe(0);
    expect(await wcagViolations(page)).toEqual([]);

    // It stays read.
    await page.reload();
    await expect(page.locator('section#notices').getByText('New', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /new notice/ }).count()).resolves.toBe(0);
    await context.close();
  });
});
