import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { POST as postAct } from '@/app/api/v1/acts/route';
import { GET as getAct } from '@/app/api/v1/acts/[id]/route';
import { acts, auditLog, catalogItems, documents, notifications, orders, recipients, users } from '@/db/schema';
import { actPdfView } from '@/lib/acts/act-pdf';
import { formAct } from '@/lib/acts/form-act';
import { goodsOrdersAwaitingAct } from '@/lib/acts/page-goods-acts';
import { actLedgerPostings } from '@/lib/acts/queries';
import { prepareActApproval } from '@/lib/acts/review-act';
import { submitAct } from '@/lib/acts/submit-act';
import type { Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { allocateOfficeBudget } from '@/lib/ledger/budget';
import { money } from '@/lib/money';
import { renderPdf } from '@/lib/pdf/render-pool';
import { demoActors } from '../support/actors';
import { seededTestDatabase } from '../support/database';
import { journalFixtures } from '../support/journal-orders';
import { failure } from '../support/refusal';
import { documentSigner } from '../support/signing';
import { callRouteJson, type RouteHandler } from '../support/api-call';

/**
 * Acts of acceptance for goods orders (issue 8, point 1): once the recipient has signed the receipt
 * of their goods, the provider forms an act of the item, quantity, price, guaranteed sum and
 * co-payment; it is signed by the provider and the recipient (not when the recipient has died),
 * goes to the office, and its approval posts the reimbursed amount to the ledger.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const inNovember = new Date('2026-11-28T10:00:00Z');
const receivedAt = new Date('2026-11-20T04:30:00Z'); // 09:30 on 20 November in Almaty
let medtech: Actor;
let entrepreneur: Actor;
let astanaOfficer: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(inNovember, { pki: true });
  ({ medtech, entrepreneur, astanaOfficer, client } = await demoActors(db(), database.accounts));
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { newPerson, recipientActor } = journalFixtures(db, () => client, inNovember, '950505');
const signAs = documentSigner(db, () => database.dataDir);
let serial = 0;

/**
 * A delivered order of MedTech's tactile canes: 3 at 12,345.67 tenge with a guaranteed sum of
 * 10,000.00, so 37,037.01 in all, 30,000.00 reimbursed and 7,037.01 the recipient's co-payment.
 * Set up as rows (the order flow up to the signed receipt is tested in orders.test.ts).
 */
async function deliveredOrder(overrides: Partial<typeof orders.$inferInsert> = {}, personOverrides: Record<string, unknown> = {}) {
  const person = await newPerson({ measures: [{ code: 'TA-TACTILE-CANE', quantity: 3 }], ...personOverrides });
  const [item] = await db().select().from(catalogItems).where(and(eq(catalogItems.providerId, medtech.providerId!), eq(catalogItems.classifierCode, 'TA-TACTILE-CANE')));
  const [recipientUser] = await db().select({ id: users.id }).from(users).where(eq(users.recipientId, person.id));
  const [order] = await db()
    .insert(orders)
    .values({
      number: `QZ-TGOODS-${++serial}`,
      recipientId: person.id,
      placedByUserId: recipientUser!.id,
      providerId: medtech.providerId!,
      catalogItemId: item!.id,
      classifierCode: 'TA-TACTILE-CANE',
      category: 'technical_aid',
      iprId: person.iprId,
      iprNumber: person.iprNumber,
      quantity: 3,
      unitPrice: '12345.67',
      guaranteedSum: '10000.00',
      delivery: 'delivery',
      deliveryAddress: 'Астана, ул. Кенесары, 40, кв. 12',
      leadTimeDays: 2,
      status: 'delivered',
      fulfilmentStep: 'shipped',
      submittedAt: new Date('2026-11-02T05:00:00Z'),
      deadlineAt: new Date('2026-11-09T18:59:59Z'),
      decidedAt: new Date('2026-11-03T05:00:00Z'),
      statusChangedAt: receivedAt,
      createdAt: inNovember,
      ...overrides,
    })
    .returning();
  return { order: order!, person, recipientUserId: recipientUser!.id };
}

const call = (handler: RouteHandler, url: string, actor: Actor, init: RequestInit = {}, params: Record<string, string> = {}) => callRouteJson(db(), handler, url, actor, { ...init, params, language: 'en' });

describe('forming the act of acceptance of goods', () => {
  it('prices the item once: quantity × price, quantity × min(price, guaranteed sum), the co-payment the difference, dated the day of receipt', async () => {
    const { order } = await deliveredOrder();
    expect((await goodsOrdersAwaitingAct(db(), medtech)).map((o) => o.id)).toContain(order.id);

    const { act, lines } = await formAct(db(), medtech, { orderId: order.id }, inNovember);
    expect(act).toMatchObject({ number: `${order.number}/2026-11/v1`, service: 'goods', status: 'draft', period: '2026-11', periodFrom: '2026-11-20', periodTo: '2026-11-20', minutes: 0, quantity: 3, unitPrice: '12345.67' });
    expect(act).toMatchObject({ total: '37037.01', reimbursed: '30000.00', coPayment: '7037.01' });
    expect(lines.map((l) => [l.service, l.dateFrom, l.quantity, l.minutes, l.unitPrice, l.guaranteedSum, l.reimbursedUnitPrice, l.cost, l.reimbursed])).toEqual([
      ['goods', '2026-11-20', 3, 0, '12345.67', '10000.00', '10000.00', '37037.01', '30000.00'],
    ]);
    // Formed once: the order leaves the list of goods awaiting an act, and the audit log has it.
    expect((await goodsOrdersAwaitingAct(db(), medtech)).map((o) => o.id)).not.toContain(order.id);
    expect(await db().$count(auditLog, and(eq(auditLog.action, 'act.form'), eq(auditLog.entityId, act.id)))).toBe(1);
  });

  it('makes the document for the provider, then the recipient, with the item, quantity, sums and no sheet', async () => {
    const { order, recipientUserId } = await deliveredOrder();
    const { act } = await formAct(db(), medtech, { orderId: order.id, period: '2026-11' }, inNovember);
    const [document] = await db().select().from(documents).where(eq(documents.id, act.documentId!));
    expect(document!.requiredSigners.map((s) => s.userId)).toEqual([medtech.userId, recipientUserId]);
    const content = (JSON.parse(new TextDecoder().decode(document!.canonical)) as { content: Record<string, unknown> }).content;
    expect(content).toMatchObject({
      kind: 'goods',
      sheet: null,
      goods: { code: 'TA-TACTILE-CANE', name: 'Трость тактильная складная', quantity: 3, receivedOn: '2026-11-20', delivery: 'delivery', deliveryAddress: 'Астана, ул. Кенесары, 40, кв. 12' },
      lines: [{ service: 'goods', quantity: 3, unitPrice: '12345.67', guaranteedSum: '10000.00', cost: '37037.01', reimbursed: '30000.00' }],
      totals: { total: '37037.01', reimbursed: '30000.00', coPayment: '7037.01' },
    });
    expect((content.statement as { ru: string; kk: string; en: string }).ru).toMatch(/претензий по количеству, качеству/);
  });

  it('refuses before the receipt is signed, a month other than the receipt’s, a second live act, and another provider’s order', async () => {
    const shipped = await deliveredOrder({ status: 'in_fulfilment' });
    const notReceived = await failure(formAct(db(), medtech, { orderId: shipped.order.id }, inNovember));
    expect(notReceived).toMatchObject({ code: 'rule_violation', detail: 'errors.act.goods_not_received' });
    expect(await db().$count(acts, eq(acts.orderId, shipped.order.id))).toBe(0);

    const { order } = await deliveredOrder();
    expect(await failure(formAct(db(), medtech, { orderId: order.id, period: '2026-10' }, inNovember))).toMatchObject({ detail: 'errors.act.goods_period', fields: ['period:validation.act.goods_period'], values: { period: '2026-10', month: '2026-11' } });
    await formAct(db(), medtech, { orderId: order.id }, inNovember);
    expect(await failure(formAct(db(), medtech, { orderId: order.id }, inNovember))).toMatchObject({ code: 'conflict', detail: 'errors.act.goods_already_formed' });
    expect((await failure(formAct(db(), entrepreneur, { orderId: order.id }, inNovember))).code).toBe('not_found');
    expect(await db().$count(acts, eq(acts.orderId, order.id))).toBe(1);
  });

  it('still needs the month for a service order', async () => {
    const [serviceOrder] = await db().select({ id: orders.id }).from(orders).where(and(eq(orders.providerId, entrepreneur.providerId!), eq(orders.status, 'in_fulfilment'))).limit(1);
    expect(await failure(formAct(db(), entrepreneur, { orderId: serviceOrder!.id }, inNovember))).toMatchObject({ detail: 'errors.act.period_required', fields: ['period:validation.act.period_required'] });
  });

  it('forms through POST /api/v1/acts without a period, answering the quantity on the act and its line', async () => {
    const { order } = await deliveredOrder();
    const formed = await call(postAct, '/api/v1/acts', medtech, { method: 'POST', body: JSON.stringify({ orderId: order.id }) });
    expect(formed).toMatchObject({ status: 201, body: { service: 'goods', quantity: 3, minutes: 0, total: '37037.01', reimbursed: '30000.00', coPayment: '7037.01', lines: [{ service: 'goods', quantity: 3, unitPrice: '12345.67', cost: '37037.01' }] } });
    const read = await call(getAct, `/api/v1/acts/${formed.body.id as string}`, medtech, {}, { id: formed.body.id as string });
    expect(read).toMatchObject({ status: 200, body: { id: formed.body.id, status: 'draft', ledger: [] } });
  });
});

describe('the act of acceptance from signatures to the ledger', () => {
  const year = Number(now().toISOString().slice(0, 4));
  beforeAll(async () => {
    await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId: astanaOfficer.officeId!, year, amount: money('100000.00'), by: null, at: now() }));
  });

  it('is signed by the provider, then the recipient; submitted with the co-payment flagged; approval posts the reimbursed sum once', async () => {
    const { order, person } = await deliveredOrder();
    const { act } = await formAct(db(), medtech, { orderId: order.id }, inNovember);
    const recipient = await recipientActor(person);
    // The recipient cannot sign first.
    expect((await failure(signAs(recipient, act.documentId!))).detail).toBe('errors.act.provider_signs_first');
    await signAs(medtech, act.documentId!);
    expect((await db().select({ status: acts.status }).from(acts).where(eq(acts.id, act.id)))[0]!.status).toBe('signed_by_provider');
    await signAs(recipient, act.documentId!);
    const submitted = await submitAct(db(), medtech, act.id, now());
    expect(submitted.status).toBe('submitted');
    // The checks look at the day of receipt: in the rights, a served area; only the co-payment is flagged.
    expect(submitted.reviewFlags?.map((f) => f.code)).toEqual(['price_above_sum']);

    const approval = await prepareActApproval(db(), astanaOfficer, act.id, now());
    await signAs(astanaOfficer, approval.id);
    const [approved] = await db().select().from(acts).where(eq(acts.id, act.id));
    expect(approved!.status).toBe('approved');
    expect((await actLedgerPostings(db(), approved!)).map((p) => [p.kind, p.amount])).toEqual([['approval', '30000.00']]);
  });

  it('texts the recipient a link to the act itself once the provider has signed', async () => {
    const { order } = await deliveredOrder({}, { phone: '+77015550707' });
    const { act } = await formAct(db(), medtech, { orderId: order.id }, inNovember);
    await signAs(medtech, act.documentId!);
    const sms = await db().select().from(notifications).where(and(eq(notifications.kind, 'act_awaits_signature'), eq(notifications.channel, 'sms'), eq(notifications.recipientId, order.recipientId)));
    expect(sms.map((n) => n.body)).toEqual([expect.stringContaining(`/cabinet/acts/${act.id}`)]);
  });

  it('goes without the recipient’s signature when the recipient has died, and says so on paper', async () => {
    const { order, person } = await deliveredOrder();
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-25' }).where(eq(recipients.id, person.id));
    const { act } = await formAct(db(), medtech, { orderId: order.id }, inNovember);
    expect(act.recipientDeceased).toBe(true);
    const [document] = await db().select().from(documents).where(eq(documents.id, act.documentId!));
    expect(document!.requiredSigners.map((s) => s.userId)).toEqual([medtech.userId]);
    await signAs(medtech, act.documentId!);
    expect((await submitAct(db(), medtech, act.id, now())).status).toBe('submitted');
  });
});

