import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoAccount } from '@/db/seed/demo';
import { addMonths, almatyDateOf } from '@/lib/calendar/local-date';
import { displayTenge } from '@/lib/i18n/format';
import { toBase64 } from '@/lib/signatures/bytes';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * What the office's act screens offer beyond the money path (money-path.test.ts takes Касымов's
 * assistant act from the journal to paid in the browser: the queue, the act's page with its
 * signatures verified, approval signed with the officer's keystore, a registry formed and marked
 * paid). Here the entrepreneur bills last month's sign-language hours for Касымов through the API,
 * so this file has its own act and registry and does not depend on the other file or on the order
 * the files run in: its head, the sign-language specialist and Касымов sign it and it is submitted.
 * The Astana officer finds it in the queue with filters that keep their values (and one typed
 * wrongly named), 390 px wide as cards; is refused a return without a reason, and "other" without
 * a comment, by keyboard; the Karaganda officer finds nothing. Once it is approved (through the
 * API), the payments page refuses a registry of nothing chosen, forms one of the act and offers
 * its treasury file, whose CSV is checked. With ACT_REVIEW_SCREENSHOTS=<folder> the pages are also
 * photographed in every language.
 */
let browser: Browser;
let context: BrowserContext;
let officer: Page;
let act: { id: string; number: string; reimbursed: string; documentId: string };
let period = '';

const person = (role: DemoAccount['role'], namePrefix: string) => {
  const found = demoAccounts().find((a) => a.role === role && a.name.startsWith(namePrefix));
  if (!found) throw new Error(`no demo ${role} ${namePrefix}`);
  return found;
};
const entrepreneur = () => person('provider_admin', 'Сейткали');
const signLanguageWorker = () => person('provider_worker', 'Мухамедиева');
const recipient = () => person('recipient', 'Касымов');
const astanaOfficer = () => person('office_officer', 'Сапарова');
const karagandaOfficer = () => person('office_officer', 'Петров');
const PROVIDER_NAME = 'ИП Сейткали Айгерим (жестовый язык, индивидуальный помощник)';

async function tokenOf(account: DemoAccount): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: account.login, password: account.password }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

