import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withCheckDigit } from '@/db/seed/identifiers';
import { baseUrl, launchBrowser, signInAs } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  await context.addCookies([{ name: 'qamqor_locale', value: 'en', url: baseUrl() }]);
  page = await context.newPage();
  await signInAs(page, 'office_officer', '/office');
});
afterAll(async () => {
  await browser?.close();
});

const HEADER = 'ipr_number;version;iin;full_name;phone;address;kato;disability_group;valid_from;valid_to;measures';
const line = (number: string, iin: string, measures = 'WC-01=1 | SRV-ASSISTANT=6/day') =>
  `${number};1;${iin};Омарова Сауле Ерболовна;87017654321;Астана;711110000;1;01.11.2026;31.10.2027;"${measures}"`;

describe('an office officer uploads IPRs from a CSV file', () => {
  it('sees the two bad rows with their reasons before anything is written, downloads the report, and imports the rest', async () => {
    const good = [1, 2, 3].map((i) => line(`CSV-E2E-${i}`, withCheckDigit(`77030${i}6000`)));
    const badIin = line('CSV-E2E-BAD-1', '770301600000');
    const badHours = line('CSV-E2E-BAD-2', withCheckDigit('7703046000'), 'SRV-ASSISTANT=10/day');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-csv-')), 'ipr-november.csv');
    fs.writeFileSync(file, `${HEADER}\n${good[0]}\n${badIin}\n${good[1]}\n${badHours}\n${good[2]}\n`);

    await page.getByRole('link', { name: 'Upload IPRs from a file (CSV)' }).click();
    await page.waitForURL(/\/office\/imports$/);
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.waitForURL(/\/office\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Nothing has been written yet' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Rows with errors (2)' }).count()).resolves.toBe(1);
    const rows = page.locator('table tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toContain('CSV-E2E-BAD-1');
    await expect(rows.nth(1).textContent()).resolves.toContain('at most 8 hours a day');

    const href = await page.getByRole('link', { name: 'Download the error report (CSV)' }).getAttribute('href');
    const report = await page.request.get(`${baseUrl()}${href}`);
    expect(report.status()).toBe(200);
    const text = await report.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(text).toContain('CSV-E2E-BAD-2');

    await page.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByText('Import finished').waitFor({ timeout: 90_000 });
    await expect(page.getByText('New IPRs: 3; newer versions: 0; already received, unchanged: 0.').count()).resolves.toBe(1);
    await expect(page.getByText('3 of 3 rows processed', { exact: true }).count()).resolves.toBe(1);
  }, 150_000);

  it('refuses a file that is not UTF-8, saying how to save it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-csv-')), 'cp1251.csv');
    fs.writeFileSync(file, Buffer.from([0xc8, 0xcf, 0xd0, 0x3b, 0x0a]));
    await page.goto(`${baseUrl()}/office/imports`);
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('#ipr-file-error').waitFor();
    await expect(page.locator('#ipr-file-error').textContent()).resolves.toContain('CSV UTF-8');
  });
});