describe('the act of acceptance as a PDF', () => {
  async function pdfText(documentId: string, language: 'ru' | 'kk') {
    const [document] = await db().select().from(documents).where(eq(documents.id, documentId));
    const signatureRows = await listDocumentSignatures(db(), documentId);
    const pdf = await renderPdf('act', actPdfView(document!, signatureRows, language), `${document!.sha256}:${signatureRows.map((s) => s.id).join(',')}`);
    if (process.env.GOODS_ACT_PDF_OUT) (await import('node:fs')).writeFileSync(`${process.env.GOODS_ACT_PDF_OUT}-${language}.pdf`, pdf);
    const { text } = await extractText(pdf.slice(), { mergePages: true });
    return text.replace(/\s+/g, ' ');
  }

  it('prints the item, quantity, price, guaranteed sum, co-payment and the signatures, in Russian and Kazakh', async () => {
    const { order, person } = await deliveredOrder();
    const { act } = await formAct(db(), medtech, { orderId: order.id }, inNovember);
    await signAs(medtech, act.documentId!);
    await signAs(await recipientActor(person), act.documentId!);

    const ru = await pdfText(act.documentId!, 'ru');
    expect(ru).toContain('АКТ ПРИЕМА-ПЕРЕДАЧИ ТОВАРА');
    expect(ru).toContain(act.number);
    expect(ru).toContain('Трость тактильная складная');
    expect(ru).toContain('3 шт.');
    expect(ru).toContain('20.11.2026');
    for (const amount of ['12 345,67', '37 037,01', '10 000,00', '30 000,00', '7 037,01']) expect(ru).toContain(amount);
    expect(ru).toContain('Всего передано товара на сумму 37 037,01 тенге, из них возмещает государство в пределах гарантированной суммы 30 000,00 тенге, доплачивает услугополучатель 7 037,01 тенге.');
    expect(ru).toContain('Подпись действительна');
    expect(ru).not.toContain('ЛИСТ');
    expect(ru.match(/Подпись действительна/g)).toHaveLength(2);

    const kk = await pdfText(act.documentId!, 'kk');
    expect(kk).toContain('ТАУАРДЫ ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ');
    expect(kk).toContain('3 дана');
    expect(kk).toContain('37 037,01');
  });
});
