import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DemoAccount } from '@/db/seed/demo';
import { addMonths, almatyDateOf } from '@/lib/calendar/local-date';
import { displayMonth } from '@/lib/i18n/format';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * The act of services rendered from the journal to the office, in the browser: the demo's
 * entrepreneur (Сейткали) forms the act of last month of her assistant's hours for Касымов (the
 * seed filled that journal), signs it as the head, her assistant Бекова signs it from her home
 * page, Касымов reads it in his cabinet (on a phone too), and signs it, and the provider sends it
 * to the employment office by keyboard. The statuses and texts are checked at each step, and axe
 * finds nothing on each new page. (Касымов's sign-language act is left to other tests.)
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let provider: Page;
let worker: Page;
let recipient: Page;
let act: { id: string; number: string; documentId: string };

const RECIPIENT = 'Касымов Ержан Болатович';
const WORKER = 'Бекова Асель Жанатовна';
const HEAD = 'Сейткали Айгерим Нурболкызы';
const person = (role: DemoAccount['role'], prefix: string) => {
  const found = demoAccounts().find((a) => a.role === role && a.name.startsWith(prefix));
  if (!found) throw new Error(`no demo ${role} ${prefix}`);
  return found;
};
const head = () => person('provider_admin', 'Сейткали');
const bekova = () => person('provider_worker', 'Бекова');
const kasymov = () => person('recipient', 'Касымов');

const thisMonth = almatyDateOf(new Date()).slice(0, 7);
const lastMonth = addMonths(`${thisMonth}-01`, -1).slice(0, 7);

async function englishPage(account: DemoAccount, home: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  const page = await context.newPage();
  await signInWith(page, account.login, account.password, home);
  return page;
}

/** Signs the document open in the page with the account's SIGN keystore and waits for the `nth` valid signature. */
async function signDocument(page: Page, account: DemoAccount, nth: number): Promise<void> {
  await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(account.keystore!);
  await page.getByLabel('Keystore password').fill(account.keystorePassword!);
  await page.getByRole('button', { name: 'Sign the document' }).click();
  await page.getByText('Valid signature').nth(nth - 1).waitFor();
  await expect(page.getByRole('button', { name: 'Sign the document' }).count()).resolves.toBe(0);
}

/** The text of the <dd> after the <dt> named `term`. */
async function definition(page: Page, term: string): Promise<string> {
  return ((await page.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
}

/** The signer's line in the act's list of signatures. */
const signerLine = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name }).filter({ hasText: /Signed|Not signed yet/ });

beforeAll(async () => {
  browser = await launchBrowser();
  [provider, worker, recipient] = await Promise.all([englishPage(head(), '/provider'), englishPage(bekova(), '/worker'), englishPage(kasymov(), '/cabinet')]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the provider forms the act', () => {
  it('finds the acts from the home page and is told, beside the month, why the current month cannot be billed', async () => {
    await provider.getByRole('link', { name: 'Acts of services rendered' }).click();
    await provider.waitForURL(`${baseUrl()}/provider/acts`);
    await expect(provider.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Acts of services rendered');
    expect(await wcagViolations(provider)).toEqual([]);

    const orderField = provider.getByLabel('Service order');
    const options = await orderField.locator('option').allTextContents();
    const assistant = options.find((o) => o.startsWith(`${RECIPIENT} — Individual assistant`));
    expect(assistant).toBeDefined();
    await orderField.selectOption({ label: assistant! });
    // Last month is offered first; the current month is not over yet.
    await expect(provider.getByLabel('Month').inputValue()).resolves.toBe(lastMonth);
    await provider.getByLabel('Month').selectOption(thisMonth);
    await provider.getByRole('button', { name: 'Form the act' }).click();
    const alert = provider.getByRole('alert').filter({ hasText: 'The act was not formed' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(`The month ${displayMonth(thisMonth, 'en')} is not over yet`);
    await expect(provider.locator('#period-error').textContent()).resolves.toContain('This month is not over yet.');
    await expect(provider.getByLabel('Month').getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing chosen is lost.
    await expect(provider.getByLabel('Month').inputValue()).resolves.toBe(thisMonth);
    await expect(orderField.locator('option:checked').textContent()).resolves.toBe(assistant);
    expect(await wcagViolations(provider)).toEqual([]);
  });

  it('forms last month’s act and sees it as a draft with its lines, totals and who must sign', async () => {
    await provider.getByLabel('Month').selectOption(lastMonth);
    await provider.getByRole('button', { name: 'Form the act' }).click();
    await provider.waitForURL(/\/provider\/acts\/[0-9a-f-]{36}$/);
    const title = (await provider.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).toMatch(new RegExp(`^Act .+/${lastMonth}/v1$`));
    act = { id: provider.url().split('/').at(-1)!, number: title.replace(/^Act /, ''), documentId: '' };
    expect(await definition(provider, 'Status')).toContain('Draft: awaiting the provider\'s signatures');
    expect(await definition(provider, 'Recipient')).toBe(RECIPIENT);
    expect(await definition(provider, 'Service')).toBe('Individual assistant');
    expect(await definition(provider, 'Period')).toContain(displayMonth(lastMonth, 'en'));
    expect(await definition(provider, 'Version')).toBe('1');

    const lines = provider.getByRole('table', { name: 'Lines of the act' });
    await expect(lines.getByRole('row').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(lines.textContent()).resolves.toContain('Individual assistant');
    // Three hours each weekday, as h:mm, and the reimbursement in tenge.
    await expect(lines.textContent()).resolves.toMatch(/\d+:00/);
    await expect(lines.textContent()).resolves.toContain('₸');
    expect(await definition(provider, 'Reimbursed by the state')).toContain('₸');
    await expect(provider.getByRole('table', { name: 'Each visit as the journal records it' }).textContent()).resolves.toContain('Поликлиника №2; ЦОН');
    await expect(provider.getByRole('heading', { name: 'Accompaniment sheet of the individual assistant' }).count()).resolves.toBe(1);

    await expect(signerLine(provider, HEAD).textContent()).resolves.toContain('Not signed yet');
    await expect(signerLine(provider, WORKER).textContent()).resolves.toContain('worker who served');
    await expect(signerLine(provider, RECIPIENT).textContent()).resolves.toContain('Not signed yet');
    await expect(provider.getByText('Nothing is approved or paid yet.').count()).resolves.toBe(1);
    await expect(provider.getByRole('link', { name: 'Printable act (PDF, in Russian)' }).getAttribute('href')).resolves.toBe(`/api/v1/acts/${act.id}/pdf?lang=ru`);
    await expect(provider.getByRole('link', { name: 'Printable act (PDF, in Kazakh)' }).getAttribute('href')).resolves.toBe(`/api/v1/acts/${act.id}/pdf?lang=kk`);
    await expect(provider.getByRole('button', { name: 'Submit to the office' }).count()).resolves.toBe(0);
    expect(await wcagViolations(provider)).toEqual([]);
  });

  it('lists the act among the drafts', async () => {
    const list = await provider.context().newPage();
    await list.goto(`${baseUrl()}/provider/acts?status=draft`);
    const row = list.getByRole('row').filter({ has: list.getByRole('link', { name: act.number }) });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(RECIPIENT);
    await expect(list.getByRole('link', { name: 'Draft', exact: true }).getAttribute('aria-current')).resolves.toBe('page');
    await list.close();
  });

  it('the recipient cannot sign before the provider’s side: the document page says so', async () => {
    await provider.getByRole('link', { name: 'Open and sign the act' }).click();
    await provider.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    act.documentId = provider.url().split('/').at(-1)!;
    await recipient.goto(`${baseUrl()}/documents/${act.documentId}`);
    await expect(recipient.getByText('The provider\'s side signs first').count()).resolves.toBe(1);
    await expect(recipient.getByRole('button', { name: 'Sign the document' }).count()).resolves.toBe(0);
  });

  it('the head reads the act as an act on the document page and signs it', async () => {
    await expect(provider.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act of services rendered No. ${act.number}`);
    await expect(provider.getByRole('table', { name: 'Lines of the act' }).count()).resolves.toBe(1);
    // (The exact signed bytes below hold the statement too, folded away: the visible paragraph is the one meant.)
    await expect(provider.locator('p', { hasText: 'The services above were rendered in full and on time.' }).count()).resolves.toBe(1);
    await expect(provider.getByRole('link', { name: `Back to act ${act.number}` }).count()).resolves.toBe(1);
    expect(await wcagViolations(provider)).toEqual([]);
    await signDocument(provider, head(), 1);

    await provider.goto(`${baseUrl()}/provider/acts/${act.id}`);
    expect(await definition(provider, 'Status')).toContain('Draft: awaiting the provider\'s signatures');
    await expect(provider.getByText(`Still to sign on the provider's side: ${WORKER}.`).count()).resolves.toBe(1);
    await expect(signerLine(provider, HEAD).textContent()).resolves.toMatch(/Signed \d/);
  });
});

describe('the worker signs from her home page', () => {
  it('sees the act among the acts to sign and signs it', async () => {
    await worker.reload();
    const section = worker.getByRole('region', { name: 'Acts to sign' });
    const link = section.getByRole('link', { name: `Act for ${displayMonth(lastMonth, 'en')}: ${RECIPIENT} — open and sign` });
    await expect(link.count()).resolves.toBe(1);
    await expect(section.textContent()).resolves.toContain(`Act ${act.number}`);
    expect(await wcagViolations(worker)).toEqual([]);
    await link.click();
    await worker.waitForURL(`${baseUrl()}/documents/${act.documentId}`);
    await expect(worker.getByRole('link', { name: 'Back to my acts and journals' }).count()).resolves.toBe(1);
    await signDocument(worker, bekova(), 2);

    await worker.goto(`${baseUrl()}/worker`);
    await expect(worker.getByRole('region', { name: 'Acts to sign' }).textContent()).resolves.toContain('No act awaits your signature.');
  });

  it('the provider sees its side signed and the act waiting for the recipient', async () => {
    await provider.reload();
    expect(await definition(provider, 'Status')).toContain('Signed by the provider: awaiting the recipient');
    await expect(provider.getByText(`The act awaits the signature of ${RECIPIENT}`).count()).resolves.toBe(1);
  });
});

describe('the recipient reads and signs the act in his cabinet', () => {
  it('is told on the cabinet home, and finds the act first in his list', async () => {
    await recipient.goto(`${baseUrl()}/cabinet`);
    const section = recipient.getByRole('region', { name: 'Acts of services rendered' });
    await expect(section.textContent()).resolves.toContain('1 act awaits your signature.');
    await section.getByRole('link', { name: 'Open acts' }).click();
    await recipient.waitForURL(`${baseUrl()}/cabinet/acts`);
    const awaiting = recipient.getByRole('region', { name: 'Awaiting your signature' });
    await expect(awaiting.textContent()).resolves.toContain(`Act ${act.number}`);
    await expect(recipient.getByRole('table', { name: 'Acts, newest first' }).textContent()).resolves.toContain('Signed by the provider: awaiting the recipient');
    expect(await wcagViolations(recipient)).toEqual([]);
    await awaiting.getByRole('link', { name: `${displayMonth(lastMonth, 'en')}: Individual assistant — check and sign` }).click();
    await recipient.waitForURL(`${baseUrl()}/cabinet/acts/${act.id}`);
  });

  it('reads the hours, the sums and his co-payment, with a clear way to sign or refuse', async () => {
    await expect(recipient.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act for ${displayMonth(lastMonth, 'en')}: Individual assistant`);
    expect(await definition(recipient, 'Status')).toContain('Signed by the provider: awaiting the recipient');
    expect(await definition(recipient, 'Provider')).toContain('ИП Сейткали');
    const next = recipient.getByRole('region', { name: 'What to do now' });
    await expect(next.textContent()).resolves.toMatch(/You pay nothing|Your co-payment for this month/);
    await expect(next.getByRole('link', { name: 'Sign the act' }).getAttribute('href')).resolves.toBe(`/documents/${act.documentId}`);
    await expect(recipient.getByRole('table', { name: 'Lines of the act' }).count()).resolves.toBe(1);
    await expect(recipient.getByRole('table', { name: 'Each visit as the journal records it' }).textContent()).resolves.toContain(WORKER);
    await expect(signerLine(recipient, WORKER).textContent()).resolves.toMatch(/Signed \d/);
    expect(await wcagViolations(recipient)).toEqual([]);

    // An empty refusal is refused beside its field, and the act stays as it was.
    await recipient.getByRole('button', { name: 'Refuse to sign' }).click();
    await recipient.locator('#refuse-reason-error').waitFor();
    await expect(recipient.locator('#refuse-reason-error').textContent()).resolves.toContain('Write the reason');
    await expect(recipient.getByLabel('Why do you refuse to sign?').getAttribute('aria-invalid')).resolves.toBe('true');
    await recipient.reload();
    expect(await definition(recipient, 'Status')).toContain('Signed by the provider: awaiting the recipient');
  });

  it('reads on a 390 px phone without anything wider than the screen', async () => {
    await recipient.setViewportSize({ width: 390, height: 844 });
    await recipient.reload();
    expect(await recipient.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Wide tables scroll inside their own labelled, focusable region.
    const lines = recipient.getByRole('region', { name: 'Lines of the act' });
    await expect(lines.getAttribute('tabindex')).resolves.toBe('0');
    await expect(recipient.getByRole('link', { name: 'Sign the act' }).isVisible()).resolves.toBe(true);
    expect(await wcagViolations(recipient)).toEqual([]);
    await recipient.setViewportSize({ width: 1280, height: 800 });
  });

  it('signs the act on its document page', async () => {
    await recipient.getByRole('link', { name: 'Sign the act' }).click();
    await recipient.waitForURL(`${baseUrl()}/documents/${act.documentId}`);
    await expect(recipient.getByRole('link', { name: `Back to act ${act.number}` }).count()).resolves.toBe(1);
    expect(await wcagViolations(recipient)).toEqual([]);
    await signDocument(recipient, kasymov(), 3);
    await expect(recipient.getByText('signed by everyone').count()).resolves.toBe(1);
    await recipient.getByRole('link', { name: `Back to act ${act.number}` }).click();
    await recipient.waitForURL(`${baseUrl()}/cabinet/acts/${act.id}`);
    expect(await definition(recipient, 'Status')).toContain('Signed by the recipient: ready to send');
    await expect(recipient.getByText('You signed the act. The provider sends it to the district employment office.').count()).resolves.toBe(1);
    await expect(recipient.getByRole('heading', { name: 'Refuse to sign' }).count()).resolves.toBe(0);
  });
});

describe('the provider submits the act to the office', () => {
  it('submits with the keyboard only, confirming first, and sees it with the office', async () => {
    await provider.goto(`${baseUrl()}/provider/acts/${act.id}`);
    expect(await definition(provider, 'Status')).toContain('Signed by the recipient: ready to send');
    await expect(provider.getByText('Everyone has signed. Send the act to the district employment office.').count()).resolves.toBe(1);
    expect(await wcagViolations(provider)).toEqual([]);

    await provider.getByRole('button', { name: 'Submit to the office' }).focus();
    await provider.keyboard.press('Enter');
    // The question takes the focus, on its "yes".
    await provider.getByText(`Send act ${act.number} to the district employment office?`).waitFor();
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, submit it');
    // Cancel by keyboard puts the focus back on the first button; then submit for real.
    await provider.keyboard.press('Tab');
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await provider.keyboard.press('Enter');
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Submit to the office');
    await provider.keyboard.press('Enter');
    await provider.getByText(`Send act ${act.number} to the district employment office?`).waitFor();
    await provider.keyboard.press('Enter');

    const outcome = provider.getByText('The act is with the district employment office for review.');
    await outcome.waitFor();
    await expect(provider.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('The act is with the district employment office for review.');
    expect(await definition(provider, 'Status')).toContain('With the employment office for review');
    await expect(provider.getByRole('heading', { name: 'What the automatic checks found' }).count()).resolves.toBe(1);
    expect(await wcagViolations(provider)).toEqual([]);

    await provider.goto(`${baseUrl()}/provider/acts?status=submitted`);
    await expect(provider.getByRole('row').filter({ has: provider.getByRole('link', { name: act.number }) }).count()).resolves.toBe(1);
  });

  it('the recipient sees it sent, and it no longer awaits him', async () => {
    await recipient.goto(`${baseUrl()}/cabinet/acts/${act.id}`);
    expect(await definition(recipient, 'Status')).toContain('With the employment office for review');
    await recipient.goto(`${baseUrl()}/cabinet/acts`);
    await expect(recipient.getByRole('region', { name: 'Awaiting your signature' }).textContent()).resolves.toContain('No act awaits your signature now.');
  });
});
