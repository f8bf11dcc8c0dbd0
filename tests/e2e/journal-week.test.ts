import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { locales } from '@/lib/i18n/config';
import { displayDate } from '@/lib/i18n/format';
import { catalogs } from '@/lib/i18n/messages';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * A worker fills a week of the demo's running assistant order for Сериков through the month grid,
 * seeing what is left of each day as she types; a day over the cap is refused naming the day; the
 * recipient then reads the week in his cabinet, with the balances, and disputes one entry, which
 * the worker sees flagged in words. (journal-api.test.ts keeps to his sign-language order.)
 */
let browser: Browser;
let worker: Page;
let journalPath = '';

const account = (role: string, prefix: string) => demoAccounts().find((a) => a.role === role && a.name.startsWith(prefix))!;
const today = almatyDateOf(new Date());
// The seven days before today, with the hours typed for each (4, 4.5 and 4:30 are all understood).
const week = [7, 6, 5, 4, 3, 2, 1].map((back, i) => ({ date: addDays(today, -back), typed: ['4', '4.5', '4:30', '8', '3', '6', '2'][i]!, minutes: [240, 270, 270, 480, 180, 360, 120][i]! }));
const months = [...new Set(week.map((d) => d.date.slice(0, 7)))];
const label = (date: string) => displayDate(date, 'en');

async function englishPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  return { context, page: await context.newPage() };
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page: worker } = await englishPage());
  const bekova = account('provider_worker', 'Бекова');
  await signInWith(worker, bekova.login, bekova.password, '/worker');
});
afterAll(async () => {
  await browser?.close();
});

