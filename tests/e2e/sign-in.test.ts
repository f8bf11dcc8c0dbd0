import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { UserRole } from '@/db/schema';
import { baseUrl, demoAccount, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const homes: Record<UserRole, { path: string; heading: Record<'kk' | 'ru' | 'en', string> }> = {
  recipient: { path: '/cabinet', heading: { kk: 'Қызмет алушының кабинеті', ru: 'Кабинет услугополучателя', en: "Recipient's cabinet" } },
  representative: { path: '/cabinet', heading: { kk: 'Қызмет алушының кабинеті', ru: 'Кабинет услугополучателя', en: "Recipient's cabinet" } },
  provider_admin: { path: '/provider', heading: { kk: 'Жеткізушінің кабинеті', ru: 'Кабинет поставщика', en: "Provider's cabinet" } },
  provider_worker: { path: '/worker', heading: { kk: 'Қызметкер журналы', ru: 'Журнал работника', en: "Worker's journal" } },
  office_officer: { path: '/office', heading: { kk: 'Жұмыспен қамту бөлімі: актілер кезегі', ru: 'Отдел занятости: очередь актов', en: 'Employment office: acts queue' } },
  administrator: { path: '/admin', heading: { kk: 'Әкімшілік', ru: 'Администрирование', en: 'Administration' } },
  integration_client: { path: '/integration', heading: { kk: 'Интеграциялық қолжетімділік', ru: 'Интеграционный доступ', en: 'Integration access' } },
};

const signInLabels = {
  kk: { login: 'ЖСН, БСН немесе e-mail', password: 'Құпиясөз', submit: 'Кіру' },
  ru: { login: 'ИИН, БИН или e-mail', password: 'Пароль', submit: 'Войти' },
  en: { login: 'IIN, BIN or e-mail', password: 'Password', submit: 'Sign in' },
} as const;

async function newPage(locale: 'kk' | 'ru' | 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addCookies([{ name: 'qamqor_locale', value: locale, url: baseUrl() }]);
  return context.newPage();
}

async function signIn(page: Page, locale: 'kk' | 'ru' | 'en', login: string, password: string) {
  const labels = signInLabels[locale];
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel(labels.login).fill(login);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

describe('each role signs in and lands on its home, in each language', () => {
  for (const locale of ['kk', 'ru', 'en'] as const) {
    for (const role of Object.keys(homes) as UserRole[]) {
      it(`${role} in ${locale}`, async () => {
        const page = await newPage(locale);
        const account = demoAccount(role);
        await signIn(page, locale, account.login, account.password);
        await page.waitForURL(`${baseUrl()}${homes[role].path}`);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(homes[role].heading[locale]);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
        await page.context().close();
      });
    }
  }
});

describe('sign-in errors and sessions', () => {
  it('a wrong password gets a clear error, in the chosen language', async () => {
    const page = await newPage('ru');
    await signIn(page, 'ru', demoAccount('office_officer').login, 'wrong-password');
    // Next.js keeps its own (empty) route announcer with role=alert; ours is in the form.
    const alert = page.locator('#sign-in-error [role=alert]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Неверный логин или пароль');
    expect(page.url()).toBe(`${baseUrl()}/sign-in`);
    await page.context().close();
  });

  it('a page of another role is refused, and an anonymous visitor is sent to sign in', async () => {
    const page = await newPage('en');
    await page.goto(`${baseUrl()}/admin/calendar`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const recipient = demoAccount('recipient');
    await signIn(page, 'en', recipient.login, recipient.password);
    await page.waitForURL(`${baseUrl()}/cabinet`);
    await page.goto(`${baseUrl()}/admin/calendar`);
    expect(new URL(page.url()).pathname).toBe('/forbidden');
    await page.context().close();
  });

  it('the language choice persists across pages and reloads', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Вход');
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'kk');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Кіру');
    await page.goto(`${baseUrl()}/`);
    await page.reload();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('kk');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Оңалтуға арналған тауарлар мен қызметтер мемлекет есебінен',
    );
    await context.close();
  });

  it('signing out ends the session', async () => {
    const page = await newPage('en');
    const account = demoAccount('provider_admin');
    await signIn(page, 'en', account.login, account.password);
    await page.waitForURL(`${baseUrl()}/provider`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl()}/sign-in`);
    await page.goto(`${baseUrl()}/provider`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });
});
