import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { GET as getActPdf } from '@/app/api/v1/acts/[id]/pdf/route';
import { documents, orders, providers, recipients } from '@/db/schema';
import { actPdfView } from '@/lib/acts/act-pdf';
import { formAct } from '@/lib/acts/form-act';
import type { Actor } from '@/lib/auth/actor';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { renderPdf } from '@/lib/pdf/render-pool';
import { demoActors } from '../support/actors';
import { seededTestDatabase } from '../support/database';
import { insertNovemberAssistantSums, journalFixtures } from '../support/journal-orders';
import { documentSigner } from '../support/signing';
import { callRoute } from '../support/api-call';

/**
 * The act of services rendered on paper (issue 8, point 3): App. 8 with the sheet of App. 9 or 10,
 * rendered from the signed canonical content in Russian and Kazakh, with the list of signatures.
 * Real PDFs, read back as text.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const inNovember = new Date('2026-11-28T10:00:00Z');
const onFirstDecember = new Date('2026-12-01T06:00:00Z'); // 11:00 in Almaty
let entrepreneur: Actor;
let medtech: Actor;
let assistantWorker: Actor;
let signWorker: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(inNovember, { pki: true });
  ({ entrepreneur, medtech, assistantWorker, signWorker, client } = await demoActors(db(), database.accounts));
  await insertNovemberAssistantSums(db(), inNovember);
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { runningOrder, recipientActor } = journalFixtures(db, () => client, inNovember, '940404');
const entry = (orderId: string, date: string, extra: Record<string, unknown>) => journalEntryInputSchema.parse({ orderId, date, ...extra });
const signAs = documentSigner(db, () => database.dataDir);

/** An assistant act at 1,234.57 tenge an hour: 7 h 45 min on 4 November with places, an hour on the 20th; 10,802.49 in all. */
async function assistantAct() {
  const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
  await db().update(orders).set({ unitPrice: '1234.57' }).where(eq(orders.id, order.id));
  await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-04', { start: '09:00', end: '16:45', places: 'Поликлиника №3, ЦОН' }), inNovember);
  await recordJournalEntry(db(), entrepreneur, entry(order.id, '2026-11-20', { minutes: 60 }), inNovember);
  return { order, person, ...(await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember)) };
}

/** The act's PDF as the route renders it, read back as text with runs of white space (no-break ones too) made one space. */
async function pdfText(documentId: string, language: 'ru' | 'kk') {
  const [document] = await db().select().from(documents).where(eq(documents.id, documentId));
  const signatures = await listDocumentSignatures(db(), documentId);
  const pdf = await renderPdf('act', actPdfView(document!, signatures, language), `${document!.sha256}:${signatures.map((s) => s.id).join(',')}`);
  const { text } = await extractText(pdf.slice(), { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), document: document!, signatures };
}

