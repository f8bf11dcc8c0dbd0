import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import { withCheckDigit } from '@/db/seed/identifiers';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoAccounts, launchBrowser, signInWith, signInWithSmsCode } from './browser';

/**
 * Issue 6's flow, every step in a browser: the recipient orders the electric wheelchair their IPR
 * grants and signs the application; the provider accepts and signs; both sign the contract; the
 * provider marks it shipped; the recipient confirms receipt by signing the acceptance certificate. The recipient is new (imported from E-Sobes,
 * signing in with an SMS code, a keystore from the demo certifying centre), so other tests'
 * demo people keep their balances.
 */
let browser: Browser;
let page: Page;
let providerPage: Page;
let orderUrl: string;
let orderId: string;

const person = { iin: withCheckDigit('7603033456'), phone: '+77015550606', keystore: '', password: '' };
const provider = () => demoAccounts().find((a) => a.role === 'provider_admin' && a.name.startsWith('Искаков'))!;

/** The provider's head signs the document open in their browser, then returns to the order. */
async function providerSignsHere() {
  await providerPage.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(provider().keystore!);
  await providerPage.getByLabel('Keystore password').fill(provider().keystorePassword!);
  await providerPage.getByRole('button', { name: 'Sign the document' }).click();
  await providerPage.getByText('Valid signature').first().waitFor();
  await providerPage.getByRole('link', { name: /Back to order QZ-/ }).click();
  await providerPage.waitForURL(/\/provider\/orders\/[0-9a-f-]{36}$/);
}

/** Signs the document open in the browser with the recipient's SIGN keystore, then goes back to the order. */
async function recipientSignsHere() {
  await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(person.keystore);
  await page.getByLabel('Keystore password').fill(person.password);
  await page.getByRole('button', { name: 'Sign the document' }).click();
  await page.getByText('Valid signature').first().waitFor();
  await page.getByRole('link', { name: /Back to order QZ-/ }).click();
  await page.waitForURL(/\/cabinet\/orders\/[0-9a-f-]{36}$/);
}

/** E-Sobes sends the IPR (an electric wheelchair); the demo certifying centre issues the person's keys. */
async function newRecipient() {
  const client = demoAccounts().find((a) => a.role === 'integration_client')!;
  const { token } = (await (await fetch(`${baseUrl()}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: client.login, password: client.password }) })).json()) as { token: string };
  const record = { iprNumber: `ИПР-E2E-${person.iin}`, version: 1, iin: person.iin, fullName: 'Сапаров Дамир Ерланович', phone: person.phone, address: 'Астана, ул. Кенесары, 40', kato: '711110000', disabilityGroup: '1', validFrom: '2026-01-01', validTo: '2027-12-31', measures: [{ code: 'WC-04', quantity: 1 }] };
  const imported = await fetch(`${baseUrl()}/api/v1/entitlements/import`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ records: [record] }) });
  expect(((await imported.json()) as { accepted: unknown[] }).accepted).toHaveLength(1);
  const ca = await ensureDemoCa(path.dirname(inject('accountsFile')), new Date());
  const keys = await issueKeystorePair(ca, { iin: person.iin, fullName: record.fullName }, new Date(), person.iin);
  person.keystore = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-e2e-keys-')), 'sign.p12');
  fs.writeFileSync(person.keystore, keys.sign);
  person.password = keys.password;
}

beforeAll(async () => {
  await newRecipient();
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  page = await context.newPage();
  await signInWithSmsCode(page, person.iin, person.phone);
  const providerContext = await browser.newContext();
  await providerContext.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  providerPage = await providerContext.newPage();
  await signInWith(providerPage, provider().login, provider().password, '/provider');
});
afterAll(async () => {
  await browser?.close();
});

describe('a recipient orders a wheelchair, the provider accepts, the recipient confirms receipt', () => {
  it('orders from the marketplace, seeing the co-payment, and signs the application', async () => {
    await page.goto(`${baseUrl()}/cabinet/marketplace`);
    await page.getByRole('link', { name: 'Order: Электроколяска универсальная' }).click();
    await page.waitForURL(/\/cabinet\/orders\/new\?/);
    await page.getByRole('heading', { name: 'Placing an order' }).waitFor();
    // The price, the guaranteed sum and what is left to pay are on the page before anything is written.
    await expect(page.getByText('Your co-payment per unit').count()).resolves.toBe(1);
    await expect(page.getByLabel('Delivery to an address').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Delivery address').inputValue()).resolves.toContain('Астана');
    await page.getByRole('button', { name: 'Place the order and sign' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Application for reimbursement of the guaranteed sum');
    await recipientSignsHere();
    orderUrl = page.url();
    orderId = orderUrl.split('/').pop()!;
    await page.getByText("Awaiting the provider's decision").first().waitFor();
    await expect(page.getByText(/\d+ hours? left/).count()).resolves.toBeGreaterThan(0);
  });

  it('the provider accepts and signs; both sign the contract', async () => {
    await providerPage.goto(`${baseUrl()}/provider/orders/${orderId}`);
    await providerPage.getByRole('button', { name: 'Accept and go to signing' }).click();
    await providerPage.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await providerSignsHere();
    await providerPage.getByRole('link', { name: 'Sign the contract' }).click();
    await providerPage.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await providerSignsHere();
    await providerPage.getByText("You have signed the contract. It now awaits the recipient's signature.").waitFor();

    await page.goto(orderUrl);
    await page.getByRole('link', { name: 'Sign the contract' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await recipientSignsHere();
    await page.getByText('In fulfilment').first().waitFor();
    const pdf = await page.request.get(`${baseUrl()}/api/v1/orders/${orderId}/contract.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('after shipping, the recipient confirms receipt by signing the acceptance certificate', async () => {
    await providerPage.goto(`${baseUrl()}/provider/orders/${orderId}`);
    await providerPage.getByRole('button', { name: 'Mark shipped' }).click();
    await providerPage.getByText('Marked: shipped').first().waitFor();
    await page.goto(orderUrl);
    await page.getByRole('button', { name: 'Confirm receipt' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Acceptance certificate');
    await recipientSignsHere();
    await page.getByText('You confirmed receipt.').waitFor();
    // The history names each step and each signature.
    for (const step of ['Order placed', 'Both parties signed the contract', 'Goods shipped', 'Receipt confirmed']) {
      await expect(page.getByText(step, { exact: false }).count(), step).resolves.toBeGreaterThan(0);
    }
  });
});
