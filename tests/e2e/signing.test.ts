import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { baseUrl, demoAccount, launchBrowser, signInAs } from './browser';

let browser: Browser;
let page: Page;
let documentUrl: string;
const recipient = () => demoAccount('recipient');

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  page = await context.newPage();
  await signInAs(page, 'recipient', '/cabinet');
});
afterAll(async () => {
  await browser?.close();
});

describe('signing a document in the browser with a demo keystore', () => {
  it('shows what is signed, with its digest, before signing', async () => {
    await page.goto(`${baseUrl()}/account`);
    await page.getByRole('button', { name: 'Open the agreement' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    documentUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Agreement on the use of electronic documents');
    await expect(page.getByText(/^[0-9a-f]{64}$/).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Nobody has signed this version yet.').count()).resolves.toBe(1);
  });

  it('refuses the AUTH key with its reason, and a wrong password', async () => {
    await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(recipient().authKeystore!);
    await page.getByLabel('Keystore password').fill(recipient().keystorePassword!);
    await page.getByRole('button', { name: 'Sign the document' }).click();
    await page.locator('#signing-error').waitFor();
    await expect(page.locator('#signing-error').textContent()).resolves.toContain('This key may not be used for this');

    await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(recipient().keystore!);
    await page.getByLabel('Keystore password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign the document' }).click();
    await page.locator('#signing-error').filter({ hasText: 'could not be opened' }).waitFor();

    // No NCALayer runs on the test machine: the person is told so, and how else to sign.
    await page.getByRole('button', { name: 'Sign with NCALayer' }).click();
    await page.locator('#signing-error').filter({ hasText: 'NCALayer is not running' }).waitFor();
  });

  it('signs with the SIGN key: the key stays in the browser, the signature is verified and shown', async () => {
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData() ?? '');
    });
    await page.getByLabel('Your SIGN keystore (.p12 file)').setInputFiles(recipient().keystore!);
    await page.getByLabel('Keystore password').fill(recipient().keystorePassword!);
    await page.getByRole('button', { name: 'Sign the document' }).click();
    await page.getByText('Valid signature').waitFor();
    await expect(page.getByText('signed by everyone').count()).resolves.toBe(1);
    expect(posted.some((body) => body.includes(recipient().keystorePassword!))).toBe(false);
    expect(posted.some((body) => body.startsWith('{"cms":'))).toBe(true);
  });

  it('the verification page shows who signed, and refuses bytes changed after signing', async () => {
    const id = documentUrl.split('/').pop()!;
    const token = (
      await (
        await fetch(`${baseUrl()}/api/v1/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: recipient().login, password: recipient().password }),
        })
      ).json()
    ).token;
    const content = new Uint8Array(await (await fetch(`${baseUrl()}/api/v1/documents/${id}/content`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
    const cms = await signWithKeystore({
      keystore: new Uint8Array(fs.readFileSync(recipient().keystore!)),
      password: recipient().keystorePassword!,
      content,
      signingTime: new Date(),
    });
    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl()}/verify`);
    await visitor.getByLabel(/Signed document/).setInputFiles({ name: 'document.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await visitor.getByLabel(/Signature file/).setInputFiles({ name: 'signature.p7s', mimeType: 'application/pkcs7-signature', buffer: Buffer.from(cms) });
    await visitor.getByRole('button', { name: 'Check the signature' }).click();
    const result = visitor.locator('section[aria-labelledby=verify-result]');
    await result.getByRole('status').filter({ hasText: 'The signature holds' }).waitFor();
    await expect(result.getByText(recipient().iin!, { exact: true }).count()).resolves.toBe(1);

    const changed = Buffer.from(content);
    changed[changed.length - 2] = changed[changed.length - 2]! ^ 1;
    await visitor.getByLabel(/Signed document/).setInputFiles({ name: 'document.json', mimeType: 'application/json', buffer: changed });
    await visitor.getByRole('button', { name: 'Check the signature' }).click();
    const refusal = result.getByRole('alert').filter({ hasText: 'The signature does not hold' });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('the document changed after it was signed');
    await visitor.close();
  });
});

describe('signing in with a digital signature', () => {
  it('signs a one-time challenge with the AUTH key and lands on the home page', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'qamqor_locale', value: 'kk', url: baseUrl() }]);
    const visitor = await context.newPage();
    await visitor.goto(`${baseUrl()}/sign-in`);
    const head = demoAccount('provider_admin');
    // The SIGN key is refused for signing in, with the reason in Kazakh.
    await visitor.getByLabel('AUTH кілтінің қоймасы (.p12 файлы)').setInputFiles(head.keystore!);
    await visitor.getByLabel('Қойма құпиясөзі').fill(head.keystorePassword!);
    await visitor.getByRole('button', { name: 'ЭЦҚ арқылы кіру' }).click();
    await visitor.locator('#signature-sign-in-error').filter({ hasText: 'SIGN' }).waitFor();

    await visitor.getByLabel('AUTH кілтінің қоймасы (.p12 файлы)').setInputFiles(head.authKeystore!);
    await visitor.getByRole('button', { name: 'ЭЦҚ арқылы кіру' }).click();
    await visitor.waitForURL(`${baseUrl()}/provider`);
    await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Жеткізушінің кабинеті');
    await context.close();
  });
});
