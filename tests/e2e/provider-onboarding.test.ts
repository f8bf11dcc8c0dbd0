import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { withCheckDigit } from '@/db/seed/identifiers';
import { baseUrl, demoAccount, demoAccounts, launchBrowser, signInWith } from './browser';

/**
 * The whole way in for a new provider, as people do it in the browser: register, get a (demo)
 * certificate, sign the application, be verified by the administrator, list the regions and an
 * item; then a recipient living there finds it.
 */
let browser: Browser;
const bin = withCheckDigit('2203400042');
const headIin = withCheckDigit('7805063000');
const providerName = 'ТОО «Колеса Степи»';
const itemName = 'Электроколяска «Степь-E2E»';
const password = 'e2e-provider-password';
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-onboarding-'));
let keystorePassword = '';
let keystoreFile = '';

async function englishPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  return { context, page: await context.newPage() };
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(downloads, { recursive: true, force: true });
});

describe('a new provider, from registration to being found', () => {
  it('registers, with each bad field named, and nothing written until all are right', async () => {
    const { page } = await englishPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: 'Register as a provider' }).click();
    await page.waitForURL(`${baseUrl()}/register`);
    await page.waitForLoadState('networkidle');
    await page.locator('#reg-bin').fill(bin.slice(0, 11) + String((Number(bin[11]) + 1) % 10));
    await page.locator('#reg-name').fill(providerName);
    await page.locator('#reg-address').fill('Астана, ул. Степная, 7');
    await page.locator('#reg-phone').fill('+7 701 555 12 34');
    await page.locator('#reg-email').fill('office@kolesa-stepi.kz');
    await page.locator('#reg-iban').fill('KZ86125KZT5004100101');
    await page.locator('#reg-bik').fill('KCJBKZKX');
    await page.locator('#reg-bank').fill('АО «Банк ЦентрКредит»');
    await page.locator('#reg-head-iin').fill(headIin);
    await page.locator('#reg-head-name').fill('Степанов Ерболат Маратович');
    await page.locator('#reg-password').fill(password);
    await page.locator('#reg-password2').fill(password);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.locator('#reg-bin-error').waitFor();
    await expect(page.locator('#reg-bin-error').textContent()).resolves.toContain("check digit does not match");
    await expect(page.locator('#reg-iban-error').textContent()).resolves.toContain('check digits do not match');

    // What was typed is still there, except the passwords, which are never sent back.
    await expect(page.locator('#reg-name').inputValue()).resolves.toBe(providerName);
    await expect(page.locator('#reg-password').inputValue()).resolves.toBe('');
    await page.locator('#reg-bin').fill(bin);
    await page.locator('#reg-iban').fill('KZ86125KZT5004100100');
    await page.locator('#reg-password').fill(password);
    await page.locator('#reg-password2').fill(password);
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL(/\/register\/done/);
    await expect(page.getByText(`Your login: ${bin}`).count()).resolves.toBe(1);
  });

  it('gets a demo certificate for the head, naming the organisation', async () => {
    const { page } = await englishPage();
    await page.goto(`${baseUrl()}/demo/certificate`);
    await page.waitForLoadState('networkidle');
    await page.locator('#cert-iin').fill(headIin);
    await page.locator('#cert-name').fill('Степанов Ерболат Маратович');
    await page.locator('#cert-bin').fill(bin);
    await page.locator('#cert-org').fill(providerName);
    await page.getByRole('button', { name: 'Issue' }).click();
    const passwordLine = page.getByText(/^Keystore password: /);
    await passwordLine.waitFor();
    keystorePassword = ((await passwordLine.textContent()) ?? '').replace('Keystore password: ', '').trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the signing key (SIGN)' }).click()]);
    keystoreFile = path.join(downloads, 'sign.p12');
    await download.saveAs(keystoreFile);
    expect(fs.statSync(keystoreFile).size).toBeGreaterThan(1000);
  });

  it('signs the application in the cabinet and waits for review', async () => {
    const { page } = await englishPage();
    await signInWith(page, bin, password, '/provider');
    await page.getByRole('link', { name: 'Open and sign the application' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(keystoreFile);
    await page.getByLabel('Keystore password').fill(keystorePassword);
    await page.getByRole('button', { name: 'Sign the document' }).click();
    await page.getByText('Valid signature').waitFor();
    await page.goto(`${baseUrl()}/provider`);
    await expect(page.getByText('awaits an administrator').count()).resolves.toBe(1);
  });

  it('is verified by the administrator from the provider register', async () => {
    const { page } = await englishPage();
    const admin = demoAccount('administrator');
    await signInWith(page, admin.login, admin.password, '/admin');
    await page.goto(`${baseUrl()}/admin/providers?q=${encodeURIComponent('Колеса')}`);
    await page.getByRole('link', { name: providerName }).click();
    await page.waitForURL(/\/admin\/providers\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(headIin).count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Verify the provider' }).click();
    await page.getByText('The provider is verified.').waitFor();
  });

  it('lists Astana and an electric wheelchair above the guaranteed sum', async () => {
    const { page } = await englishPage();
    await signInWith(page, bin, password, '/provider');
    await page.getByRole('link', { name: 'Service regions' }).click();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('All of Astana').check();
    await page.getByRole('button', { name: 'Save regions' }).click();
    await page.getByText('Regions saved').waitFor();

    await page.goto(`${baseUrl()}/provider/catalog/new`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Classifier entry').selectOption('WC-04');
    await page.getByLabel('Name', { exact: true }).fill(itemName);
    await page.getByLabel('Price per unit, ₸').fill('-10');
    await page.getByLabel('In stock').fill('3');
    await page.getByLabel('Delivery').check();
    await page.getByLabel('Lead time, days').fill('12');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('#item-price-error').waitFor();
    await expect(page.locator('#item-price-error').textContent()).resolves.toContain('must be above 0');
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(itemName);
    await page.getByLabel('Price per unit, ₸').fill('975 000');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.waitForURL(/\/provider\/catalog\/[0-9a-f-]{36}\?saved=1$/);
    await expect(page.getByText('recipient\'s co-payment ₸25,000.00').count()).resolves.toBe(1);

    // A photo with its description for screen readers; a file that is not an image is refused.
    const notImage = path.join(downloads, 'photo.png');
    fs.writeFileSync(notImage, '%PDF-1.7 pretending');
    await page.getByLabel('Photo file').setInputFiles(notImage);
    await page.getByLabel('What the photo shows').fill('Коляска спереди');
    await page.getByRole('button', { name: 'Add photo' }).click();
    await page.locator('#photo-error').waitFor();
    await expect(page.locator('#photo-error').textContent()).resolves.toContain('JPEG, PNG or WebP');
    const onePixel = path.join(downloads, 'pixel.png');
    fs.writeFileSync(onePixel, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await page.getByLabel('Photo file').setInputFiles(onePixel);
    await page.getByRole('button', { name: 'Add photo' }).click();
    await page.getByRole('img', { name: 'Коляска спереди' }).waitFor();
  });

  it('is found by a recipient in Astana whose IPR grants an electric wheelchair, with the co-payment shown', async () => {
    const { page } = await englishPage();
    // The first demo recipient lives in an Astana district and is entitled to WC-04.
    const recipient = demoAccounts().find((a) => a.role === 'recipient')!;
    await signInWith(page, recipient.login, recipient.password, '/cabinet');
    await page.getByRole('link', { name: 'Choose a provider' }).click();
    await page.waitForURL(/\/cabinet\/marketplace/);
    await page.getByLabel('What you need').selectOption('WC-04');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/code=WC-04/);
    const card = page.getByRole('listitem').filter({ hasText: itemName });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.getByText(providerName).count()).resolves.toBe(1);
    await expect(card.getByText('₸25,000.00').count()).resolves.toBe(1);
    await card.getByRole('link', { name: providerName }).click();
    await page.waitForURL(/\/providers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(providerName);
  });
});
