import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoAccount, launchBrowser, signInAs } from './browser';

let browser: Browser;
let page: Page;

async function apiDeadline(from: string): Promise<string> {
  const admin = demoAccount('administrator');
  const { token } = await (
    await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: admin.login, password: admin.password }),
    })
  ).json();
  const answer = await fetch(`${baseUrl()}/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=5`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await answer.json()).deadline;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'ru', url: baseUrl() }]);
  page = await context.newPage();
  await signInAs(page, 'administrator', '/admin');
});
afterAll(async () => {
  await browser?.close();
});

describe('administrator keeps the working-day calendar', () => {
  it('reaches the calendar from the administration page by keyboard', async () => {
    await page.getByRole('link', { name: 'Производственный календарь' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/calendar/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Производственный календарь');
  });

  it('explains what is wrong with an empty form, in Russian, and saves nothing', async () => {
    await page.getByRole('button', { name: 'Сохранить день' }).click();
    const alert = page.locator('form [role=alert]').first();
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Не сохранено');
    await expect(page.locator('#cal-date-error').textContent()).resolves.toContain('Введите дату в формате ГГГГ-ММ-ДД');
    await expect(page.locator('#cal-name-ru-error').textContent()).resolves.toContain('Слишком коротко');
  });

  it('keeps what was typed when a day is refused', async () => {
    // A working day must fall on a weekend: 2026-11-26 is a Thursday.
    await page.getByLabel('Дата').fill('2026-11-26');
    await page.getByLabel('Вид').selectOption('working_day');
    await page.getByLabel('Название на казахском').fill('Жұмыс бейсенбісі');
    await page.getByLabel('Название на русском').fill('Рабочий четверг');
    await page.getByLabel('Название на английском').fill('Working Thursday');
    await page.getByRole('button', { name: 'Сохранить день' }).click();
    await page.locator('#cal-kind-error').waitFor();
    await expect(page.getByLabel('Дата').inputValue()).resolves.toBe('2026-11-26');
    await expect(page.getByLabel('Вид').inputValue()).resolves.toBe('working_day');
    await expect(page.getByLabel('Название на русском').inputValue()).resolves.toBe('Рабочий четверг');
  });

  it('adds a day off that moves deadlines, then removes it', async () => {
    expect(await apiDeadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
    await page.getByLabel('Дата').fill('2026-11-27');
    await page.getByLabel('Вид').selectOption('day_off');
    await page.getByLabel('Название на казахском').fill('Демалыс күні');
    await page.getByLabel('Название на русском').fill('Выходной день');
    await page.getByLabel('Название на английском').fill('Day off');
    await page.getByRole('button', { name: 'Сохранить день' }).click();
    await page.getByRole('status').filter({ hasText: 'Сохранено.' }).waitFor();
    await page.getByRole('cell', { name: '2026-11-27', exact: true }).waitFor();
    expect(await apiDeadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-03T23:59:59+05:00');

    await page.getByRole('button', { name: 'Удалить 2026-11-27' }).click();
    await page.getByRole('cell', { name: '2026-11-27', exact: true }).waitFor({ state: 'detached' });
    expect(await apiDeadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
  });
});
