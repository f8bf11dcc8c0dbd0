import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, catalogItems, iprs, notifications, orders } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { listOfficeNotices, markOfficeNoticesRead } from '@/lib/notifications/office-notices';
import { closeOrdersPastDeadline } from '@/lib/orders/expire-orders';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const account = (role: string, namePrefix: string) => database.accounts.find((a) => a.role === role && a.name.startsWith(namePrefix))!;

const actorByLogin = (login: string) => actorOf(db(), login);

let astana: Actor;
let karaganda: Actor;
let recipient: Actor;
let medtech: Actor;
let karagandaNoticeId: string;

const AT = new Date('2026-11-20T05:00:00Z');

/** An order of the Astana recipient that reached МедТех and waited past its deadline. */
async function overdueOrder() {
  const [ipr] = await db().select().from(iprs).where(eq(iprs.recipientId, recipient.recipientId!)).limit(1);
  const [item] = await db().select().from(catalogItems).where(eq(catalogItems.providerId, medtech.providerId!)).limit(1);
  const submitted = new Date(AT.getTime() - 10 * 86_400_000);
  const [row] = await db()
    .insert(orders)
    .values({
      number: 'NOTICE-1',
      recipientId: recipient.recipientId!,
      placedByUserId: recipient.userId,
      providerId: medtech.providerId!,
      catalogItemId: item!.id,
      classifierCode: item!.classifierCode,
      category: 'wheelchair',
      iprId: ipr!.id,
      iprNumber: ipr!.iprNumber,
      quantity: 1,
      unitPrice: '100000.00',
      leadTimeDays: 5,
      status: 'submitted',
      submittedAt: submitted,
      deadlineAt: new Date(submitted.getTime() + 5 * 86_400_000),
      termDays: 5,
      termDayKind: 'working',
      onExpiry: 'expire',
      statusChangedAt: submitted,
      createdAt: submitted,
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  database = await seededTestDatabase();
  astana = await actorByLogin(account('office_officer', 'Сапарова').login);
  karaganda = await actorByLogin(account('office_officer', 'Петров').login);
  recipient = await actorByLogin(account('recipient', 'Жумабаев').login);
  medtech = await actorByLogin(account('provider_admin', 'Искаков').login);
  const [other] = await db()
    .insert(notifications)
    .values({ officeId: karaganda.officeId!, channel: 'cabinet', kind: 'order_expired', dedupeKey: 'test:karaganda', locale: 'ru', body: 'Карагандинское уведомление', status: 'sent', nextAttemptAt: AT, createdAt: AT })
    .returning();
  karagandaNoticeId = other!.id;
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe('office notices', () => {
  it('shows the office an order that expired in its districts, and nobody else’s notices', async () => {
    const order = await overdueOrder();
    expect((await closeOrdersPastDeadline(db(), AT)).expired).toBe(1);
    const { notices, unread } = await listOfficeNotices(db(), astana, 'ru');
    expect(notices.map((n) => n.kind)).toEqual(['order_expired']);
    expect(notices[0]!.body).toContain(order.number);
    expect(unread).toBe(1);
    const theirs = await listOfficeNotices(db(), karaganda, 'ru');
    expect(theirs.notices.map((n) => n.id)).toEqual([karagandaNoticeId]);
  });

  it('reads each notice in the officer’s language; one written before its values were kept reads as written', async () => {
    const [kazakh] = (await listOfficeNotices(db(), astana, 'kk')).notices;
    expect(kazakh).toMatchObject({ kind: 'order_expired', locale: 'kk' });
    expect(kazakh!.body).toMatch(/^\S+ тапсырыс бойынша шешім мерзімі жеткізушінің жауабынсыз өтті: тапсырыс жабылды, алушы басқа жеткізушіні таңдай алады\.$/);
    const [english] = (await listOfficeNotices(db(), astana, 'en')).notices;
    expect(english).toMatchObject({ locale: 'en', body: expect.stringMatching(/^The decision deadline for order \S+ passed with no answer from the provider: the order is closed/) as unknown });
    const [russian] = (await listOfficeNotices(db(), astana, 'ru')).notices;
    expect(russian!.body).toMatch(/^Срок решения по заказу \S+ истёк без ответа поставщика: заказ закрыт/);
    expect((await listOfficeNotices(db(), karaganda, 'kk')).notices[0]).toMatchObject({ body: 'Карагандинское уведомление', locale: 'ru' });
  });

  it('marks only the office’s own notices, and audits the marking', async () => {
    // Another office's id matches nothing and changes nothing.
    expect(await markOfficeNoticesRead(db(), astana, [karagandaNoticeId])).toEqual([]);
    const [other] = await db().select().from(notifications).where(eq(notifications.id, karagandaNoticeId));
    expect(other?.readAt).toBeNull();
    // "All" is all of its own.
    const mine = (await listOfficeNotices(db(), astana, 'ru')).notices.map((n) => n.id);
    expect(await markOfficeNoticesRead(db(), astana)).toEqual(mine);
    expect((await listOfficeNotices(db(), astana, 'ru')).unread).toBe(0);
    expect((await listOfficeNotices(db(), karaganda, 'ru')).unread).toBe(1);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, 'notifications.mark_read'), eq(auditLog.entityId, astana.officeId!)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: astana.userId, entityType: 'employment_office', data: { noticeIds: mine, all: true } });
    // Nothing left to mark: nothing logged.
    expect(await markOfficeNoticesRead(db(), astana)).toEqual([]);
    expect(await db().$count(auditLog, and(eq(auditLog.action, 'notifications.mark_read'), eq(auditLog.entityId, astana.officeId!)))).toBe(1);
  });

  it('is for office officers only', async () => {
    expect((await failure(listOfficeNotices(db(), medtech, 'ru'))).code).toBe('forbidden');
    expect((await failure(markOfficeNoticesRead(db(), recipient))).code).toBe('forbidden');
  });
});