async function api<T>(bearer: string, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'accept-language': 'en', ...(method === 'POST' ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.status, `${method} ${url}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** A signer signs the act's document with their SIGN keystore from the demo accounts file. */
async function signDocument(account: DemoAccount, bearer: string, documentId: string) {
  const content = new Uint8Array(await (await fetch(`${baseUrl()}/api/v1/documents/${documentId}/content`, { headers: { authorization: `Bearer ${bearer}` } })).arrayBuffer());
  const cms = await signWithKeystore({ keystore: new Uint8Array(fs.readFileSync(account.keystore!)), password: account.keystorePassword!, content, signingTime: new Date() });
  await api(bearer, 'POST', `/api/v1/documents/${documentId}/signatures`, { cms: toBase64(cms) });
}

/** Last month's sign-language act for Касымов: formed, signed by the head, the specialist and Касымов, and submitted. */
async function submittedSignLanguageAct() {
  const [providerToken, workerToken, recipientToken] = await Promise.all([tokenOf(entrepreneur()), tokenOf(signLanguageWorker()), tokenOf(recipient())]);
  const own = await api<{ items: { id: string; code: string; status: string; providerId: string }[] }>(recipientToken, 'GET', '/api/v1/orders?status=in_fulfilment');
  const order = own.items.find((o) => o.code === 'SRV-SIGN-LANGUAGE');
  expect(order).toBeDefined();
  period = addMonths(`${almatyDateOf(new Date()).slice(0, 7)}-01`, -1).slice(0, 7);
  const formed = await api<{ id: string; number: string; reimbursed: string; documentId: string; status: string }>(providerToken, 'POST', '/api/v1/acts', { orderId: order!.id, period });
  expect(formed.status).toBe('draft');
  await signDocument(entrepreneur(), providerToken, formed.documentId);
  await signDocument(signLanguageWorker(), workerToken, formed.documentId);
  await signDocument(recipient(), recipientToken, formed.documentId);
  const submitted = await api<{ status: string }>(providerToken, 'POST', `/api/v1/acts/${formed.id}/submit`);
  expect(submitted.status).toBe('submitted');
  return { id: formed.id, number: formed.number, reimbursed: formed.reimbursed, documentId: formed.documentId };
}

/** The officer approves the act and signs the approval through the API (the screens' approval is the money path's). */
async function approveThroughApi() {
  const officerToken = await tokenOf(astanaOfficer());
  const approval = await api<{ documentId: string }>(officerToken, 'POST', `/api/v1/acts/${act.id}/approve`);
  await signDocument(astanaOfficer(), officerToken, approval.documentId);
  const approved = await api<{ status: string; ledger: { kind: string; amount: string }[] }>(officerToken, 'GET', `/api/v1/acts/${act.id}`);
  expect(approved.status).toBe('approved');
  expect(approved.ledger.map((l) => [l.kind, l.amount])).toEqual([['approval', act.reimbursed]]);
}

async function pageIn(locale: 'en' | 'ru' | 'kk', viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport });
  await ctx.addCookies([{ name: 'qamqor_locale', value: locale, url: baseUrl() }]);
  return { context: ctx, page: await ctx.newPage() };
}

/** The text of the <dd> after the <dt> named `term`. */
async function definition(page: Page, term: string): Promise<string> {
  return ((await page.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
}

/**
 * Only with ACT_REVIEW_SCREENSHOTS: the page as it is now in English, then reloaded in Kazakh and
 * Russian (after `redo`, which may bring back a state a reload loses), and back in English.
 */
async function photograph(page: Page, name: string, redo?: () => Promise<void>) {
  const folder = process.env.ACT_REVIEW_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, `${name}-en.png`), fullPage: true });
  for (const locale of ['kk', 'ru'] as const) {
    await page.context().addCookies([{ name: 'qamqor_locale', value: locale, url: baseUrl() }]);
    await page.reload();
    await redo?.();
    await page.screenshot({ path: path.join(folder, `${name}-${locale}.png`), fullPage: true });
  }
  await page.context().addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  await page.reload();
}

beforeAll(async () => {
  browser = await launchBrowser();
  act = await submittedSignLanguageAct();
  ({ context, page: officer } = await pageIn('en'));
  await signInWith(officer, astanaOfficer().login, astanaOfficer().password, '/office');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("the office's review queue", () => {
  it('finds the submitted act with filters that keep their values, and names a filter typed wrongly', async () => {
    await expect(officer.getByText(/acts? (is|are) waiting for review/).count()).resolves.toBe(1);
    await officer.getByRole('link', { name: 'Acts to review' }).click();
    await officer.waitForURL(`${baseUrl()}/office/acts`);
    await expect(officer.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Acts of services and goods');
    await expect(officer.getByRole('link', { name: 'Awaiting review' }).getAttribute('aria-current')).resolves.toBe('page');

    await officer.getByLabel('Provider').selectOption({ label: PROVIDER_NAME });
    await officer.getByLabel('Service', { exact: true }).selectOption('sign_language');
    await officer.getByLabel('Month of service').fill(period);
    await officer.getByLabel('Only acts the checks flagged').uncheck();
    await officer.getByRole('button', { name: 'Show acts' }).click();
    await officer.waitForURL(/service=sign_language/);
    const table = officer.getByRole('table', { name: 'Acts awaiting review, the oldest first' });
    const row = table.getByRole('row').filter({ hasText: act.number });
    await expect(row.count()).resolves.toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Касымов Ержан Болатович');
    expect(text).toContain('Sign-language specialist');
    expect(text).toContain(displayTenge(act.reimbursed, 'en'));
    expect(text).toMatch(/arrived today|waiting \d+ days?/);
    expect(text).toMatch(/nothing found|\d+ findings? to check/);
    await expect(row.getByRole('link', { name: `Review act ${act.number}` }).count()).resolves.toBe(1);
    // The form shows what was asked.
    await expect(officer.getByLabel('Month of service').inputValue()).resolves.toBe(period);
    await expect(officer.getByLabel('Service', { exact: true }).inputValue()).resolves.toBe('sign_language');
    expect(await wcagViolations(officer)).toEqual([]);
    await photograph(officer, 'queue');

    // An amount above the act's excludes it; an amount typed wrongly is named and left out.
    await officer.getByLabel('From', { exact: true }).fill('99 999 999');
    await officer.getByLabel('To', { exact: true }).fill('abc');
    await officer.getByRole('button', { name: 'Show acts' }).click();
    await officer.waitForURL(/maxAmount=abc/);
    await officer.getByText('No acts match these filters.').waitFor();
    await expect(officer.getByText('Some filters are not applied').count()).resolves.toBe(1);
    await expect(officer.locator('#filter-maxAmount-error').textContent()).resolves.toMatch(/\S/);
    await expect(officer.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(officer.getByLabel('From', { exact: true }).inputValue()).resolves.toBe('99 999 999');
    expect(await wcagViolations(officer)).toEqual([]);

    // Not among the approved yet.
    await officer.goto(`${baseUrl()}/office/acts?status=approved`);
    await expect(officer.getByText(act.number).count()).resolves.toBe(0);
  });

  it('is usable 390 px wide: the acts as cards, nothing wider than the screen', async () => {
    const { context: narrowContext, page } = await pageIn('en', { width: 390, height: 844 });
    await signInWith(page, astanaOfficer().login, astanaOfficer().password, '/office');
    await page.goto(`${baseUrl()}/office/acts?service=sign_language&period=${period}`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Review act ${act.number}` }) });
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await wcagViolations(page)).toEqual([]);
    await photograph(page, 'queue-390');
    await narrowContext.close();
  });
});

