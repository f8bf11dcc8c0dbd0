import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import { withCheckDigit } from '@/db/seed/identifiers';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, demoAccounts, launchBrowser, signInWith, signInWithSmsCode, wcagViolations } from './browser';

/**
 * Issue 6's flow, every step in a browser: the recipient orders the electric wheelchair their IPR
 * grants and signs the application; the provider accepts and signs; both sign the contract; the
 * provider marks it shipped; the recipient confirms receipt by signing the acceptance certificate.
 * Then issue 8's act of acceptance: the provider forms it from its acts page, both sign it, the
 * provider submits it, and the district office finds the goods received in its review. The
 * recipient is new (imported from E-Sobes, signing in with an SMS code, a keystore from the demo
 * certifying centre), so other tests' demo people keep their balances.
 */
let browser: Browser;
let page: Page;
let providerPage: Page;
let orderUrl: string;
let orderId: string;
let act: { id: string; number: string; documentId: string };

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

/** Signs the document open in `signer`'s page with that keystore and waits for the `nth` valid signature. */
async function signOpenDocument(signer: Page, keystore: string, password: string, nth: number) {
  await signer.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(keystore);
  await signer.getByLabel('Keystore password').fill(password);
  await signer.getByRole('button', { name: 'Sign the document' }).click();
  await signer.getByText('Valid signature').nth(nth - 1).waitFor();
}

/** "₸1,020,000.00" → 1020000 (tiyn-exact at these sizes): for comparing figures on screen. */
function tenge(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

/** The text of the <dd> after the <dt> named `term`. */
async function definition(on: Page, term: string): Promise<string> {
  return ((await on.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
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

describe('the act of acceptance for the wheelchair, to the office', () => {
  it('the provider forms it from its acts page and reads the item, quantity, price, guaranteed sum and co-payment', async () => {
    await providerPage.goto(`${baseUrl()}/provider/acts`);
    const section = providerPage.getByRole('region', { name: 'Acts of acceptance for goods received' });
    const row = section.getByRole('listitem').filter({ hasText: 'Сапаров Дамир Ерланович' });
    await expect(row.textContent()).resolves.toContain('Электроколяска универсальная');
    expect(await wcagViolations(providerPage)).toEqual([]);
    await row.getByRole('button', { name: 'Form the act of acceptance' }).click();
    await providerPage.waitForURL(/\/provider\/acts\/[0-9a-f-]{36}$/);
    const title = (await providerPage.getByRole('heading', { level: 1 }).textContent()) ?? '';
    act = { id: providerPage.url().split('/').at(-1)!, number: title.replace(/^Act /, ''), documentId: '' };
    expect(act.number).toMatch(/^QZ-.+\/\d{4}-\d{2}\/v1$/);
    expect(await definition(providerPage, 'Status')).toContain("Draft: awaiting the provider's signatures");
    const lines = providerPage.getByRole('table', { name: 'Lines of the act' });
    const text = (await lines.textContent()) ?? '';
    for (const part of ['Item', 'Quantity', 'Price per unit', 'Guaranteed sum per unit', 'Электроколяска универсальная', '1 piece']) expect(text).toContain(part);
    expect(await definition(providerPage, 'Quantity received')).toBe('1 piece');
    // The money agrees: one piece costs its price; the state pays up to the guaranteed sum; the rest is the co-payment.
    const cells = await lines.locator('tbody tr').first().locator('td').allTextContents();
    const [, , pricePerUnit, sumPerUnit, cost, reimbursed] = cells.map(tenge);
    expect(cost).toBe(pricePerUnit);
    expect(reimbursed).toBe(Math.min(pricePerUnit!, sumPerUnit!));
    expect(tenge(await definition(providerPage, 'Cost of the goods'))).toBe(cost);
    expect(tenge(await definition(providerPage, 'Reimbursed by the state'))).toBe(reimbursed);
    expect(tenge(await definition(providerPage, "Recipient's co-payment"))).toBe(Math.round((cost! - reimbursed!) * 100) / 100);
    // No journal behind it: no sheet.
    await expect(providerPage.getByRole('table', { name: 'Each visit as the journal records it' }).count()).resolves.toBe(0);
    expect(await wcagViolations(providerPage)).toEqual([]);
    // Formed once: the order is no longer offered.
    const list = await providerPage.context().newPage();
    await list.goto(`${baseUrl()}/provider/acts`);
    await expect(list.getByRole('listitem').filter({ hasText: 'Сапаров Дамир Ерланович' }).count()).resolves.toBe(0);
    await list.close();
  });

  it('the provider signs it, then the recipient reads it in the cabinet and signs', async () => {
    await providerPage.getByRole('link', { name: 'Open and sign the act' }).click();
    await providerPage.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    act.documentId = providerPage.url().split('/').at(-1)!;
    await expect(providerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act of acceptance No. ${act.number}`);
    await expect(providerPage.locator('p', { hasText: 'in full and in proper condition' }).count()).resolves.toBe(1);
    expect(await wcagViolations(providerPage)).toEqual([]);
    await signOpenDocument(providerPage, provider().keystore!, provider().keystorePassword!, 1);

    await page.goto(`${baseUrl()}/cabinet/acts/${act.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Act of acceptance: Электроколяска универсальная');
    expect(await definition(page, 'Status')).toContain('Signed by the provider: awaiting the recipient');
    await expect(page.getByRole('table', { name: 'Lines of the act' }).textContent()).resolves.toContain('1 piece');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign the act' }).click();
    await page.waitForURL(`${baseUrl()}/documents/${act.documentId}`);
    await signOpenDocument(page, person.keystore, person.password, 2);
    await page.goto(`${baseUrl()}/cabinet/acts/${act.id}`);
    expect(await definition(page, 'Status')).toContain('Signed by the recipient: ready to send');
  });

  it('the provider submits it; the office sees the goods received, the flags and the money in its review', async () => {
    await providerPage.goto(`${baseUrl()}/provider/acts/${act.id}`);
    await providerPage.getByRole('button', { name: 'Submit to the office' }).click();
    await providerPage.getByRole('button', { name: 'Yes, submit it' }).click();
    await providerPage.getByText('The act is with the district employment office for review.').waitFor();
    expect(await definition(providerPage, 'Status')).toContain('With the employment office for review');

    const officer = demoAccounts().find((a) => a.role === 'office_officer' && a.name.startsWith('Сапарова'))!;
    const officeContext = await browser.newContext();
    await officeContext.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
    const office = await officeContext.newPage();
    await signInWith(office, officer.login, officer.password, '/office');
    await office.goto(`${baseUrl()}/office/acts?service=goods`);
    await office.getByRole('link', { name: act.number }).first().click();
    await office.waitForURL(`${baseUrl()}/office/acts/${act.id}`);
    const goods = office.getByRole('region', { name: 'Goods received' });
    await expect(goods.textContent()).resolves.toContain('Электроколяска универсальная');
    expect(await definition(office, 'Quantity')).toBe('1 piece');
    expect(await wcagViolations(office)).toEqual([]);
    await officeContext.close();
  });
});