describe('the act of services rendered as a PDF', () => {
  it('prints App. 8 and the sheet of App. 9 in Russian from the signed content, and lists each signature once made', async () => {
    const { act, person } = await assistantAct();
    const [provider] = await db().select({ iban: providers.iban, bik: providers.bik }).from(providers).where(eq(providers.id, entrepreneur.providerId!));

    const unsigned = await pdfText(act.documentId!, 'ru');
    const { text } = unsigned;
    expect(text).toContain('АКТ ОКАЗАННЫХ УСЛУГ');
    expect(text).toContain(act.number);
    expect(text).toContain('с 03.11.2026 по 30.11.2026 (ноябрь 2026 г.)');
    // Each line's hours, unit price, cost and the state's share, then the totals: money from the decimal strings.
    for (const figure of ['7:45', '1:00', '8:45', '1 234,57', '9 567,92', '1 000,00', '10 802,49', '10 567,92', '234,57']) expect(text).toContain(figure);
    expect(text).toContain('Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий по объёму, качеству и срокам оказания услуг не имеет.');
    expect(text).toContain(provider!.iban);
    expect(text).toContain(provider!.bik);
    expect(text).toContain(person.fullName);
    // The sheet: each journal entry with its date, time and the places visited.
    expect(text).toContain('ЛИСТ СОПРОВОЖДЕНИЯ ИНДИВИДУАЛЬНЫМ ПОМОЩНИКОМ');
    for (const cell of ['04.11.2026', '09:00–16:45', 'Поликлиника №3, ЦОН', '20.11.2026', assistantWorker.name]) expect(text).toContain(cell);
    expect(text).toContain('Акт ожидает подписания: подписей пока нет.');
    expect(text).toContain(unsigned.document.sha256);

    await signAs(entrepreneur, act.documentId!);
    await signAs(assistantWorker, act.documentId!);
    await signAs(await recipientActor(person), act.documentId!);
    const signed = await pdfText(act.documentId!, 'ru');
    expect(signed.signatures).toHaveLength(3);
    expect(signed.text).not.toContain('подписей пока нет');
    expect(signed.text.match(/Подпись действительна/g)).toHaveLength(3);
    for (const role of ['Поставщик (руководитель)', 'Индивидуальный помощник', 'Услугополучатель']) expect(signed.text).toContain(role);
    // Who (the certificate's name and IIN/BIN), which certificate, when in Almaty, over which digest.
    for (const [signer, signature] of [entrepreneur, assistantWorker].map((a, i) => [a, signed.signatures[i]!] as const)) {
      expect(signed.text).toContain(signer.name.toUpperCase());
      expect(signed.text).toContain(signature.signerIin);
    }
    expect(signed.text).toContain(person.fullName.toUpperCase());
    for (const signature of signed.signatures) {
      const verification = signature.verification as { signer: { serialNumber: string; issuer: string } };
      expect(signed.text).toContain(verification.signer.serialNumber);
      expect(signed.text).toContain(verification.signer.issuer);
    }
    expect(signed.text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+05:00/);
    expect(signed.text.split(signed.document.sha256).length - 1).toBeGreaterThanOrEqual(4);
    expect(signed.text).toContain('Подписано ЭЦП:');
  });

  it('prints the same act in Kazakh, Kazakh letters included', async () => {
    const { act } = await assistantAct();
    const { text } = await pdfText(act.documentId!, 'kk');
    expect(text).toContain('КӨРСЕТІЛГЕН ҚЫЗМЕТТЕР АКТІСІ');
    expect(text).toContain('03.11.2026 бастап 30.11.2026 дейін (2026 ж. қараша)');
    expect(text).toContain('ЖЕКЕ КӨМЕКШІНІҢ АЛЫП ЖҮРУ ПАРАҒЫ');
    expect(text).toContain('Қызметтер толық және мерзімінде көрсетілді. Тапсырыс берушінің талаптары жоқ.');
    expect(text).toContain('Төлем үшін жеткізушінің деректемелері');
    expect(text).toContain('Электрондық құжат');
    for (const figure of ['7:45', '9 567,92', '10 802,49', 'Поликлиника №3, ЦОН']) expect(text).toContain(figure);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });

  it('prints the sign-language sheet of App. 10 with each session online or offline', async () => {
    const { order } = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!);
    await recordJournalEntry(db(), signWorker, entry(order.id, '2026-11-10', { minutes: 95, mode: 'online' }), inNovember);
    await recordJournalEntry(db(), signWorker, entry(order.id, '2026-11-12', { minutes: 60, mode: 'offline' }), inNovember);
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    const { text } = await pdfText(act.documentId!, 'ru');
    expect(text).toContain('Приложение 10');
    expect(text).toContain('ЛИСТ ОКАЗАНИЯ УСЛУГИ СПЕЦИАЛИСТА ЖЕСТОВОГО ЯЗЫКА');
    expect(text).toContain('Услуги специалиста жестового языка');
    for (const cell of ['10.11.2026', '1:35', 'онлайн', '12.11.2026', 'офлайн', '2:35', signWorker.name]) expect(text).toContain(cell);
    expect(text).not.toContain('Перечень объектов');
    const kk = await pdfText(act.documentId!, 'kk');
    expect(kk.text).toContain('ЫМДАУ ТІЛІ МАМАНЫНЫҢ ҚЫЗМЕТ КӨРСЕТУ ПАРАҒЫ');
  });

  it('says plainly that a deceased recipient does not sign', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-05', { minutes: 120 }), inNovember);
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-25' }).where(eq(recipients.id, person.id));
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect(act.recipientDeceased).toBe(true);
    expect((await pdfText(act.documentId!, 'ru')).text).toContain('Услугополучатель умер. Акт оформляется без его подписи.');
    expect((await pdfText(act.documentId!, 'kk')).text).toContain('Көрсетілетін қызметті алушы қайтыс болды. Акт оның қолтаңбасынсыз ресімделеді.');
  });
});

describe('GET /api/v1/acts/{id}/pdf', () => {
  const call = (actor: Actor, actId: string, query = '') => callRoute(db(), getActPdf, `/api/v1/acts/${actId}/pdf${query}`, actor, { params: { id: actId } });

  it('answers the PDF inline to the provider, in the language asked, and not found to another provider', async () => {
    const { act } = await assistantAct();
    const response = await call(entrepreneur, act.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="act-${act.number.replaceAll('/', '-')}.pdf"`);
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect((await extractText(pdf, { mergePages: true })).text).toContain('АКТ ОКАЗАННЫХ УСЛУГ');

    const kk = await call(entrepreneur, act.id, '?lang=kk');
    expect(kk.status).toBe(200);
    expect((await extractText(new Uint8Array(await kk.arrayBuffer()), { mergePages: true })).text).toContain('КӨРСЕТІЛГЕН ҚЫЗМЕТТЕР АКТІСІ');

    const other = await call(medtech, act.id);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(((await other.json()) as { detail: string }).detail).toBe('Такого акта нет, или он вам недоступен.');
    expect((await call(entrepreneur, act.id, '?lang=en')).status).toBe(422);
  });
});
