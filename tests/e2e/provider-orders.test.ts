import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoAccount } from '@/db/seed/demo';
import { toBase64 } from '@/lib/signatures/bytes';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * The provider's order screens as the head of МедТех uses them: a deaf recipient in Astana
 * (Ахметова, whom no other browser test orders for) orders her hearing aid through the API and
 * signs the application; the provider finds the order with its deadline, refuses it as not in
 * stock, signs the refusal on the document page, and sees it refused. Another provider cannot
 * open it.
 */
let browser: Browser;
let order: { id: string; number: string };

const person = (role: DemoAccount['role'], namePrefix: string) => {
  const found = demoAccounts().find((a) => a.role === role && a.name.startsWith(namePrefix));
  if (!found) throw new Error(`no demo ${role} ${namePrefix}`);
  return found;
};
const recipient = () => person('recipient', 'Ахметова');
const medtech = () => person('provider_admin', 'Искаков');

async function tokenFor(account: DemoAccount): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** The recipient orders one hearing aid from МедТех for pickup and signs the application with her SIGN key. */
async function placeSubmittedOrder(): Promise<{ id: string; number: string }> {
  const [providerToken, recipientToken] = await Promise.all([tokenFor(medtech()), tokenFor(recipient())]);
  const own = (await (await fetch(`${baseUrl()}/api/v1/catalog-items`, { headers: { authorization: `Bearer ${providerToken}` } })).json()) as { items: { id: string; code: string }[] };
  const item = own.items.find((i) => i.code === 'TA-HEARING-AID');
  expect(item).toBeDefined();
  const auth = { authorization: `Bearer ${recipientToken}` };
  const placed = await fetch(`${baseUrl()}/api/v1/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ catalogItemId: item!.id, quantity: 1, delivery: 'pickup' }),
  });
  expect(placed.status).toBe(201);
  const draft = (await placed.json()) as { id: string; number: string; status: string; documents: { application: string } };
  expect(draft.status).toBe('draft');
  const content = new Uint8Array(await (await fetch(`${baseUrl()}/api/v1/documents/${draft.documents.application}/content`, { headers: auth })).arrayBuffer());
  const cms = await signWithKeystore({ keystore: new Uint8Array(fs.readFileSync(recipient().keystore!)), password: recipient().keystorePassword!, content, signingTime: new Date() });
  const signed = await fetch(`${baseUrl()}/api/v1/documents/${draft.documents.application}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ cms: toBase64(cms) }),
  });
  expect(signed.status).toBe(201);
  return { id: draft.id, number: draft.number };
}

async function englishPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  return { context, page: await context.newPage() };
}

/** The text of the <dd> after the <dt> named `term`. */
async function definition(page: Page, term: string): Promise<string> {
  return ((await page.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
}


beforeAll(async () => {
  browser = await launchBrowser();
  order = await placeSubmittedOrder();
});
afterAll(async () => {
  await browser?.close();
});

describe("the provider's orders", () => {
  it('lists the new order with its deadline and time left, and shows a notice of it', async () => {
    const { context, page } = await englishPage();
    await signInWith(page, medtech().login, medtech().password, '/provider');
    await page.getByRole('link', { name: /^Orders \(.*awaiting your decision\)$/ }).click();
    await page.waitForURL(`${baseUrl()}/provider/orders`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Orders');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: order.number }) });
    await expect(row.count()).resolves.toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Слуховой аппарат заушный');
    expect(text).toContain('Ахметова Динара Болатовна');
    expect(text).toContain("Awaiting the provider's decision");
    expect(text).toMatch(/\d+ days? \d+ hours? left/);
    await expect(page.getByRole('table', { name: 'Orders, newest first' }).count()).resolves.toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // Filtered by status with a link: the order is among those awaiting a decision, not among the refused.
    await page.getByRole('link', { name: 'Refused', exact: true }).click();
    await page.waitForURL(/status=refused/);
    await expect(page.getByRole('link', { name: order.number }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Refused', exact: true }).getAttribute('aria-current')).resolves.toBe('page');

    await page.goto(`${baseUrl()}/provider/notices`);
    const notice = page.getByRole('listitem').filter({ hasText: order.number });
    await expect(notice.getByText('New', { exact: true }).count()).resolves.toBe(1);
    // Whatever language it was sent in, the notice reads in the page's, marked as such for screen readers.
    await expect(notice.locator('p[lang="en"]').textContent()).resolves.toMatch(new RegExp(`^New order ${order.number}`));
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mark all as read' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Marked as read.').waitFor();
    await expect(notice.getByText('New', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText('All notices are read.').count()).resolves.toBe(1);
    await context.close();
  });

  it('refuses the order as not in stock, signs the refusal, and sees it refused', async () => {
    const { context, page } = await englishPage();
    await signInWith(page, medtech().login, medtech().password, '/provider');
    await page.goto(`${baseUrl()}/provider/orders`);
    await page.getByRole('link', { name: order.number }).click();
    await page.waitForURL(`${baseUrl()}/provider/orders/${order.id}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Order ${order.number}`);
    expect(await definition(page, 'Status')).toContain("Awaiting the provider's decision");
    expect(await definition(page, 'Receiving')).toBe('pickup');
    // Goods offer one reason only, already chosen.
    const reasons = page.getByRole('group', { name: 'Reason for refusal' }).getByRole('radio');
    await expect(reasons.count()).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: 'not in stock' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'application' }).count()).resolves.toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    // Keyboard: the refusal button is reached and pressed without a mouse.
    await page.getByLabel('Comment for the recipient').fill('Ожидаем поставку через месяц.');
    await page.getByRole('button', { name: 'Refuse and go to signing' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expect(page.getByText('not in stock').first().count()).resolves.toBe(1);
    await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(medtech().keystore!);
    await page.getByLabel('Keystore password').fill(medtech().keystorePassword!);
    await page.getByRole('button', { name: 'Sign the document' }).click();
    await page.getByText('Valid signature').waitFor();

    await page.goto(`${baseUrl()}/provider/orders/${order.id}`);
    expect(await definition(page, 'Status')).toContain('Refused');
    expect(await definition(page, 'Reason for refusal')).toBe('not in stock: Ожидаем поставку через месяц.');
    await expect(page.getByRole('heading', { name: 'Your decision' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: "provider's decision" }).count()).resolves.toBe(1);
    await expect(page.getByText('The provider signed a decision').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${baseUrl()}/provider/orders?status=refused`);
    await expect(page.getByRole('link', { name: order.number }).count()).resolves.toBe(1);
    await context.close();
  });

  it("another provider does not find the order, and a malformed id is not found either", async () => {
    const { context, page } = await englishPage();
    const other = person('provider_admin', 'Литвиненко');
    await signInWith(page, other.login, other.password, '/provider');
    expect((await page.goto(`${baseUrl()}/provider/orders/${order.id}`))?.status()).toBe(404);
    expect((await page.goto(`${baseUrl()}/provider/orders/not-an-id`))?.status()).toBe(404);
    await page.goto(`${baseUrl()}/provider/orders`);
    await expect(page.getByRole('link', { name: order.number }).count()).resolves.toBe(0);
    await context.close();
  });
});
