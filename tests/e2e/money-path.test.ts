import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { DemoAccount } from '@/db/seed/demo';
import { addDays, addMonths, almatyDateOf, dayOfWeek } from '@/lib/calendar/local-date';
import { displayDate, displayMonth, displayTenge } from '@/lib/i18n/format';
import { baseUrl, demoAccounts, launchBrowser, signInWith, wcagViolations } from './browser';

/**
 * The money path of issue 8, journal to paid, in the browser with the demo keystores' real
 * signatures. The assistant Бекова records an hour for the demo's Касымов on a Saturday or Sunday
 * of last month (the seed fills only the weekdays since his order was accepted 55 days ago). The
 * entrepreneur Сейткали forms last month's assistant act, after being told the current month
 * cannot be billed, and sees that hour in its sheet and totals; she and Бекова sign it; Касымов
 * reads it in his cabinet (on a phone too) and signs it; the provider submits it by keyboard. The
 * Astana officer Сапарова finds it in Office → Acts, reads its checks, lines, sheet and the three
 * signatures verified, approves it and signs the approval, forms a payment registry of it on
 * Office → Payments (the budget's "left" falls by the act's amount) and marks it paid. The
 * provider and Касымов then read it paid. Money on each screen is checked against the act's
 * lines; statuses at each step; axe on each new page.
 *
 * Other files use the same people on other things: act-review.test.ts bills Касымов's
 * sign-language order of the same month (its own act, its own registry), journal-week and
 * journal-api keep to Сериков's orders. Nothing here counts what those leave behind.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
let provider: Page;
let worker: Page;
let recipient: Page;
let officer: Page;
let act: { id: string; number: string; documentId: string; reimbursed: string; total: string; minutes: number };

const RECIPIENT = 'Касымов Ержан Болатович';
const WORKER = 'Бекова Асель Жанатовна';
const HEAD = 'Сейткали Айгерим Нурболкызы';
const PROVIDER_NAME = 'ИП Сейткали Айгерим (жестовый язык, индивидуальный помощник)';
const PLACES = 'Городская библиотека; аптека №7';
const person = (role: DemoAccount['role'], prefix: string) => {
  const found = demoAccounts().find((a) => a.role === role && a.name.startsWith(prefix));
  if (!found) throw new Error(`no demo ${role} ${prefix}`);
  return found;
};
const head = () => person('provider_admin', 'Сейткали');
const bekova = () => person('provider_worker', 'Бекова');
const kasymov = () => person('recipient', 'Касымов');
const saparova = () => person('office_officer', 'Сапарова');

const today = almatyDateOf(new Date());
const thisMonth = today.slice(0, 7);
const lastMonth = addMonths(`${thisMonth}-01`, -1).slice(0, 7);
const monthStart = `${lastMonth}-01`;
const monthEnd = addDays(`${thisMonth}-01`, -1);
// The seed's order was accepted 55 days ago and its journal holds 10:00–13:00 on each weekday of last month since.
const acceptedOn = addDays(today, -55);
const seededDays: string[] = [];
for (let day = acceptedOn > monthStart ? acceptedOn : monthStart; day <= monthEnd; day = addDays(day, 1)) if (dayOfWeek(day) <= 5) seededDays.push(day);
// The last Saturday or Sunday of last month: always after the acceptance, and free in the seeded journal.
let freeDay = monthEnd;
while (dayOfWeek(freeDay) <= 5) freeDay = addDays(freeDay, -1);
const expectedMinutes = seededDays.length * 180 + 60;

/** The one-act form's month (the acts page also has the month-end batch's own month field). */
const monthField = () => provider.getByRole('form', { name: 'Form an act' }).getByLabel('Month');

