import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoAccount, launchBrowser, signInAs } from './browser';

let browser: Browser;
let page: Page;

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

describe('administrator keeps the classifier and its guaranteed sums', () => {
  let validFrom: string;

  it('reaches an entry from the administration page by keyboard', async () => {
    await page.getByRole('link', { name: 'Классификатор и гарантированные суммы' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/classifier$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Классификатор и гарантированные суммы');
    await page.getByRole('link', { name: 'Открыть WC-02' }).click();
    await page.waitForURL(/\/admin\/classifier\/WC-02$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Классификатор: WC-02');
    // The date field's lower bound is the server's today in Almaty; the new sum starts next summer.
    const today = (await page.locator('#sum-valid-from').getAttribute('min'))!;
    validFrom = `${Number(today.slice(0, 4)) + 1}-07-01`;
  });

  it('refuses a sum in the past and a malformed amount, saying why beside each field', async () => {
    await page.getByLabel('Сумма за единицу, тенге').fill('абв');
    await page.getByLabel('Действует с').fill('2020-01-01');
    await page.getByRole('button', { name: 'Добавить сумму' }).click();
    await page.locator('#sum-amount-error').waitFor();
    await expect(page.locator('#sum-amount-error').textContent()).resolves.toContain('Введите сумму в тенге');
    await expect(page.locator('#sum-amount').getAttribute('aria-describedby')).resolves.toContain('sum-amount-error');

    await page.getByLabel('Сумма за единицу, тенге').fill('135000');
    await page.getByRole('button', { name: 'Добавить сумму' }).click();
    await page.locator('#sum-valid-from-error').waitFor();
    await expect(page.locator('#sum-valid-from-error').textContent()).resolves.toContain('не может начинаться раньше сегодняшнего дня');
    await expect(page.locator('time[datetime="2020-01-01"]').count()).resolves.toBe(0);
  });

  it('adds a future sum, which appears in the history as scheduled, and refuses the same date twice', async () => {
    await page.getByLabel('Сумма за единицу, тенге').fill('135 000,50');
    await page.getByLabel('Действует с').fill(validFrom);
    await page.getByRole('button', { name: 'Добавить сумму' }).click();
    await page.getByRole('status').filter({ hasText: 'Сумма добавлена.' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.locator(`time[datetime="${validFrom}"]`) });
    await row.waitFor();
    const text = (await row.textContent())!.replace(/\s/g, ' ');
    expect(text).toMatch(/135 000,50/);
    expect(text).toContain('Запланирована');
    // Newest first: the new sum heads the history, and the sum in force today is still there.
    const history = page.getByRole('table', { name: 'Гарантированные суммы WC-02, новые первыми' });
    await expect(history.locator('tbody tr').first().locator('time').getAttribute('datetime')).resolves.toBe(validFrom);
    await expect(history.locator('tbody tr').filter({ hasText: 'Действует' }).count()).resolves.toBe(1);

    await page.getByLabel('Сумма за единицу, тенге').fill('140000');
    await page.getByLabel('Действует с').fill(validFrom);
    await page.getByRole('button', { name: 'Добавить сумму' }).click();
    const alert = page.locator('form [role=alert]').first();
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(`Для WC-02 уже есть сумма с ${validFrom}.`);
    await expect(history.locator(`time[datetime="${validFrom}"]`).count()).resolves.toBe(1);
  });
});

describe('administrator searches the provider register', () => {
  it('finds a provider by a fragment of its name and opens it', async () => {
    await page.goto(`${baseUrl()}/admin`);
    await page.getByRole('link', { name: 'Реестр поставщиков' }).click();
    await page.waitForURL(/\/admin\/providers$/);
    await page.getByLabel('Название, БИН или ИИН').fill('инва');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await expect(page.locator('#results-summary').textContent()).resolves.toContain('Найдено поставщиков: 1');
    const row = page.getByRole('row').filter({ hasText: 'ТОО «Инва-Сервис Караганда»' });
    await expect(row.textContent()).resolves.toContain('Подтверждён');
    await row.getByRole('link', { name: 'ТОО «Инва-Сервис Караганда»' }).click();
    await page.waitForURL(/\/admin\/providers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('ТОО «Инва-Сервис Караганда»');
    await expect(page.locator('#main').textContent()).resolves.toContain('Карагандинская область');
    await expect(page.locator('#main').textContent()).resolves.toContain('нет заявления о регистрации');
  });

  it('refuses to suspend without a reason, in Russian, and the provider stays verified', async () => {
    await page.getByRole('button', { name: 'Приостановить работу' }).click();
    await page.locator('#review-suspend-reason-error').waitFor();
    await expect(page.locator('#review-suspend-reason-error').textContent()).resolves.toContain('Укажите причину: поставщик её увидит.');
    await expect(page.getByLabel('Причина (её увидит поставщик)').getAttribute('aria-describedby')).resolves.toBe('review-suspend-reason-error');
    await page.reload();
    const header = (await page.locator('#main header').textContent())!;
    expect(header).toContain('Подтверждён');
    expect(header).not.toContain('Приостановлен');
  });

  it('finds a provider by its BIN, and none with a status nobody has', async () => {
    const medtechBin = demoAccount('provider_admin').login;
    await page.goto(`${baseUrl()}/admin/providers`);
    await page.getByLabel('Название, БИН или ИИН').fill(medtechBin);
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(new RegExp(`q=${medtechBin}`));
    const rows = page.getByRole('table', { name: 'Реестр поставщиков' }).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(medtechBin);

    await page.getByLabel('Название, БИН или ИИН').fill('');
    await page.getByLabel('Статус').selectOption('suspended');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/status=suspended/);
    await expect(page.locator('#main').textContent()).resolves.toContain('Ничего не найдено');
  });
});
