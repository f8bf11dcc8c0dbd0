import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, launchBrowser, signInAs } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(role: 'office_officer'): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  await signInAs(await context.newPage(), role, '/office');
  return context;
}

describe('sessions', () => {
  it('"sign out on every device" ends the other devices\' sessions too (R15)', async () => {
    const phone = await signedIn('office_officer');
    const laptop = await signedIn('office_officer');
    const laptopPage = laptop.pages()[0]!;
    await laptopPage.goto(`${baseUrl()}/account`);
    await laptopPage.getByRole('button', { name: 'Sign out on every device' }).click();
    await laptopPage.waitForURL(`${baseUrl()}/sign-in?signedOut=everywhere`);
    await expect(laptopPage.getByRole('status').filter({ hasText: 'signed out on every device' }).count()).resolves.toBe(1);

    const phonePage = phone.pages()[0]!;
    await phonePage.goto(`${baseUrl()}/office`);
    expect(new URL(phonePage.url()).pathname).toBe('/sign-in');
    await phone.close();
    await laptop.close();
  });

  it('a forged middleware header does not skip the page check (R13, CVE-2025-29927)', async () => {
    const response = await fetch(`${baseUrl()}/admin`, {
      redirect: 'manual',
      headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware' },
    });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!, baseUrl()).pathname).toBe('/sign-in');
  });
});
