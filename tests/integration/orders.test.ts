import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { catalogItems, documents, notifications, orderDecisionTerms, orders, providers, users } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import type { Actor } from '@/lib/auth/actor';
import { computeWorkingDayDeadline } from '@/lib/calendar/queries';
import { now } from '@/lib/clock';
import { submitSignature } from '@/lib/documents/submit-signature';
import { importIprRecords } from '@/lib/entitlements/import-iprs';
import { recordEntitlementEvents } from '@/lib/entitlements/record-events';
import { AppError } from '@/lib/errors';
import { prepareDecision } from '@/lib/orders/decide-order';
import { closeOrdersPastDeadline } from '@/lib/orders/expire-orders';
import { closeOrdersAfterRightsLapse } from '@/lib/orders/lapse-orders';
import { markFulfilmentStep, prepareReceipt } from '@/lib/orders/fulfil-order';
import { latestOrderDocument } from '@/lib/orders/order-parties';
import { placeOrder } from '@/lib/orders/place-order';
import { findOrderForActor, listOrdersForActor } from '@/lib/orders/queries';
import { orderTimeline } from '@/lib/orders/timeline';
import { openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import { extractText } from 'unpdf';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { usageOn } from '@/lib/entitlements/usage';
import { contractPdfView } from '@/lib/orders/contract-pdf';
import { renderPdf } from '@/lib/pdf/render-pool';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;

const actorByLogin = (login: string) => actorOf(db(), login);
const account = (role: string, namePrefix?: string) => database.accounts.find((a) => a.role === role && (!namePrefix || a.name.startsWith(namePrefix)))!;


/** Signs a document with a demo person's SIGN keystore and posts it, as their browser would. */
async function sign(documentId: string, login: string, actor: Actor) {
  const [document] = await db().select().from(documents).where(eq(documents.id, documentId));
  const issued = issuedKeystores.get(login);
  const person = database.accounts.find((a) => a.login === login);
  const keys = issued ? openKeystore(new Uint8Array(issued.sign), issued.password) : openKeystore(new Uint8Array(fs.readFileSync(person!.keystore!)), person!.keystorePassword!);
  const cms = await signDetachedCms({ content: new Uint8Array(document!.canonical), ...keys, signingTime: now() });
  return submitSignature(db(), actor, documentId, cms, loadTrustStore(path.join(database.dataDir, 'pki', 'trust')));
}

let recipient: Actor; // Жумабаев, Astana: WC-04 ×1 and the assistant
let karagandaRecipient: Actor; // Ким, Karaganda: PR-SHIN, SAN-STAY
let representative: Actor; // acts for Нурланов Алихан (WC-05)
let medtech: Actor; // Astana and Akmola
let inva: Actor; // Karaganda oblast
let entrepreneur: Actor; // Astana: services
let officer: Actor; // Astana office
let client: Actor;
let recipientLogin: string;
let medtechLogin: string;

const itemId = async (providerId: string, code: string) =>
  (await db().select({ id: catalogItems.id }).from(catalogItems).where(and(eq(catalogItems.providerId, providerId), eq(catalogItems.classifierCode, code))))[0]!.id;

beforeAll(async () => {
  database = await seededTestDatabase(now(), { pki: true });
  recipientLogin = account('recipient', 'Жумабаев').login;
  recipient = await actorByLogin(recipientLogin);
  karagandaRecipient = await actorByLogin(account('recipient', 'Ким').login);
  representative = await actorByLogin(account('representative').login);
  medtechLogin = account('provider_admin', 'Искаков').login;
  medtech = await actorByLogin(medtechLogin);
  inva = await actorByLogin(account('provider_admin', 'Литвиненко').login);
  entrepreneur = await actorByLogin(account('provider_admin', 'Сейткали').login);
  officer = await actorByLogin(account('office_officer', 'Сапарова').login);
  client = await actorByLogin(account('integration_client').login);
}, 240_000);
afterAll(async () => {
  await database?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Keystores issued by the demo CA to people imported during the tests. */
const issuedKeystores = new Map<string, { sign: Uint8Array; password: string }>();

let serial = 0;
/** A new recipient in Astana entitled to one electric wheelchair (WC-04), through the import. */
async function newAstanaRecipient(validTo = '2027-06-30'): Promise<{ actor: Actor; login: string }> {
  serial += 1;
  const iin = withCheckDigit(`900101${String(4000 + serial).padStart(4, '0')}`);
  const report = await importIprRecords(
    db(),
    client,
    [{ iprNumber: `IPR-ORD-${serial}`, version: 1, iin, fullName: `Тестов Получатель ${serial}`, phone: '+77015550000', address: 'Астана, ул. Тестовая, 1', kato: recipient.recipientId ? await recipientKato(recipient) : '', disabilityGroup: '1', validFrom: '2026-01-01', validTo, measures: [{ code: 'WC-04', quantity: 1 }] }],
    { source: 'api', at: now() },
  );
  expect(report.rejected).toEqual([]);
  const ca = await ensureDemoCa(database.dataDir, now());
  const pair = await issueKeystorePair(ca, { iin, fullName: `Тестов Получатель ${serial}` }, now(), iin);
  issuedKeystores.set(iin, { sign: new Uint8Array(pair.sign), password: pair.password });
  return { actor: await actorByLogin(iin), login: iin };
}
async function recipientKato(actor: Actor): Promise<string> {
  const { recipients } = await import('@/db/schema');
  const [row] = await db().select({ kato: recipients.kato }).from(recipients).where(eq(recipients.id, actor.recipientId!));
  return row!.kato!;
}

describe('placing an order', () => {
  it('refuses more than the IPR grants, another region, a suspended provider, and people the caller does not act for', async () => {
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    expect((await failure(placeOrder(db(), recipient, { catalogItemId: wc04, quantity: 2, delivery: 'delivery' }))).fields).toEqual(['quantity:validation.order.quantity_exceeds_left']);
    // Ким lives in Karaganda; МедТех serves Astana and Akmola only.
    const cane = await itemId(medtech.providerId!, 'TA-TACTILE-CANE');
    expect((await failure(placeOrder(db(), karagandaRecipient, { catalogItemId: cane, quantity: 1, delivery: 'pickup' }))).fields).toEqual(['catalogItemId:validation.order.region_not_served']);
    // Not in the IPR at all.
    expect((await failure(placeOrder(db(), recipient, { catalogItemId: cane, quantity: 1, delivery: 'pickup' }))).fields).toEqual(['catalogItemId:validation.order.not_entitled']);
    // The electric wheelchair is delivered only.
    expect((await failure(placeOrder(db(), recipient, { catalogItemId: wc04, quantity: 1, delivery: 'pickup' }))).fields).toEqual(['delivery:validation.order.no_pickup']);
    // Another person's id: not found among the people the caller acts for.
    expect((await failure(placeOrder(db(), representative, { catalogItemId: wc04, quantity: 1, delivery: 'delivery', recipientId: recipient.recipientId! }))).fields).toEqual(['recipientId:validation.order.unknown_recipient']);
    expect((await failure(placeOrder(db(), medtech, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' }))).code).toBe('forbidden');
    await db().update(providers).set({ status: 'suspended', statusReason: 'test' }).where(eq(providers.id, medtech.providerId!));
    try {
      expect((await failure(placeOrder(db(), recipient, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' }))).fields).toEqual(['catalogItemId:validation.order.provider_not_taking_orders']);
    } finally {
      await db().update(providers).set({ status: 'verified', statusReason: null }).where(eq(providers.id, medtech.providerId!));
    }
    // Nothing was placed: only the demo's running service orders exist (Сериков's two and Касымов's two).
    expect(await db().$count(orders)).toBe(4);
  });

  it('lets a representative order for the child they represent, and says so in the audit log', async () => {
    const wc05 = await itemId(medtech.providerId!, 'WC-05');
    const placed = await placeOrder(db(), representative, { catalogItemId: wc05, quantity: 1, delivery: 'pickup' });
    expect(placed.order.status).toBe('draft');
    const timeline = await orderTimeline(db(), placed.order.id);
    expect(timeline[0]).toMatchObject({ action: 'order.place', onBehalfOfRecipient: true, actor: { role: 'representative' } });
    // A provider never sees a draft.
    expect(await findOrderForActor(db(), medtech, placed.order.id)).toBeNull();
    expect((await findOrderForActor(db(), representative, placed.order.id))?.id).toBe(placed.order.id);
  });
});

describe('submitting and the decision deadline', () => {
  it('submits on the signature, counting five working days from the day after arrival, past a weekend and a holiday', async () => {
    // Friday 11 December 2026, 10:00 in Almaty; 16 December is Independence Day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-11T05:00:00Z'));
    const { actor, login } = await newAstanaRecipient();
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    const placed = await placeOrder(db(), actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    expect(placed.order.deliveryAddress).toBe('Астана, ул. Тестовая, 1');
    await sign(placed.applicationDocumentId, login, actor);
    const [order] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(order?.status).toBe('submitted');
    // Mon 14, Tue 15, (Wed 16 holiday), Thu 17, Fri 18, Mon 21: the end of Monday 21 December in Almaty.
    expect(order?.deadlineAt?.toISOString()).toBe('2026-12-21T18:59:59.000Z');
    expect(order?.deadlineAt?.getTime()).toBe((await computeWorkingDayDeadline(db(), new Date('2026-12-11T05:00:00Z'), 5)).getTime());
    const notice = await db().select().from(notifications).where(and(eq(notifications.providerId, medtech.providerId!), eq(notifications.kind, 'order_arrived')));
    expect(notice.map((n) => n.body).join()).toContain(order!.number);
    // The same application cannot be signed into a second submission.
    expect((await failure(sign(placed.applicationDocumentId, login, actor))).code).toBe('conflict');
  });

  it('uses the term set for the category: ten calendar days', async () => {
    await db().update(orderDecisionTerms).set({ days: 10, dayKind: 'calendar' }).where(eq(orderDecisionTerms.category, 'wheelchair'));
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-04T05:00:00Z')); // Friday 4 December, 10:00
      const { actor, login } = await newAstanaRecipient();
      const placed = await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' });
      await sign(placed.applicationDocumentId, login, actor);
      const [order] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
      expect(order).toMatchObject({ termDays: 10, termDayKind: 'calendar', onExpiry: 'expire' });
      expect(order?.deadlineAt?.toISOString()).toBe('2026-12-14T18:59:59.000Z');
    } finally {
      await db().update(orderDecisionTerms).set({ days: 5, dayKind: 'working' }).where(eq(orderDecisionTerms.category, 'wheelchair'));
    }
  });

  it('expires an undecided order at the deadline and tells the recipient, the provider and the office; once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T05:00:00Z'));
    const { actor, login } = await newAstanaRecipient();
    const placed = await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' });
    await sign(placed.applicationDocumentId, login, actor);
    const [order] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    const deadline = order!.deadlineAt!;
    expect((await closeOrdersPastDeadline(db(), deadline)).expired).toBe(0);
    const after = new Date(deadline.getTime() + 1000);
    expect((await closeOrdersPastDeadline(db(), after)).expired).toBeGreaterThanOrEqual(1);
    expect((await closeOrdersPastDeadline(db(), after)).expired).toBe(0);
    const [expired] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(expired?.status).toBe('expired');
    const told = await db().select().from(notifications).where(eq(notifications.kind, 'order_expired'));
    const mine = told.filter((n) => n.dedupeKey.startsWith(`order_expired:${order!.id}:`));
    expect(mine.map((n) => (n.recipientId ? `recipient:${n.channel}` : n.providerId ? 'provider' : 'office')).sort()).toEqual(['office', 'provider', 'recipient:cabinet', 'recipient:sms']);
    // A late decision is refused; the recipient is free to order again.
    vi.setSystemTime(after);
    expect((await failure(prepareDecision(db(), medtech, order!.id, { decision: 'accept' }))).code).toBe('conflict');
    const again = await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' });
    expect(again.order.status).toBe('draft');
  });

  it('only flags an overdue order in a category set so, and still takes the decision', async () => {
    await db().update(orderDecisionTerms).set({ onExpiry: 'flag_overdue' }).where(eq(orderDecisionTerms.category, 'wheelchair'));
    try {
      const { actor, login } = await newAstanaRecipient();
      const placed = await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' });
      await sign(placed.applicationDocumentId, login, actor);
      const [order] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
      const report = await closeOrdersPastDeadline(db(), new Date(order!.deadlineAt!.getTime() + 1000));
      expect(report.flagged).toBeGreaterThanOrEqual(1);
      const [flagged] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
      expect(flagged?.status).toBe('submitted');
      expect(flagged?.overdueAt).not.toBeNull();
      const decision = await prepareDecision(db(), medtech, order!.id, { decision: 'refuse', reason: 'not_in_stock' });
      await sign(decision.id, medtechLogin, medtech);
      expect((await db().select().from(orders).where(eq(orders.id, order!.id)))[0]?.status).toBe('refused');
    } finally {
      await db().update(orderDecisionTerms).set({ onExpiry: 'expire' }).where(eq(orderDecisionTerms.category, 'wheelchair'));
    }
  });
});

describe('the provider decides', () => {
  it('accepts by signing: stock is taken, the contract is formed for both; a second decision and another provider are refused', async () => {
    const { actor, login } = await newAstanaRecipient();
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    await db().update(catalogItems).set({ stock: 5 }).where(eq(catalogItems.id, wc04));
    const placed = await placeOrder(db(), actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    await sign(placed.applicationDocumentId, login, actor);
    expect((await failure(prepareDecision(db(), inva, placed.order.id, { decision: 'accept' }))).code).toBe('not_found');
    expect((await failure(prepareDecision(db(), medtech, placed.order.id, { decision: 'refuse', reason: 'fully_booked' }))).fields).toEqual(['reason:validation.order.reason_not_for_category']);
    const decision = await prepareDecision(db(), medtech, placed.order.id, { decision: 'accept' });
    // Prepared, not yet signed: nothing has happened.
    expect((await db().select().from(orders).where(eq(orders.id, placed.order.id)))[0]?.status).toBe('submitted');
    await sign(decision.id, medtechLogin, medtech);
    const [accepted] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(accepted?.status).toBe('accepted');
    expect((await db().select({ stock: catalogItems.stock }).from(catalogItems).where(eq(catalogItems.id, wc04)))[0]?.stock).toBe(4);
    expect((await failure(prepareDecision(db(), medtech, placed.order.id, { decision: 'refuse', reason: 'not_in_stock' }))).code).toBe('conflict');

    const contract = await latestOrderDocument(db(), placed.order.id, 'order_contract');
    expect(contract?.requiredSigners.map((s) => s.userId).sort()).toEqual([actor.userId, medtech.userId].sort());
    await sign(contract!.id, medtechLogin, medtech);
    expect((await db().select().from(orders).where(eq(orders.id, placed.order.id)))[0]?.status).toBe('accepted');
    await sign(contract!.id, login, actor);
    expect((await db().select().from(orders).where(eq(orders.id, placed.order.id)))[0]?.status).toBe('in_fulfilment');

    // The contract on paper: made from the signed content, listing both signatures.
    const [signedContract] = await db().select().from(documents).where(eq(documents.id, contract!.id));
    const pdf = await renderPdf('order_contract', contractPdfView(signedContract!, await listDocumentSignatures(db(), contract!.id), 'ru'), `${signedContract!.sha256}:test`);
    const { text } = await extractText(pdf.slice(), { mergePages: true });
    expect(text).toContain(placed.order.number);
    expect(text).toContain('Электроколяска универсальная');
    expect(text).toContain(medtech.name);
    expect(text).toContain(signedContract!.sha256);
    expect(text.match(/Подпись действительна/g)).toHaveLength(2);

    // Receipt only after the goods were handed over; then the recipient signs the certificate.
    expect((await failure(prepareReceipt(db(), actor, placed.order.id))).detail).toBe('errors.order.not_handed_over');
    expect((await failure(markFulfilmentStep(db(), medtech, placed.order.id, 'ready_for_pickup'))).detail).toBe('errors.order.step_mismatch_delivery');
    await markFulfilmentStep(db(), medtech, placed.order.id, 'shipped');
    const receipt = await prepareReceipt(db(), actor, placed.order.id);
    await sign(receipt.id, login, actor);
    expect((await db().select().from(orders).where(eq(orders.id, placed.order.id)))[0]?.status).toBe('delivered');
    // The cabinet's balance counts it as received.
    const usage = await usageOn(db(), actor.recipientId!, almatyDateOf(now()));
    expect(usage.items).toEqual([{ code: 'WC-04', on: almatyDateOf(now()), quantity: 1, state: 'received' }]);

    const actions = (await orderTimeline(db(), placed.order.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['order.place', 'order.submit', 'order.decide', 'order.contract_concluded', 'order.shipped', 'order.receive', 'document.sign']));
    // The office of the recipient's district sees it; the other office's officer would not.
    expect((await findOrderForActor(db(), officer, placed.order.id))?.id).toBe(placed.order.id);
  });

  it('accepts exactly one of two orders for the last item in stock, even when both are signed at once', async () => {
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    const first = await newAstanaRecipient();
    const second = await newAstanaRecipient();
    const placedA = await placeOrder(db(), first.actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    const placedB = await placeOrder(db(), second.actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    await sign(placedA.applicationDocumentId, first.login, first.actor);
    await sign(placedB.applicationDocumentId, second.login, second.actor);
    await db().update(catalogItems).set({ stock: 1 }).where(eq(catalogItems.id, wc04));
    const decisionA = await prepareDecision(db(), medtech, placedA.order.id, { decision: 'accept' });
    const decisionB = await prepareDecision(db(), medtech, placedB.order.id, { decision: 'accept' });
    const results = await Promise.allSettled([sign(decisionA.id, medtechLogin, medtech), sign(decisionB.id, medtechLogin, medtech)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).detailKey).toBe('errors.order.out_of_stock');
    const statuses = (await db().select({ status: orders.status }).from(orders).where(eq(orders.catalogItemId, wc04))).map((o) => o.status);
    expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
    expect((await db().select({ stock: catalogItems.stock }).from(catalogItems).where(eq(catalogItems.id, wc04)))[0]?.stock).toBe(0);
    // The refused signature left nothing: that decision document is still unsigned.
    const unsigned = await db().select({ status: documents.status }).from(documents).where(eq(documents.id, (results[0]!.status === 'rejected' ? decisionA : decisionB).id));
    expect(unsigned[0]?.status).toBe('awaiting_signatures');
  });

  it('refuses with a reason and frees the recipient to choose again', async () => {
    const { actor, login } = await newAstanaRecipient();
    const placed = await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' });
    // While the first order waits, the IPR's one wheelchair is taken.
    await sign(placed.applicationDocumentId, login, actor);
    expect((await failure(placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' }))).fields).toEqual(['quantity:validation.order.quantity_exceeds_left']);
    const decision = await prepareDecision(db(), medtech, placed.order.id, { decision: 'refuse', reason: 'not_in_stock', comment: 'Поставка в январе' });
    await sign(decision.id, medtechLogin, medtech);
    const [refused] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(refused).toMatchObject({ status: 'refused', refusalReason: 'not_in_stock', refusalComment: 'Поставка в январе' });
    const sms = await db().select().from(notifications).where(and(eq(notifications.recipientId, actor.recipientId!), eq(notifications.kind, 'order_refused'), eq(notifications.channel, 'sms')));
    expect(sms).toHaveLength(1);
    expect((await placeOrder(db(), actor, { catalogItemId: await itemId(medtech.providerId!, 'WC-04'), quantity: 1, delivery: 'delivery' })).order.status).toBe('draft');
  });

  it('engages one provider at a time for a service', async () => {
    const assistant = await itemId(entrepreneur.providerId!, 'SRV-ASSISTANT');
    const placed = await placeOrder(db(), recipient, { catalogItemId: assistant, quantity: 1 });
    expect(placed.order.periodFrom).not.toBeNull();
    await sign(placed.applicationDocumentId, recipientLogin, recipient);
    expect((await failure(placeOrder(db(), recipient, { catalogItemId: assistant, quantity: 1 }))).fields).toEqual(['catalogItemId:validation.order.service_already_engaged']);
    expect((await failure(placeOrder(db(), recipient, { catalogItemId: assistant, quantity: 1, delivery: 'delivery' }))).fields).toEqual(['delivery:validation.order.delivery_for_goods_only']);
    const listed = await listOrdersForActor(db(), entrepreneur, { status: 'submitted', limit: 50 });
    expect(listed.items.map((i) => i.order.id)).toContain(placed.order.id);
    expect((await listOrdersForActor(db(), medtech, { limit: 50 })).items.map((i) => i.order.id)).not.toContain(placed.order.id);
  });
});

describe('returns', () => {
  it('returns open orders on death, puts the stock back, tells the provider; no decision after that', async () => {
    const { actor, login } = await newAstanaRecipient();
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    await db().update(catalogItems).set({ stock: 3 }).where(eq(catalogItems.id, wc04));
    const placed = await placeOrder(db(), actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    await sign(placed.applicationDocumentId, login, actor);
    const decision = await prepareDecision(db(), medtech, placed.order.id, { decision: 'accept' });
    await sign(decision.id, medtechLogin, medtech);
    expect((await db().select({ stock: catalogItems.stock }).from(catalogItems).where(eq(catalogItems.id, wc04)))[0]?.stock).toBe(2);

    const [person] = await db().select({ iin: users.iin }).from(users).where(eq(users.id, actor.userId));
    const today = new Date(now().getTime()).toISOString().slice(0, 10);
    const report = await recordEntitlementEvents(db(), client, [{ type: 'death', iin: person!.iin, date: today }], now());
    expect(report.rejected).toEqual([]);
    const [returned] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'death' });
    expect((await db().select({ stock: catalogItems.stock }).from(catalogItems).where(eq(catalogItems.id, wc04)))[0]?.stock).toBe(3);
    const toProvider = await db().select().from(notifications).where(and(eq(notifications.providerId, medtech.providerId!), eq(notifications.kind, 'order_returned')));
    expect(toProvider.map((n) => n.body).join()).toContain(returned!.number);
    expect((await failure(prepareDecision(db(), medtech, placed.order.id, { decision: 'refuse', reason: 'not_in_stock' }))).code).toBe('conflict');
  });
});

describe('rights that run out', () => {
  it('returns an order whose IPR expired before receipt, closes a service whose period is over; once', async () => {
    const { actor, login } = await newAstanaRecipient('2026-12-31');
    const wc04 = await itemId(medtech.providerId!, 'WC-04');
    const placed = await placeOrder(db(), actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' });
    await sign(placed.applicationDocumentId, login, actor);
    const assistant = await itemId(entrepreneur.providerId!, 'SRV-ASSISTANT');
    const [service] = await db().select().from(orders).where(and(eq(orders.recipientId, recipient.recipientId!), eq(orders.catalogItemId, assistant)));
    // The assistant's order was engaged above; its contract signed, it is being rendered until 31 December.
    await db().update(orders).set({ status: 'in_fulfilment' }).where(eq(orders.id, service!.id));

    expect(await closeOrdersAfterRightsLapse(db(), new Date('2026-12-31T12:00:00Z'))).toMatchObject({ returned: 0 });
    const report = await closeOrdersAfterRightsLapse(db(), new Date('2027-01-01T12:00:00Z'));
    expect(report.returned).toBeGreaterThanOrEqual(1);
    const [returned] = await db().select().from(orders).where(eq(orders.id, placed.order.id));
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'ipr_ended' });
    const [closed] = await db().select().from(orders).where(eq(orders.id, service!.id));
    expect(closed?.status).toBe('closed');
    expect((await orderTimeline(db(), service!.id)).at(-1)?.action).toBe('order.close_period_over');
    const again = await closeOrdersAfterRightsLapse(db(), new Date('2027-01-01T12:00:00Z'));
    expect((await db().select().from(orders).where(eq(orders.id, placed.order.id)))[0]?.statusChangedAt.getTime()).toBe(returned!.statusChangedAt.getTime());
    expect(again.closed).toBe(0);
    // Past its validity the IPR grants nothing more: no new order.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T05:00:00Z'));
    expect((await failure(placeOrder(db(), actor, { catalogItemId: wc04, quantity: 1, delivery: 'delivery' }))).fields).toEqual(['catalogItemId:validation.order.not_entitled']);
  });
});
