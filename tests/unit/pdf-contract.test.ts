import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { displayTenge } from '@/lib/i18n/format';
import { createRenderPool } from '@/lib/pdf/render-pool';
import type { OrderContractView } from '@/lib/pdf/templates/order-contract-view';

const DIGEST = '9f2c4e1ab7d35086c1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';

function contract(locale: OrderContractView['locale']): OrderContractView {
  return {
    locale,
    number: 'QZ-2026-000123',
    formedOn: '2026-11-25',
    provider: {
      name: 'ТОО «Қамқор Медтехника»',
      bin: '180540012345',
      iin: null,
      legalAddress: 'г. Алматы, пр. Абая, 150',
      iban: 'KZ86125KZT5004100100',
      bik: 'HSBKKZKX',
      bankName: 'АО «Народный Банк Казахстана»',
      signerName: 'Әлиев Нұрлан Серікұлы',
    },
    recipient: {
      fullName: 'Жұмабаева Әсел Қайратқызы',
      iin: '850101400123',
      address: 'г. Шымкент, ул. Төле би, 12, кв. 5',
      representative: { fullName: 'Жұмабаев Қайрат Өмірұлы', iin: '600202300456' },
    },
    subject: {
      code: '01.02.03',
      classifierName: 'Кресло-коляска с ручным приводом',
      itemName: 'Кресло-коляска «Ортоника Base 195»',
      model: 'Base 195 H',
      quantity: 2,
      unit: 'piece',
    },
    money: {
      unitPrice: '185000.00',
      guaranteedSum: '150000.00',
      reimbursedPerUnit: '150000.00',
      coPaymentPerUnit: '35000.00',
      total: '370000.00',
      reimbursedTotal: '300000.00',
      coPaymentTotal: '70000.00',
    },
    delivery: { method: 'delivery', address: 'г. Шымкент, ул. Төле би, 12, кв. 5', leadTimeDays: 10 },
    service: null,
    documentSha256: DIGEST,
    signatures: [
      {
        role: 'provider',
        name: 'Әлиев Нұрлан Серікұлы',
        iin: '750303300789',
        bin: '180540012345',
        certificateSerial: '4f1a2b3c4d5e6f708192a3b4c5d6e7f8',
        certificateIssuer: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)',
        signingTime: '25.11.2026 14:03 (Алматы)',
        valid: true,
      },
      {
        role: 'representative',
        name: 'Жұмабаев Қайрат Өмірұлы',
        iin: '600202300456',
        bin: null,
        certificateSerial: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
        certificateIssuer: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)',
        signingTime: '25.11.2026 15:41 (Алматы)',
        valid: false,
      },
    ],
  };
}

async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js takes ownership of the buffer it reads; give it a copy. NBSP and thin spaces become
  // plain spaces so the assertions read like the formatted amounts.
  const { text } = await extractText(pdf.slice(), { mergePages: true });
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

const spaced = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

// Two workers, so the parallel test really runs two renders at once even on a two-core machine.
const pool = createRenderPool({ size: 2 });
afterAll(() => pool.close());

// The first render in a worker loads react-pdf and the fonts through tsx: seconds, not milliseconds.
describe('order contract PDF', { timeout: 60_000 }, () => {
  it('renders the Russian contract with parties, amounts, signatures and digest', async () => {
    const view = contract('ru');
    const pdf = await pool.render('order_contract', view, `${DIGEST}:ru-test`);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const text = await pdfText(pdf);

    expect(text).toContain('ДОГОВОР № QZ-2026-000123');
    expect(text).toContain('ТОО «Қамқор Медтехника»');
    expect(text).toContain('Жұмабаева Әсел Қайратқызы');
    expect(text).toContain('Жұмабаев Қайрат Өмірұлы');
    expect(text).toContain('180540012345');
    expect(text).toContain('KZ86125KZT5004100100');
    for (const amount of ['185000.00', '150000.00', '35000.00', '370000.00', '300000.00', '70000.00']) {
      expect(text).toContain(spaced(displayTenge(amount, 'ru')));
    }
    expect(spaced(displayTenge('370000.00', 'ru'))).toBe('370 000,00 ₸');
    expect(text).toContain('Подпись действительна');
    expect(text).toContain('Подпись НЕДЕЙСТВИТЕЛЬНА');
    expect(text).toContain('4f1a2b3c4d5e6f708192a3b4c5d6e7f8');
    expect(text).toContain('Подписи относятся к документу с хэшем SHA-256:');
    expect(text).toContain(DIGEST);
  });

  it('renders the Kazakh contract with Kazakh letters', async () => {
    const view = contract('kk');
    const text = await pdfText(await pool.render('order_contract', view, `${DIGEST}:kk-test`));

    expect(text).toContain('№ QZ-2026-000123 ШАРТ');
    expect(text).toContain('Тараптардың электрондық цифрлық қолтаңбалары');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і', 'Қ', 'Ә', 'Ұ', 'Ө']) expect(text).toContain(letter);
    expect(text).toContain('Алу тәсілі');
    expect(text).toContain('Қолтаңба жарамды');
    expect(text).toContain('Қолтаңба ЖАРАМСЫЗ');
    expect(text).toContain(spaced(displayTenge('300000.00', 'kk')));
    expect(text).toContain(DIGEST);
  });

  it('says a document without signatures awaits them, and shows a service period', async () => {
    const view: OrderContractView = {
      ...contract('ru'),
      subject: { code: '05.01', classifierName: 'Услуги индивидуального помощника', itemName: 'Индивидуальный помощник', model: null, quantity: 120, unit: 'hour' },
      delivery: { method: null, address: null, leadTimeDays: null },
      service: { periodFrom: '2026-12-01', periodTo: '2026-12-31', hoursPerDay: 4, hoursPerYear: 480 },
      signatures: [],
    };
    const text = await pdfText(await pool.render('order_contract', view, `${DIGEST}:unsigned`));
    expect(text).toContain('Документ ожидает подписания сторонами');
    expect(text).toContain('с 01.12.2026 по 31.12.2026');
    expect(text).toContain(DIGEST);
  });

  it('answers the same cache key from the cache without rendering again', async () => {
    const view = contract('ru');
    const first = await pool.render('order_contract', view, `${DIGEST}:cache-test`);
    const before = pool.stats();
    const second = await pool.render('order_contract', view, `${DIGEST}:cache-test`);
    const after = pool.stats();

    expect(after.renders).toBe(before.renders);
    expect(after.cacheHits).toBe(before.cacheHits + 1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    // Another locale is another document.
    await pool.render('order_contract', contract('kk'), `${DIGEST}:cache-test`);
    expect(pool.stats().renders).toBe(after.renders + 1);
  });

  it('runs renders in parallel without error', async () => {
    const before = pool.stats().renders;
    const pdfs = await Promise.all([
      pool.render('order_contract', contract('ru'), `${DIGEST}:parallel-1`),
      pool.render('order_contract', contract('kk'), `${DIGEST}:parallel-2`),
      pool.render('order_contract', contract('ru'), `${DIGEST}:parallel-3`),
    ]);
    expect(pool.stats().renders).toBe(before + 3);
    expect(pool.stats().workers).toBe(2);
    const texts = await Promise.all(pdfs.map(pdfText));
    expect(texts[1]).toContain('ШАРТ');
    expect(texts[2]).toContain('ДОГОВОР');
  });
});