/** An amount as the English pages show it ("₸1,450.00") in tiyn, to add up exactly. */
function tiyn(text: string): number {
  const match = /(-?)₸?([\d,]+)\.(\d{2})/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!match) throw new Error(`no tenge amount in "${text}"`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]));
}
/** Text for a regular expression, as is. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Tiyn back to the English display. */
const tenge = (amount: number) => displayTenge((amount / 100).toFixed(2), 'en');
/** "h:mm" or "12 h 30 min" in minutes. */
function minutesOf(text: string): number {
  const clock = /^(\d+):(\d{2})$/.exec(text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const words = /^(?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(text.trim());
  if (!words || (!words[1] && !words[2])) throw new Error(`no duration in "${text}"`);
  return Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0);
}

/** The cells' texts of a table's rows in a section (tbody or tfoot). */
async function cells(table: Locator, section: 'tbody' | 'tfoot'): Promise<string[][]> {
  return table.locator(`${section} tr`).evaluateAll((rows) => rows.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
}

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
async function definition(page: Page | Locator, term: string): Promise<string> {
  return ((await page.locator(`dt:text-is("${term}") + dd`).first().textContent()) ?? '').trim();
}

/** The signer's line in the act's list of signatures. */
const signerLine = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name }).filter({ hasText: /Signed|Not signed yet/ });

/**
 * The provider's or recipient's act page: each line's cost is its hours at its price, and the
 * lines add up to the totals row and to the totals in words (the co-payment is what the state
 * does not pay). Answers the act's totals as shown.
 */
async function checkProviderLines(page: Page): Promise<{ minutes: number; total: number; reimbursed: number }> {
  const table = page.getByRole('table', { name: 'Lines of the act' });
  const lines = await cells(table, 'tbody');
  expect(lines.length).toBeGreaterThan(0);
  let minutes = 0;
  let total = 0;
  let reimbursed = 0;
  for (const [service, , hours, price, sum, cost, paid] of lines) {
    expect(service).toBe('Individual assistant');
    const m = minutesOf(hours!);
    // Cost = minutes × price / 60, to the tiyn; the state pays up to the guaranteed sum.
    expect(tiyn(cost!)).toBe(Math.round((m * tiyn(price!)) / 60));
    expect(tiyn(paid!)).toBe(Math.round((m * Math.min(tiyn(price!), tiyn(sum!))) / 60));
    minutes += m;
    total += tiyn(cost!);
    reimbursed += tiyn(paid!);
  }
  const [footer] = await cells(table, 'tfoot');
  expect(footer![0]).toBe('Total');
  expect(minutesOf(footer![1]!)).toBe(minutes);
  expect(tiyn(footer![4]!)).toBe(total);
  expect(tiyn(footer![5]!)).toBe(reimbursed);
  expect(await definition(page, 'Hours in all')).toBe(`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} (h:mm)`);
  return { minutes, total, reimbursed };
}

