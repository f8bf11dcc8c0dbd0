import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog, catalogItems, documents, notifications } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { verifyAuditChain } from '@/lib/audit';
import { now } from '@/lib/clock';
import { submitSignature } from '@/lib/documents/submit-signature';
import { listProviderNotices, markProviderNoticesRead } from '@/lib/notifications/provider-notices';
import { queueNotifications } from '@/lib/notifications/outbox';
import { placeOrder } from '@/lib/orders/place-order';
import { openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;

const actorByLogin = (login: string) => actorOf(db(), login);
const account = (role: string, namePrefix: string) => database.accounts.find((a) => a.role === role && a.name.startsWith(namePrefix))!;

let medtech: Actor; // Искаков, МедТех
let inva: Actor; // Литвиненко, another provider
let recipient: Actor; // Жумабаев, Astana: an electric wheelchair from МедТех
let orderNumber: string;
let invaNotice: string;

const readAt = async (ids: string[]) =>
  new Map((await db().select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(inArray(notifications.id, ids))).map((r) => [r.id, r.readAt]));
const markReadEntries = () =>
  db().select().from(auditLog).where(and(eq(auditLog.action, 'notifications.mark_read'), eq(auditLog.entityType, 'provider'))).orderBy(asc(auditLog.seq));

/** Signs a document with a demo person's SIGN keystore and posts it, as their browser would. */
async function sign(documentId: string, login: string, actor: Actor) {
  const [document] = await db().select().from(documents).where(eq(documents.id, documentId));
  const person = database.accounts.find((a) => a.login === login)!;
  const keys = openKeystore(new Uint8Array(fs.readFileSync(person.keystore!)), person.keystorePassword!);
  const cms = await signDetachedCms({ content: new Uint8Array(document!.canonical), ...keys, signingTime: now() });
  return submitSignature(db(), actor, documentId, cms, loadTrustStore(path.join(database.dataDir, 'pki', 'trust')));
}

beforeAll(async () => {
  database = await seededTestDatabase(now(), { pki: true });
  medtech = await actorByLogin(account('provider_admin', 'Искаков').login);
  inva = await actorByLogin(account('provider_admin', 'Литвиненко').login);
  const recipientLogin = account('recipient', 'Жумабаев').login;
  recipient = await actorByLogin(recipientLogin);

  // A real order reaching МедТех leaves it an "order arrived" notice.
  const [wc04] = await db().select({ id: catalogItems.id }).from(catalogItems).where(and(eq(catalogItems.providerId, medtech.providerId!), eq(catalogItems.classifierCode, 'WC-04')));
  const placed = await placeOrder(db(), recipient, { catalogItemId: wc04!.id, quantity: 1, delivery: 'delivery' });
  await sign(placed.applicationDocumentId, recipientLogin, recipient);
  orderNumber = placed.order.number;

  // Another provider has a notice of its own.
  await queueNotifications(db(), [{ to: { providerId: inva.providerId! }, kind: 'order_received', eventKey: 'provider-notices-test', locale: 'ru', phone: null, values: { number: 'QZ-TEST-INVA' } }], now());
  const [row] = await db().select({ id: notifications.id }).from(notifications).where(eq(notifications.providerId, inva.providerId!));
  invaNotice = row!.id;
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe('provider notices', () => {
  it('a provider sees only its own cabinet notices, newest first', async () => {
    // An older one, so the order is visible.
    await queueNotifications(db(), [{ to: { providerId: medtech.providerId! }, kind: 'order_received', eventKey: 'provider-notices-older', locale: 'ru', phone: null, values: { number: 'QZ-OLDER' } }], new Date(now().getTime() - 3_600_000));
    const mine = await listProviderNotices(db(), medtech, 'ru');
    expect(mine.notices.map((n) => n.kind)).toEqual(['order_arrived', 'order_received']);
    expect(mine.notices[0]!.body).toContain(orderNumber);
    expect(mine.unread).toBe(2);
    expect(mine.notices.some((n) => n.id === invaNotice)).toBe(false);

    const theirs = await listProviderNotices(db(), inva, 'ru');
    expect(theirs.notices.map((n) => n.id)).toEqual([invaNotice]);
    expect(theirs.unread).toBe(1);
  });

  it('refuses people who are not a provider, and a provider account linked to none', async () => {
    expect((await failure(listProviderNotices(db(), recipient, 'ru'))).code).toBe('forbidden');
    expect((await failure(markProviderNoticesRead(db(), recipient))).code).toBe('forbidden');
    expect((await failure(listProviderNotices(db(), { ...medtech, providerId: null }, 'ru'))).code).toBe('forbidden');
  });

  it("another provider's ids change nothing and log nothing", async () => {
    expect(await markProviderNoticesRead(db(), medtech, [invaNotice])).toEqual([]);
    expect((await readAt([invaNotice])).get(invaNotice)).toBeNull();
    expect(await markReadEntries()).toHaveLength(0);
    expect(await markProviderNoticesRead(db(), medtech, [])).toEqual([]);
  });

  it('marks one, then all, as read, each audited; marking again changes nothing', async () => {
    const [newest, older] = (await listProviderNotices(db(), medtech, 'ru')).notices;
    expect(await markProviderNoticesRead(db(), medtech, [older!.id])).toEqual([older!.id]);
    let read = await readAt([newest!.id, older!.id]);
    expect(read.get(older!.id)).toBeInstanceOf(Date);
    expect(read.get(newest!.id)).toBeNull();
    expect((await listProviderNotices(db(), medtech, 'ru')).unread).toBe(1);
    const [entry] = await markReadEntries();
    expect(entry).toMatchObject({ actorUserId: medtech.userId, actorRole: 'provider_admin', entityType: 'provider', entityId: medtech.providerId, data: { noticeIds: [older!.id], all: false } });

    expect(await markProviderNoticesRead(db(), medtech, [older!.id])).toEqual([]);
    expect(await markReadEntries()).toHaveLength(1);

    // "Mark all" takes the rest of this provider's notices and never the other provider's.
    expect(await markProviderNoticesRead(db(), medtech)).toEqual([newest!.id]);
    read = await readAt([newest!.id, invaNotice]);
    expect(read.get(newest!.id)).toBeInstanceOf(Date);
    expect(read.get(invaNotice)).toBeNull();
    const entries = await markReadEntries();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ entityId: medtech.providerId, data: { noticeIds: [newest!.id], all: true } });
    expect((await listProviderNotices(db(), medtech, 'ru')).unread).toBe(0);
    expect(await markProviderNoticesRead(db(), medtech)).toEqual([]);
    expect(await markReadEntries()).toHaveLength(2);
    expect((await listProviderNotices(db(), inva, 'ru')).unread).toBe(1);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