describe('a worker fills a week', () => {
  it('opens the recipient’s journal from her home page', async () => {
    await worker.getByRole('link', { name: /Journal: Сериков Тимур Ерланович/ }).click();
    await worker.waitForURL(/\/journal\/[0-9a-f-]{36}/);
    journalPath = new URL(worker.url()).pathname;
    await expect(worker.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Сериков Тимур Ерланович');
  });

  it('types each day’s hours in the month grid, sees what is left change, and saves the week at once', async () => {
    for (const month of months) {
      await worker.goto(`${baseUrl()}${journalPath}?month=${month}`);
      const days = week.filter((d) => d.date.startsWith(month));
      for (const day of days) await worker.getByLabel(`Hours on ${label(day.date)}`, { exact: true }).fill(day.typed);
      // What is left of a day follows the typing: 4:30 of 8 hours leaves 3 h 30 min; 9 hours would be 1 h over.
      const probe = days[0]!;
      const row = worker.getByRole('row', { name: new RegExp(label(probe.date).replace(/\s/g, '\\s')) });
      await worker.getByLabel(`Hours on ${label(probe.date)}`, { exact: true }).fill('9');
      await expect(row.textContent()).resolves.toContain('1 h over the limit');
      await worker.getByLabel(`Hours on ${label(probe.date)}`, { exact: true }).fill('4:30');
      await expect(row.textContent()).resolves.toContain('3 h 30 min left');
      await worker.getByLabel(`Hours on ${label(probe.date)}`, { exact: true }).fill(probe.typed);
      await worker.getByLabel(`Places visited on ${label(probe.date)}`, { exact: true }).fill('Polyclinic No. 4');
      await worker.getByRole('button', { name: 'Save all days' }).click();
      await worker.getByText(days.length === 1 ? 'One day was saved.' : `${days.length} days were saved.`).waitFor();
      await worker.reload();
      const entries = worker.getByRole('region', { name: /^Entries of/ });
      for (const day of days) await expect(entries.textContent()).resolves.toContain(label(day.date));
    }
    expect(await wcagViolations(worker)).toEqual([]);
  });

  it('refuses a day’s entry over 8 hours, naming the day and the minutes left, and keeps what was typed', async () => {
    const full = week.find((d) => d.minutes === 240)!;
    await worker.goto(`${baseUrl()}${journalPath}?month=${full.date.slice(0, 7)}`);
    await worker.getByLabel('Date', { exact: true }).fill(full.date);
    await worker.getByLabel('Hours', { exact: true }).fill('5');
    await worker.getByRole('button', { name: 'Save the entry' }).click();
    const alert = worker.getByRole('alert').filter({ hasText: 'The entry was not saved' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(`On ${full.date} 240 of 480 minutes are left`);
    await expect(worker.getByLabel('Hours', { exact: true }).inputValue()).resolves.toBe('5');
  });
});

describe('the recipient sees the week', () => {
  let recipient: Page;
  let recipientContext: BrowserContext;

  beforeAll(async () => {
    ({ context: recipientContext, page: recipient } = await englishPage());
    const serikov = account('recipient', 'Сериков');
    await signInWith(recipient, serikov.login, serikov.password, '/cabinet');
  });
  afterAll(async () => {
    await recipientContext?.close();
  });

  it('finds the journal from the order, with every entry, who served and the balances', async () => {
    await recipient.goto(`${baseUrl()}/cabinet/orders`);
    await recipient.getByRole('row', { name: /Услуги индивидуального помощника/ }).getByRole('link').first().click();
    await recipient.getByRole('link', { name: 'See the journal of services rendered and the hours left' }).click();
    await recipient.waitForURL(/\/cabinet\/journal\/[0-9a-f-]{36}/);
    const base = new URL(recipient.url()).pathname;
    for (const month of months) {
      await recipient.goto(`${baseUrl()}${base}?month=${month}`);
      const cards = recipient.getByRole('listitem').filter({ hasText: 'Бекова Асель Жанатовна' });
      const days = week.filter((d) => d.date.startsWith(month));
      await expect(cards.count()).resolves.toBe(days.length);
      for (const day of days) await expect(recipient.getByRole('heading', { level: 3, name: new RegExp(`^${label(day.date)} — `) }).count()).resolves.toBe(1);
    }
    await expect(recipient.getByText('Polyclinic No. 4').count()).resolves.toBeGreaterThan(0);
    const balances = recipient.getByRole('region', { name: /Balances on/ });
    await expect(balances.textContent()).resolves.toContain('At most 8 hours a day');
    expect(await wcagViolations(recipient)).toEqual([]);
  });

  it('disputes an entry with a reason, and the worker sees it flagged in words', async () => {
    const day = week.at(-1)!;
    await recipient.goto(`${baseUrl()}${new URL(recipient.url()).pathname}?month=${day.date.slice(0, 7)}`);
    await recipient.getByRole('button', { name: new RegExp(`^Dispute the entry of ${label(day.date)}`) }).click();
    await recipient.getByLabel('What is wrong with this entry?').fill('The assistant came at 11:00, not 09:00');
    await recipient.getByRole('button', { name: /^Send the dispute/ }).click();
    await recipient.getByText('Your dispute is recorded and the provider is told.').waitFor();
    await recipient.reload();
    await expect(recipient.getByText(/You disputed it on .*The assistant came at 11:00/).count()).resolves.toBe(1);

    await worker.goto(`${baseUrl()}${journalPath}?month=${day.date.slice(0, 7)}`);
    await expect(worker.getByText('Disputed by the recipient: The assistant came at 11:00, not 09:00').count()).resolves.toBe(1);
  });

  it('shows the district office the journal read-only, the dispute as the recipient’s', async () => {
    const { context, page: officer } = await englishPage();
    const saparova = account('office_officer', 'Сапарова');
    await signInWith(officer, saparova.login, saparova.password, '/office');
    const day = week.at(-1)!;
    await officer.goto(`${baseUrl()}${journalPath.replace('/journal/', '/office/journal/')}?month=${day.date.slice(0, 7)}`);
    await expect(officer.getByText('Disputed by the recipient: The assistant came at 11:00, not 09:00').count()).resolves.toBe(1);
    await expect(officer.getByText(/You disputed it/).count()).resolves.toBe(0);
    await expect(officer.getByRole('button', { name: /Dispute|Correct|Delete/ }).count()).resolves.toBe(0);
    expect(await wcagViolations(officer)).toEqual([]);
    await context.close();
  });

  it('reads on a phone in each language: nothing wider than the screen, and what is left shows without scrolling the balances', async () => {
    for (const page of [recipient, worker]) {
      await page.setViewportSize({ width: 360, height: 780 });
      for (const locale of locales) {
        await page.context().addCookies([{ name: 'qamqor_locale', value: locale, url: baseUrl() }]);
        await page.reload();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        // The balances scroll sideways in their own region (wider than a phone in Kazakh and Russian);
        // the column of what is left lies inside it as the page opens.
        const words = catalogs[locale].journal.balances;
        const region = await page.getByRole('region', { name: words.scrollRegion, exact: true }).boundingBox();
        const left = await page.getByRole('columnheader', { name: words.remaining, exact: true }).boundingBox();
        expect(left!.x + left!.width, locale).toBeLessThanOrEqual(region!.x + region!.width);
        if (page !== worker) continue;
        // The month grid too: what is left of a day, beside the hours typed, without scrolling sideways.
        const grid = await page.locator('[role=region][aria-labelledby=grid-caption]').boundingBox();
        const leftOfDay = await page.locator('[id^=grid-left-]').first().boundingBox();
        expect(leftOfDay!.x + leftOfDay!.width, `${locale}, grid`).toBeLessThanOrEqual(grid!.x + grid!.width);
      }
    }
  });
});