beforeAll(async () => {
  browser = await launchBrowser();
  [provider, worker, recipient, officer] = await Promise.all([
    englishPage(head(), '/provider'),
    englishPage(bekova(), '/worker'),
    englishPage(kasymov(), '/cabinet'),
    englishPage(saparova(), '/office'),
  ]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the worker records an hour of last month', () => {
  it('opens Касымов’s assistant journal from her home page and records an hour on a free weekend day of last month', async () => {
    const card = worker.getByRole('listitem').filter({ hasText: 'Individual assistant' }).filter({ has: worker.getByRole('link', { name: new RegExp(`^Journal: ${RECIPIENT}`) }) });
    await expect(card.count()).resolves.toBe(1);
    await card.getByRole('link').click();
    await worker.waitForURL(/\/journal\/[0-9a-f-]{36}$/);
    const journalPath = new URL(worker.url()).pathname;
    await expect(worker.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Journal: ${RECIPIENT}`);

    // The month's grid agrees with the seed: the weekend day is open and empty, the weekdays hold 3 hours.
    await worker.goto(`${baseUrl()}${journalPath}?month=${lastMonth}`);
    const entries = worker.getByRole('region', { name: `Entries of ${displayMonth(lastMonth, 'en')}` });
    await expect(entries.getByRole('heading', { level: 3 }).count()).resolves.toBe(seededDays.length);
    await expect(entries.textContent()).resolves.not.toContain(`${displayDate(freeDay, 'en')} —`);
    expect(await wcagViolations(worker)).toEqual([]);

    await worker.getByLabel('Date', { exact: true }).fill(freeDay);
    await worker.getByLabel('Hours', { exact: true }).fill('1');
    await worker.getByLabel('Places visited', { exact: true }).fill(PLACES);
    await worker.getByRole('button', { name: 'Save the entry' }).click();
    await worker.getByText(`Saved: ${displayDate(freeDay, 'en')}, 1 h. The form is ready for the next entry.`).waitFor();

    await worker.reload();
    const entry = entries.getByRole('listitem').filter({ has: worker.getByRole('heading', { level: 3, name: `${displayDate(freeDay, 'en')} — 1 h` }) });
    await expect(entry.count()).resolves.toBe(1);
    await expect(entry.textContent()).resolves.toContain(PLACES);
    await expect(entry.textContent()).resolves.toContain(WORKER);
    await expect(entries.getByRole('heading', { level: 3 }).count()).resolves.toBe(seededDays.length + 1);
  });
});

describe('the provider forms the act', () => {
  it('finds the acts from the home page and is told, beside the month, why the current month cannot be billed', async () => {
    await provider.getByRole('link', { name: 'Acts of services and goods' }).click();
    await provider.waitForURL(`${baseUrl()}/provider/acts`);
    await expect(provider.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Acts of services and goods');
    expect(await wcagViolations(provider)).toEqual([]);

    const orderField = provider.getByLabel('Service order');
    const options = await orderField.locator('option').allTextContents();
    const assistant = options.find((o) => o.startsWith(`${RECIPIENT} — Individual assistant`));
    expect(assistant).toBeDefined();
    await orderField.selectOption({ label: assistant! });
    // Last month is offered first; the current month is not over yet.
    await expect(monthField().inputValue()).resolves.toBe(lastMonth);
    await monthField().selectOption(thisMonth);
    await provider.getByRole('button', { name: 'Form the act' }).click();
    const alert = provider.getByRole('alert').filter({ hasText: 'The act was not formed' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(`The month ${displayMonth(thisMonth, 'en')} is not over yet`);
    await expect(provider.locator('#period-error').textContent()).resolves.toContain('This month is not over yet.');
    await expect(monthField().getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing chosen is lost.
    await expect(monthField().inputValue()).resolves.toBe(thisMonth);
    await expect(orderField.locator('option:checked').textContent()).resolves.toBe(assistant);
    expect(await wcagViolations(provider)).toEqual([]);
  });

  it('forms last month’s act: a draft whose sheet holds the worker’s hour, and whose lines add up to its totals with that hour in them', async () => {
    await monthField().selectOption(lastMonth);
    await provider.getByRole('button', { name: 'Form the act' }).click();
    await provider.waitForURL(/\/provider\/acts\/[0-9a-f-]{36}$/);
    const title = (await provider.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(title).toMatch(new RegExp(`^Act .+/${lastMonth}/v1$`));
    expect(await definition(provider, 'Status')).toContain('Draft: awaiting the provider\'s signatures');
    expect(await definition(provider, 'Recipient')).toBe(RECIPIENT);
    expect(await definition(provider, 'Service')).toBe('Individual assistant');
    expect(await definition(provider, 'Period')).toContain(displayMonth(lastMonth, 'en'));
    expect(await definition(provider, 'Version')).toBe('1');

    // The sheet: the seeded weekdays at 10:00–13:00, and the worker's hour on the weekend day with her places.
    const sheet = provider.getByRole('table', { name: 'Each visit as the journal records it' });
    const rows = await cells(sheet, 'tbody');
    expect(rows).toHaveLength(seededDays.length + 1);
    expect(rows.map((r) => r[0])).toEqual([...seededDays, freeDay].sort().map((d) => displayDate(d, 'en')));
    const added = rows.find((r) => r[0] === displayDate(freeDay, 'en'))!;
    expect(added.slice(1)).toEqual(['—', '1:00', PLACES, WORKER]);
    for (const row of rows.filter((r) => r !== added)) expect(row.slice(1)).toEqual(['10:00–13:00', '3:00', 'Поликлиника №2; ЦОН', WORKER]);
    await expect(provider.getByText(`${rows.length} days, ${Math.floor(expectedMinutes / 60)}:${String(expectedMinutes % 60).padStart(2, '0')} (h:mm) in all.`).count()).resolves.toBe(1);
    await expect(provider.getByRole('heading', { name: 'Accompaniment sheet of the individual assistant' }).count()).resolves.toBe(1);

    // The lines hold every minute of the sheet, the hour included, and add up to the totals.
    const totals = await checkProviderLines(provider);
    expect(totals.minutes).toBe(expectedMinutes);
    expect(await definition(provider, 'Cost of the services')).toBe(tenge(totals.total));
    expect(await definition(provider, 'Reimbursed by the state')).toBe(tenge(totals.reimbursed));
    const coPayment = await definition(provider, 'Recipient\'s co-payment');
    expect(totals.total === totals.reimbursed ? coPayment === 'none' : tiyn(coPayment) === totals.total - totals.reimbursed).toBe(true);
    act = { id: provider.url().split('/').at(-1)!, number: title.replace(/^Act /, ''), documentId: '', reimbursed: (totals.reimbursed / 100).toFixed(2), total: (totals.total / 100).toFixed(2), minutes: totals.minutes };

    await expect(signerLine(provider, HEAD).textContent()).resolves.toContain('Not signed yet');
    await expect(signerLine(provider, WORKER).textContent()).resolves.toContain('worker who served');
    await expect(signerLine(provider, RECIPIENT).textContent()).resolves.toContain('Not signed yet');
    await expect(provider.getByText(`Nothing is approved or paid yet. Once the office approves the act, ${tenge(totals.reimbursed)} becomes payable to you.`).count()).resolves.toBe(1);
    await expect(provider.getByRole('link', { name: 'Printable act (PDF, in Russian)' }).getAttribute('href')).resolves.toBe(`/api/v1/acts/${act.id}/pdf?lang=ru`);
    await expect(provider.getByRole('link', { name: 'Printable act (PDF, in Kazakh)' }).getAttribute('href')).resolves.toBe(`/api/v1/acts/${act.id}/pdf?lang=kk`);
    await expect(provider.getByRole('button', { name: 'Submit to the office' }).count()).resolves.toBe(0);
    expect(await wcagViolations(provider)).toEqual([]);
  });

  it('lists the act among the drafts, and the journal’s days of that month are now frozen', async () => {
    const list = await provider.context().newPage();
    await list.goto(`${baseUrl()}/provider/acts?status=draft`);
    const row = list.getByRole('row').filter({ has: list.getByRole('link', { name: act.number }) });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toContain(RECIPIENT);
    await expect(row.textContent()).resolves.toContain(tenge(tiyn(act.reimbursed)));
    await expect(list.getByRole('link', { name: 'Draft', exact: true }).getAttribute('aria-current')).resolves.toBe('page');
    await list.close();

    await worker.reload();
    const entry = worker.getByRole('listitem').filter({ has: worker.getByRole('heading', { level: 3, name: `${displayDate(freeDay, 'en')} — 1 h` }) });
    await expect(entry.textContent()).resolves.toContain('In an act — cannot change');
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
    await worker.goto(`${baseUrl()}/worker`);
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
    const section = recipient.getByRole('region', { name: 'Acts of services and goods' });
    await expect(section.textContent()).resolves.toContain('1 act awaits your signature.');
    await section.getByRole('link', { name: 'Open acts' }).click();
    await recipient.waitForURL(`${baseUrl()}/cabinet/acts`);
    const awaiting = recipient.getByRole('region', { name: 'Awaiting your signature' });
    await expect(awaiting.textContent()).resolves.toContain(`Act ${act.number}`);
    await expect(awaiting.textContent()).resolves.toContain(`the state reimburses ${tenge(tiyn(act.reimbursed))}`);
    await expect(recipient.getByRole('table', { name: 'Acts, newest first' }).textContent()).resolves.toContain('Signed by the provider: awaiting the recipient');
    expect(await wcagViolations(recipient)).toEqual([]);
    await awaiting.getByRole('link', { name: `${displayMonth(lastMonth, 'en')}: Individual assistant — check and sign` }).click();
    await recipient.waitForURL(`${baseUrl()}/cabinet/acts/${act.id}`);
  });

  it('reads the hours, the sums and his co-payment, with a clear way to sign or refuse', async () => {
    await expect(recipient.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act for ${displayMonth(lastMonth, 'en')}: Individual assistant`);
    expect(await definition(recipient, 'Status')).toContain('Signed by the provider: awaiting the recipient');
    expect(await definition(recipient, 'Provider')).toContain('ИП Сейткали');
    const totals = await checkProviderLines(recipient);
    expect(totals).toEqual({ minutes: act.minutes, total: tiyn(act.total), reimbursed: tiyn(act.reimbursed) });
    const next = recipient.getByRole('region', { name: 'What to do now' });
    await expect(next.textContent()).resolves.toContain(
      act.total === act.reimbursed
        ? `You pay nothing: the state reimburses the whole cost, ${tenge(tiyn(act.reimbursed))}.`
        : `Your co-payment for this month: ${tenge(tiyn(act.total) - tiyn(act.reimbursed))}. The state reimburses ${tenge(tiyn(act.reimbursed))}.`,
    );
    await expect(next.getByRole('link', { name: 'Sign the act' }).getAttribute('href')).resolves.toBe(`/documents/${act.documentId}`);
    const sheet = recipient.getByRole('table', { name: 'Each visit as the journal records it' });
    await expect(sheet.getByRole('row').filter({ hasText: displayDate(freeDay, 'en') }).textContent()).resolves.toContain(PLACES);
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
  it('submits with the keyboard only, confirming the amount first, and sees it with the office', async () => {
    await provider.goto(`${baseUrl()}/provider/acts/${act.id}`);
    expect(await definition(provider, 'Status')).toContain('Signed by the recipient: ready to send');
    await expect(provider.getByText('Everyone has signed. Send the act to the district employment office.').count()).resolves.toBe(1);
    expect(await wcagViolations(provider)).toEqual([]);

    await provider.getByRole('button', { name: 'Submit to the office' }).focus();
    await provider.keyboard.press('Enter');
    // The question takes the focus, on its "yes", and names the amount claimed.
    const question = provider.getByText(`Send act ${act.number} to the district employment office? It claims ${tenge(tiyn(act.reimbursed))} for reimbursement.`);
    await question.waitFor();
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Yes, submit it');
    // Cancel by keyboard puts the focus back on the first button; then submit for real.
    await provider.keyboard.press('Tab');
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await provider.keyboard.press('Enter');
    await expect(provider.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Submit to the office');
    await provider.keyboard.press('Enter');
    await question.waitFor();
    await provider.keyboard.press('Enter');

    const outcome = provider.getByText('The act is with the district employment office for review.');
    await outcome.waitFor();
    await expect(provider.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('The act is with the district employment office for review.');
    expect(await definition(provider, 'Status')).toContain('With the employment office for review');
    await expect(provider.getByRole('heading', { name: 'What the automatic checks found' }).count()).resolves.toBe(1);
    await expect(provider.getByText('The automatic checks found nothing to look at.').count()).resolves.toBe(1);
    expect(await wcagViolations(provider)).toEqual([]);

    await provider.goto(`${baseUrl()}/provider/acts?status=submitted`);
    await expect(provider.getByRole('row').filter({ has: provider.getByRole('link', { name: act.number }) }).count()).resolves.toBe(1);
  });

  it('the recipient sees it sent, and it no longer awaits him', async () => {
    await recipient.goto(`${baseUrl()}/cabinet/acts/${act.id}`);
    expect(await definition(recipient, 'Status')).toContain('With the employment office for review');
    await expect(recipient.getByText('The provider sent the act to the district employment office for review.').count()).resolves.toBe(1);
    await recipient.goto(`${baseUrl()}/cabinet/acts`);
    await expect(recipient.getByRole('region', { name: 'Awaiting your signature' }).textContent()).resolves.toContain('No act awaits your signature now.');
  });
});

describe('the district office reviews and approves the act', () => {
  let leftBefore = 0;

  it('finds the act in Office → Acts, awaiting review with its hours and amount', async () => {
    await officer.goto(`${baseUrl()}/office`);
    await officer.getByRole('link', { name: 'Acts to review' }).click();
    await officer.waitForURL(`${baseUrl()}/office/acts`);
    await expect(officer.getByRole('link', { name: 'Awaiting review' }).getAttribute('aria-current')).resolves.toBe('page');
    const row = officer.getByRole('table', { name: 'Acts awaiting review, the oldest first' }).getByRole('row').filter({ hasText: act.number });
    await expect(row.count()).resolves.toBe(1);
    const [number, providerName, recipientName, service, month, hours, amount, waiting, flags] = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    expect([number, providerName, recipientName, service, month]).toEqual([act.number, PROVIDER_NAME, RECIPIENT, 'Individual assistant', displayMonth(lastMonth, 'en')]);
    expect(minutesOf(hours!)).toBe(act.minutes);
    expect(amount).toBe(tenge(tiyn(act.reimbursed)));
    expect(waiting).toBe('arrived today');
    // A weekend hour within the day's 8 and the IPR, at a price within the guaranteed sum: nothing to flag.
    expect(flags).toBe('✓ nothing found');
    expect(await wcagViolations(officer)).toEqual([]);
    await row.getByRole('link', { name: `Review act ${act.number}` }).click();
    await officer.waitForURL(`${baseUrl()}/office/acts/${act.id}`);
  });

  it('reads the checks, the lines adding up to the totals, the worker’s hour in the sheet, three valid signatures and the IPR', async () => {
    await expect(officer.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Act ${act.number}`);
    await expect(officer.getByText('Status:').locator('..').textContent()).resolves.toContain('Awaiting review');
    await expect(officer.getByRole('heading', { level: 2, name: 'The automatic checks found nothing' }).count()).resolves.toBe(1);
    expect(await definition(officer, 'Recipient')).toContain(RECIPIENT);
    expect(await definition(officer, 'Provider')).toContain(PROVIDER_NAME);
    expect(await definition(officer, 'Service')).toMatch(/assistant/i);

    // The lines: cost is hours at the price, reimbursed hours at the lesser of price and sum; they add up to the totals.
    const table = officer.getByRole('table', { name: /^The act's lines/ });
    let minutes = 0;
    let total = 0;
    let reimbursed = 0;
    for (const [, hours, price, sum, paidPerHour, cost, paid] of await cells(table, 'tbody')) {
      const m = minutesOf(hours!);
      expect(tiyn(paidPerHour!)).toBe(Math.min(tiyn(price!), tiyn(sum!)));
      expect(tiyn(cost!)).toBe(Math.round((m * tiyn(price!)) / 60));
      expect(tiyn(paid!)).toBe(Math.round((m * tiyn(paidPerHour!)) / 60));
      minutes += m;
      total += tiyn(cost!);
      reimbursed += tiyn(paid!);
    }
    expect({ minutes, total, reimbursed }).toEqual({ minutes: act.minutes, total: tiyn(act.total), reimbursed: tiyn(act.reimbursed) });
    const [footer] = await cells(table, 'tfoot');
    expect(minutesOf(footer![1]!)).toBe(minutes);
    expect(footer![2]).toBe(`Co-payment: ${tenge(total - reimbursed)}`);
    expect(tiyn(footer![3]!)).toBe(total);
    expect(tiyn(footer![4]!)).toBe(reimbursed);
    expect(await definition(officer, 'Cost at the provider\'s price')).toBe(tenge(total));
    expect(await definition(officer, 'To reimburse from the budget')).toBe(tenge(reimbursed));
    expect(await definition(officer, 'Recipient\'s co-payment')).toBe(tenge(total - reimbursed));
    expect(minutesOf(await definition(officer, 'Hours'))).toBe(act.minutes);

    const sheet = officer.getByRole('table', { name: /entr(y|ies), .* in all$/ });
    await expect(sheet.getByRole('row').count()).resolves.toBe(seededDays.length + 2);
    await expect(sheet.getByRole('row').filter({ hasText: displayDate(freeDay, 'en') }).textContent()).resolves.toContain(PLACES);

    const signatures = officer.getByRole('region', { name: 'Signatures and their verification' });
    await expect(signatures.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual([`Provider: ${HEAD}`, `Worker who served: ${WORKER}`, `Recipient: ${RECIPIENT}`]);
    await expect(signatures.getByText(/^✓ The signature is valid$/).count()).resolves.toBe(3);
    await expect(signatures.locator('dt:text-is("Certificate serial number") + dd').first().textContent()).resolves.toMatch(/\S/);
    await expect(officer.getByText('the service of this act').count()).resolves.toBe(1);
    await expect(officer.getByRole('link', { name: 'The act as PDF, in Russian' }).getAttribute('href')).resolves.toBe(`/api/v1/acts/${act.id}/pdf?lang=ru`);
    expect(await wcagViolations(officer)).toEqual([]);
  });

  it('approves, signs the approval with the officer’s keystore, and sees the act approved with its posting', async () => {
    const budgetNote = officer.getByText(/The office's budget for \d{4} has .* left\./);
    leftBefore = tiyn((await budgetNote.textContent()) ?? '');
    await officer.getByRole('button', { name: 'Approve and go to signing' }).click();
    await officer.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    expect(await wcagViolations(officer)).toEqual([]);
    await signDocument(officer, saparova(), 1);

    await officer.goto(`${baseUrl()}/office/acts/${act.id}`);
    await officer.getByText('The act is approved for reimbursement').waitFor();
    await expect(officer.getByText('It waits to be put in a payment registry.').count()).resolves.toBe(1);
    await expect(officer.getByText('Status:').locator('..').textContent()).resolves.toContain('Approved, awaiting payment');
    await expect(officer.getByText(`Approval: ${tenge(tiyn(act.reimbursed))} from the office's budget to the provider's payable`).count()).resolves.toBe(1);
    await expect(officer.getByRole('button', { name: 'Approve and go to signing' }).count()).resolves.toBe(0);
    await expect(officer.getByRole('link', { name: 'The signed approval' }).count()).resolves.toBe(1);
    expect(await wcagViolations(officer)).toEqual([]);

    await provider.goto(`${baseUrl()}/provider/acts/${act.id}`);
    expect(await definition(provider, 'Status')).toContain('Approved for payment');
    await expect(provider.getByText(`The office approved the act: ${tenge(tiyn(act.reimbursed))} is payable to you`).count()).resolves.toBe(1);
    expect(await definition(provider, 'Approved for reimbursement')).toBe(tenge(tiyn(act.reimbursed)));
    expect(await definition(provider, 'Paid')).toBe('not yet');
  });

  describe('payments', () => {
    let registryNumber = '';

    it('forms a payment registry of the act on Office → Payments; the budget left is lower by the act’s amount', async () => {
      await officer.goto(`${baseUrl()}/office`);
      await officer.getByRole('link', { name: 'Payments and registries' }).click();
      await officer.waitForURL(`${baseUrl()}/office/payments`);
      const year = almatyDateOf(new Date()).slice(0, 4);
      await officer.getByRole('heading', { name: `Budget for ${year}` }).waitFor();
      const allocated = tiyn(await definition(officer, 'Allocated'));
      const spent = tiyn(await definition(officer, 'Spent on approved acts'));
      const left = tiyn(await definition(officer, 'Left'));
      expect(left).toBe(leftBefore - tiyn(act.reimbursed));
      expect(allocated - spent).toBe(left);
      expect(await wcagViolations(officer)).toEqual([]);

      const unpaid = officer.getByRole('group', { name: 'Acts to put in the registry' });
      // (A locator given to `has` is looked for inside the list item, so it starts from the page.)
      const choice = officer.getByRole('checkbox', { name: `Act ${act.number}: ${tenge(tiyn(act.reimbursed))}` });
      await expect(unpaid.getByRole('listitem').filter({ has: choice }).textContent()).resolves.toContain(`${PROVIDER_NAME} · ${RECIPIENT} · Individual assistant · ${displayMonth(lastMonth, 'en')}`);
      await choice.check();
      await officer.getByRole('button', { name: 'Form a payment registry of the chosen acts' }).click();
      const formed = officer.getByRole('status').filter({ hasText: 'The payment registry is formed' });
      await formed.waitFor();
      registryNumber = /Registry (\S+) holds 1 act\./.exec((await formed.textContent()) ?? '')![1]!;
      const registry = officer.getByRole('article', { name: `Registry ${registryNumber}`, exact: true });
      expect(await definition(registry, 'Status')).toBe('Formed, awaiting payment by the treasury');
      expect(await definition(registry, 'Acts')).toBe('1');
      expect(await definition(registry, 'Total')).toBe(tenge(tiyn(act.reimbursed)));
      await expect(unpaid.getByRole('checkbox', { name: new RegExp(`^Act ${escaped(act.number)}:`) }).count()).resolves.toBe(0);
      expect(await wcagViolations(officer)).toEqual([]);

      await officer.goto(`${baseUrl()}/office/acts/${act.id}`);
      await expect(officer.getByText(`It is in payment registry ${registryNumber}.`).count()).resolves.toBe(1);
    });

    it('marks the registry paid after a confirmation naming its total; the act is paid', async () => {
      await officer.goto(`${baseUrl()}/office/payments`);
      const registry = officer.getByRole('article', { name: `Registry ${registryNumber}`, exact: true });
      await registry.getByText(`Mark registry ${registryNumber} paid`).click();
      await expect(registry.getByText(`Has the treasury paid registry ${registryNumber}, ${tenge(tiyn(act.reimbursed))}? Its act becomes paid`).isVisible()).resolves.toBe(true);
      expect(await wcagViolations(officer)).toEqual([]);
      await registry.getByRole('button', { name: 'Yes, the treasury has paid it' }).click();
      await registry.getByRole('status').filter({ hasText: 'The registry is marked paid' }).waitFor();
      await expect(registry.getByRole('status').textContent()).resolves.toContain(`Registry ${registryNumber}: 1 act is paid.`);
      expect(await definition(registry, 'Status')).toMatch(/^✓ Paid on /);
      await registry.getByText('The registry\'s act').click();
      await expect(registry.getByRole('listitem').filter({ hasText: act.number }).textContent()).resolves.toContain(`${PROVIDER_NAME} · ${tenge(tiyn(act.reimbursed))} · Paid`);
      expect(await wcagViolations(officer)).toEqual([]);

      await officer.goto(`${baseUrl()}/office/acts/${act.id}`);
      await officer.getByText('The act is paid').waitFor();
      await expect(officer.getByText(new RegExp(`^Paid in registry ${escaped(registryNumber)} on `)).count()).resolves.toBe(1);
      await expect(officer.getByText('Status:').locator('..').textContent()).resolves.toContain('Paid');
      await expect(officer.getByText(`Payment: ${tenge(tiyn(act.reimbursed))} paid to the provider`).count()).resolves.toBe(1);
      expect(await wcagViolations(officer)).toEqual([]);

      await officer.goto(`${baseUrl()}/office/acts?status=paid`);
      const row = officer.getByRole('table', { name: 'Paid acts, the newest first' }).getByRole('row').filter({ hasText: act.number });
      await expect(row.textContent()).resolves.toContain(tenge(tiyn(act.reimbursed)));
    });
  });
});

describe('the provider and the recipient see the act paid', () => {
  it('the provider reads it paid, with the approval and the payment posted for the act’s amount', async () => {
    await provider.goto(`${baseUrl()}/provider/acts/${act.id}`);
    expect(await definition(provider, 'Status')).toContain('Paid');
    await expect(provider.getByText(`The act is paid: ${tenge(tiyn(act.reimbursed))}.`).count()).resolves.toBe(1);
    expect(await definition(provider, 'Approved for reimbursement')).toBe(tenge(tiyn(act.reimbursed)));
    expect(await definition(provider, 'Paid')).toBe(tenge(tiyn(act.reimbursed)));
    const postings = provider.getByRole('region', { name: 'Payment', exact: true }).getByRole('listitem');
    await expect(postings.allTextContents()).resolves.toEqual([`Approved: ${tenge(tiyn(act.reimbursed))} payable to you`, `Paid: ${tenge(tiyn(act.reimbursed))}`]);
    expect(await wcagViolations(provider)).toEqual([]);

    await provider.goto(`${baseUrl()}/provider/acts?status=paid`);
    await expect(provider.getByRole('row').filter({ has: provider.getByRole('link', { name: act.number }) }).count()).resolves.toBe(1);
  });

  it('the recipient reads it paid in his cabinet', async () => {
    await recipient.goto(`${baseUrl()}/cabinet/acts`);
    const row = recipient.getByRole('table', { name: 'Acts, newest first' }).getByRole('row').filter({ hasText: displayMonth(lastMonth, 'en') }).filter({ hasText: 'Individual assistant' });
    await expect(row.textContent()).resolves.toContain('Paid');
    await recipient.goto(`${baseUrl()}/cabinet/acts/${act.id}`);
    expect(await definition(recipient, 'Status')).toContain('Paid');
    await expect(recipient.getByText('The act is paid to the provider.').count()).resolves.toBe(1);
    expect(await wcagViolations(recipient)).toEqual([]);
  });
});
