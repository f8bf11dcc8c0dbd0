import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, signInAs, wcagViolations } from './browser';

/**
 * The administrator allocates an employment office's budget (issue 8 follow-up): reached from the
 * administration page by keyboard; a wrong form explains each field in Russian, tied to it; a
 * right one asks for confirmation with the amount in figures and in words; after posting the
 * table and the history show it. Next year's budget of the Karaganda office, which no other test
 * touches. axe finds nothing, and the page fits 390 px.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const nextYear = new Date().getUTCFullYear() + 1;
const office = 'Управление координации занятости и социальных программ Карагандинской области';
const basis = `Постановление акимата Карагандинской области № 15 от 20.11.${nextYear - 1}`;
/** Intl's Russian group separator is a no-break space; the page's text is compared with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const leftCell = () => page.locator(`section[aria-labelledby="budgets-${nextYear}"] tr`, { hasText: office }).locator('td').nth(3);
const allocatedCell = () => page.locator(`section[aria-labelledby="budgets-${nextYear}"] tr`, { hasText: office }).locator('td').nth(0);

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'ru', url: baseUrl() }]);
  page = await context.newPage();
  await signInAs(page, 'administrator', '/admin');
});
afterAll(async () => {
  await browser?.close();
});

describe('administrator allocates an office budget', () => {
  it('reaches the budgets from the administration page by keyboard, with every office and both years', async () => {
    await page.getByRole('link', { name: 'Бюджеты отделов' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/budgets/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Бюджеты отделов занятости');
    for (const year of [nextYear - 1, nextYear]) {
      await expect(page.locator('table caption', { hasText: `Бюджеты на ${year} год` }).count()).resolves.toBe(1);
    }
    expect(plain(await allocatedCell().textContent())).toBe('0,00 ₸');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('explains each wrong field in Russian beside it, and posts nothing', async () => {
    await page.getByLabel('Сумма, тенге', { exact: true }).fill('12,345');
    await page.getByRole('button', { name: 'Проверить и продолжить' }).click();
    await page.locator('#budget-amount-error').waitFor();
    await expect(page.locator('#budget-office-error').textContent()).resolves.toContain('Выберите отдел занятости из списка.');
    await expect(page.locator('#budget-amount-error').textContent()).resolves.toContain('12500,50');
    await expect(page.locator('#budget-basis-error').textContent()).resolves.toContain('Слишком коротко');
    await expect(page.getByLabel('Сумма, тенге', { exact: true }).getAttribute('aria-describedby')).resolves.toBe('budget-amount-hint budget-amount-error');
    await expect(page.getByLabel('Сумма, тенге', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Сумма, тенге', { exact: true }).inputValue()).resolves.toBe('12,345');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('confirms the amount in figures and in words, then allocates, and the table and history show it', async () => {
    await page.getByLabel('Отдел занятости', { exact: true }).selectOption({ label: office });
    await page.getByLabel('Год', { exact: true }).selectOption(String(nextYear));
    await page.getByLabel('Сумма, тенге', { exact: true }).fill('1 250 000,5');
    await page.getByLabel('Основание', { exact: true }).fill(basis);
    await page.getByRole('button', { name: 'Проверить и продолжить' }).click();
    const heading = page.getByRole('heading', { name: 'Проверьте перед проведением' });
    await heading.waitFor();
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    const confirmation = plain(await page.locator('section[aria-labelledby="budget-confirm-heading"]').textContent());
    expect(confirmation).toContain(`Выделить 1 250 000,50 ₸ отделу «${office}» на ${nextYear} год?`);
    expect(confirmation).toContain('Прописью: один миллион двести пятьдесят тысяч тенге 50 тиынов.');
    expect(confirmation).toContain(`Основание: ${basis}`);
    expect(await wcagViolations(page)).toEqual([]);

    // "Change" goes back to the form as filled, the focus on the amount; checking again asks again.
    await page.getByRole('button', { name: 'Изменить' }).click();
    await expect(page.getByLabel('Основание', { exact: true }).inputValue()).resolves.toBe(basis);
    await expect(page.getByLabel('Сумма, тенге', { exact: true }).evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    await page.getByRole('button', { name: 'Проверить и продолжить' }).click();
    await heading.waitFor();
    expect(plain(await allocatedCell().textContent())).toBe('0,00 ₸');

    await page.getByRole('button', { name: /^Выделить 1\s250\s000,50/ }).dblclick();
    const done = page.getByRole('status').filter({ hasText: 'Проведено' });
    await done.waitFor();
    expect(plain(await done.textContent())).toContain(`Отделу «${office}» выделено 1 250 000,50 ₸ на ${nextYear} год. Остаток: 1 250 000,50 ₸.`);
    await expect.poll(async () => plain(await allocatedCell().textContent())).toBe('1 250 000,50 ₸');
    expect(plain(await leftCell().textContent())).toBe('1 250 000,50 ₸');
    // A double click posts once: one row in the history with the basis.
    const history = page.locator('table', { has: page.locator('caption', { hasText: 'Выделения и уменьшения' }) });
    await expect(history.locator('tbody tr', { hasText: basis }).count()).resolves.toBe(1);
    const row = plain(await history.locator('tbody tr', { hasText: basis }).textContent());
    expect(row).toContain('1 250 000,50 ₸');
    expect(row).toContain(office);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('refuses a reduction beyond what is left on the amount field at the check, before any confirmation, keeping what was typed', async () => {
    await page.getByLabel('Отдел занятости', { exact: true }).selectOption({ label: office });
    await page.getByLabel('Год', { exact: true }).selectOption(String(nextYear));
    await page.getByLabel('Действие', { exact: true }).selectOption('reduce');
    await page.getByLabel('Сумма, тенге', { exact: true }).fill('2000000');
    await page.getByLabel('Основание', { exact: true }).fill('Приказ № 3');
    await page.getByRole('button', { name: 'Проверить и продолжить' }).click();
    await page.locator('#budget-amount-error').waitFor();
    expect(plain(await page.locator('#budget-amount-error').textContent())).toContain(`В бюджете на ${nextYear} год осталось 1 250 000,50 ₸ (остальное`);
    await expect(page.getByRole('heading', { name: 'Проверьте перед проведением' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Действие', { exact: true }).inputValue()).resolves.toBe('reduce');
    expect(plain(await leftCell().textContent())).toBe('1 250 000,50 ₸');
  });

  it('fits 390 px and passes axe there', async () => {
    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await narrow.addCookies(await context.cookies());
    const phone = await narrow.newPage();
    await phone.goto(`${baseUrl()}/admin/budgets`);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    // What sticks out, for the message: the tables scroll inside their own regions.
    const wide = await phone.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391 && !e.parentElement?.closest('[role=region]')).map((e) => `${e.tagName}.${e.className}`));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth), wide.slice(0, 5).join(' | ')).toBeLessThanOrEqual(390);
    expect(await wcagViolations(phone)).toEqual([]);
    await narrow.close();
  });
});