describe('reviewing the act', () => {
  it('refuses a return without a reason, and "other" without a comment, keeping what was ticked (by keyboard)', async () => {
    await officer.goto(`${baseUrl()}/office/acts?period=${period}&service=sign_language`);
    await officer.getByRole('link', { name: `Review act ${act.number}` }).first().click();
    await officer.waitForURL(`${baseUrl()}/office/acts/${act.id}`);
    await expect(officer.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act ${act.number}`);
    expect(await definition(officer, 'To reimburse from the budget')).toBe(displayTenge(act.reimbursed, 'en'));
    await photograph(officer, 'act-submitted');
    const returnForm = officer.getByRole('form', { name: 'Return to the provider' });
    await returnForm.getByRole('button', { name: 'Return the act' }).click();
    await returnForm.getByText('The act was not returned').waitFor();
    await expect(officer.locator('#reasons-error').textContent()).resolves.toContain('Choose at least one reason.');

    // Keyboard only: tick "Other", leave the comment empty, press the button.
    await officer.getByRole('checkbox', { name: 'Other', exact: true }).focus();
    await officer.keyboard.press('Space');
    await officer.keyboard.press('Tab');
    await expect(officer.evaluate(() => document.activeElement?.id)).resolves.toBe('return-comment');
    await returnForm.getByRole('button', { name: 'Return the act' }).focus();
    await officer.keyboard.press('Enter');
    await officer.locator('#return-comment-error').waitFor();
    await expect(officer.locator('#return-comment-error').textContent()).resolves.toContain('For the reason "other", write a comment.');
    await expect(officer.getByRole('checkbox', { name: 'Other', exact: true }).isChecked()).resolves.toBe(true);
    await expect(officer.getByLabel('Comment for the provider').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await wcagViolations(officer)).toEqual([]);
    await photograph(officer, 'act-return-refused', async () => {
      await officer.locator('#reason-other').check();
      await officer.locator('#return-heading').locator('..').locator('button[type=submit]').click();
      await officer.locator('#return-comment-error').waitFor();
    });

    // Nothing was returned.
    await officer.reload();
    await expect(officer.getByText('Status:').locator('..').textContent()).resolves.toContain('Awaiting review');
  });

  it('is not found by the Karaganda office', async () => {
    const { context: otherContext, page } = await pageIn('en');
    await signInWith(page, karagandaOfficer().login, karagandaOfficer().password, '/office');
    expect((await page.goto(`${baseUrl()}/office/acts/${act.id}`))?.status()).toBe(404);
    await page.goto(`${baseUrl()}/office/acts`);
    await expect(page.getByText(act.number).count()).resolves.toBe(0);
    await otherContext.close();
  });
});

describe('payments', () => {
  let registryNumber = '';

  it('shows the budget, refuses a registry of nothing chosen, forms one of the chosen act and offers its treasury file', async () => {
    await approveThroughApi();
    await officer.goto(`${baseUrl()}/office`);
    await officer.getByRole('link', { name: 'Payments and registries' }).click();
    await officer.waitForURL(`${baseUrl()}/office/payments`);
    const year = almatyDateOf(new Date()).slice(0, 4);
    await officer.getByRole('heading', { name: `Budget for ${year}` }).waitFor();
    expect(await definition(officer, 'Allocated')).toBe(displayTenge('5000000.00', 'en'));
    expect(await definition(officer, 'Spent on approved acts')).not.toBe(displayTenge('0.00', 'en'));
    expect(await wcagViolations(officer)).toEqual([]);
    await photograph(officer, 'payments-unpaid');

    // Nothing ticked: refused with a message, in words.
    await officer.getByRole('button', { name: 'Form a payment registry of the chosen acts' }).click();
    await officer.getByText('Choose at least one act, or form a registry of all of them.').first().waitFor();

    await officer.getByRole('checkbox', { name: `Act ${act.number}: ${displayTenge(act.reimbursed, 'en')}` }).check();
    await officer.getByRole('button', { name: 'Form a payment registry of the chosen acts' }).click();
    const formed = officer.getByRole('status').filter({ hasText: 'The payment registry is formed' });
    await formed.waitFor();
    registryNumber = /Registry (\S+) holds/.exec((await formed.textContent()) ?? '')![1]!;
    const registry = officer.getByRole('article', { name: `Registry ${registryNumber}`, exact: true });
    await expect(registry.textContent()).resolves.toContain('Formed, awaiting payment by the treasury');

    const link = registry.getByRole('link', { name: `Download the treasury file of registry ${registryNumber} (CSV)` });
    const response = await officer.request.get(`${baseUrl()}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('provider_bin,provider_name,iban,bik,amount,acts');
    const providerLine = lines.find((l) => l.startsWith(entrepreneur().iin!));
    expect(providerLine).toBeDefined();
    expect(providerLine).toContain(act.number);
    expect(providerLine).toContain(`,${act.reimbursed},`);
    expect(await wcagViolations(officer)).toEqual([]);
    await photograph(officer, 'payments-formed');
  });
});
