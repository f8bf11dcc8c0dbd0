import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withCheckDigit } from '@/db/seed/identifiers';
import { baseUrl, codeFromDevInbox, demoAccounts, launchBrowser, wcagViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function integrationToken(): Promise<string> {
  const account = demoAccounts().find((a) => a.role === 'integration_client' && a.password)!;
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** E-Sobes sends an IPR; the import makes the recipient's account (no password: signature or SMS code only). */
async function importRecipient(iin: string, phone: string): Promise<void> {
  const response = await fetch(`${baseUrl()}/api/v1/entitlements/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await integrationToken()}` },
    body: JSON.stringify({
      records: [
        {
          iprNumber: `ИПР-SMS-${iin}`,
          version: 1,
          iin,
          fullName: 'Абенова Гульнара Сериковна',
          phone,
          address: 'Астана, пр. Мангилик Ел, 8',
          kato: '711110000',
          disabilityGroup: '2',
          validFrom: '2026-11-01',
          validTo: '2027-10-31',
          measures: [{ code: 'WC-04', quantity: 1 }],
        },
      ],
    }),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { accepted: unknown[] }).accepted).toHaveLength(1);
}


async function newPage(locale: 'kk' | 'ru' | 'en'): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: locale, url: baseUrl() }]);
  return context.newPage();
}

describe('signing in with a one-time code by SMS', () => {
  it('a newly imported recipient asks for a code, reads it from the SMS, and lands in the cabinet, by keyboard', async () => {
    const iin = withCheckDigit('8704043123');
    const phone = '+77015550417';
    await importRecipient(iin, phone);

    const page = await newPage('en');
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('heading', { name: 'Or sign in with a code by SMS' }).waitFor();
    await page.getByLabel('IIN', { exact: true }).fill(iin);
    await page.getByLabel('IIN', { exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: `If an account with IIN ${iin} and a phone number on record exists` }).waitFor();
    // Focus moves on to the code field.
    await page.waitForFunction(() => document.activeElement?.id === 'sms-code');
    await expect(page.locator('#sms-code').getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await expect(page.locator('#sms-code').getAttribute('inputmode')).resolves.toBe('numeric');

    const inbox = await page.context().newPage();
    const code = await codeFromDevInbox(inbox, phone, new Set());
    await inbox.getByRole('heading', { level: 1, name: 'Development SMS inbox' }).waitFor();
    await inbox.getByText('No sign-in is needed here').waitFor();
    expect(await wcagViolations(inbox)).toEqual([]);

    // A wrong code first: a clear error, and the form stays.
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await page.keyboard.type(wrongCode);
    await page.keyboard.press('Enter');
    const error = page.locator('#sms-code-sign-in-error [role=alert]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('The code is wrong, has expired or was already used.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.locator('#sms-code').fill(code);
    await page.locator('#sms-code').press('Enter');
    await page.waitForURL(`${baseUrl()}/cabinet`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Recipient's cabinet");
    await page.context().close();
  });

  it('answers an IIN without an account exactly as one with an account', async () => {
    const page = await newPage('ru');
    await page.goto(`${baseUrl()}/sign-in`);
    const iin = withCheckDigit('7705053987');
    await page.getByLabel('ИИН', { exact: true }).fill(iin);
    await page.getByRole('button', { name: 'Получить код' }).click();
    await page.getByRole('status').filter({ hasText: `Если есть учётная запись с ИИН ${iin} и номером телефона, мы отправили на этот телефон код.` }).waitFor();
    await page.getByRole('button', { name: 'Войти по коду' }).click();
    await expect(page.locator('#sms-code-error').textContent()).resolves.toContain('Введите 6-значный код из SMS.');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses a malformed IIN with a message in the chosen language', async () => {
    const page = await newPage('kk');
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('ЖСН', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Код алу' }).click();
    await expect(page.locator('#sms-iin-error').textContent()).resolves.toBeTruthy();
    await expect(page.locator('#sms-iin').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.context().close();
  });
});
