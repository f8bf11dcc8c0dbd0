import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { auditLog, notifications, recipients, representations } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { verifyAuditChain } from '@/lib/audit';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { prepareEsignAgreement } from '@/lib/documents/esign-agreement';
import { listDocumentsOfSigner } from '@/lib/documents/queries';
import { measureBalances } from '@/lib/entitlements/balance';
import { programmesOf } from '@/lib/entitlements/programmes';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { usageOn } from '@/lib/entitlements/usage';
import { AppError } from '@/lib/errors';
import { listCabinetNotices, markNoticesRead } from '@/lib/notifications/cabinet-notices';
import { queueNotifications } from '@/lib/notifications/outbox';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;

const actorByLogin = (login: string) => actorOf(db(), login);
const loginOf = (role: string, pick: (a: (typeof database.accounts)[number]) => boolean = () => true) =>
  database.accounts.find((a) => a.role === role && pick(a))!.login;

async function recipientNamed(prefix: string) {
  const [row] = (await db().select().from(recipients)).filter((r) => r.fullName.startsWith(prefix));
  return row!;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}

let serial = 0;
/** Writes one message (a cabinet notice, and an SMS when a phone is given) and answers the notice's id. */
async function notice(recipientId: string, at: Date, phone: string | null = null): Promise<string> {
  const eventKey = `cabinet-test-${++serial}`;
  await queueNotifications(db(), [{ to: { recipientId }, kind: 'ipr_arrived', eventKey, locale: 'ru', phone, values: { iprNumber: `T-${serial}` } }], at);
  const [row] = await db().select({ id: notifications.id }).from(notifications).where(eq(notifications.dedupeKey, `ipr_arrived:${eventKey}:cabinet`));
  return row!.id;
}

async function readAtOf(ids: string[]): Promise<Map<string, Date | null>> {
  const rows = await db().select({ id: notifications.id, readAt: notifications.readAt }).from(notifications).where(inArray(notifications.id, ids));
  return new Map(rows.map((r) => [r.id, r.readAt]));
}

const markReadEntries = () => db().select().from(auditLog).where(eq(auditLog.action, 'notifications.mark_read')).orderBy(asc(auditLog.seq));
const auditCount = async () => (await db().select({ n: count() }).from(auditLog))[0]!.n;

let erlan: Actor; // recipient
let mother: Actor; // representative of the child
let child: Awaited<ReturnType<typeof recipientNamed>>;
let dinara: Awaited<ReturnType<typeof recipientNamed>>; // another recipient, not represented by mother
let dinaraNotice: string;

beforeAll(async () => {
  database = await seededTestDatabase(now());
  erlan = await actorByLogin(loginOf('recipient', (a) => a.name.startsWith('Жумабаев')));
  mother = await actorByLogin(loginOf('representative'));
  child = await recipientNamed('Нурланов');
  dinara = await recipientNamed('Ахметова');
  dinaraNotice = await notice(dinara.id, now());
}, 180_000);
afterAll(async () => {
  await database?.close();
});

describe('cabinet notices', () => {
  it('a recipient reads their notices newest first and marks one, then all, as read', async () => {
    const older = await notice(erlan.recipientId!, new Date(now().getTime() - 3_600_000), '+77010000001');
    const newer = await notice(erlan.recipientId!, now(), '+77010000001');
    const listed = await listCabinetNotices(db(), erlan, erlan.recipientId!, 'ru');
    expect(listed.notices.map((n) => n.id)).toEqual([newer, older]);
    expect(listed.unread).toBe(2);
    // Another recipient's notice is never listed in this cabinet.
    expect(listed.notices.some((n) => n.id === dinaraNotice)).toBe(false);
    // Sent while the account read Russian, it reads in the language the cabinet is opened in.
    const inKazakh = (await listCabinetNotices(db(), erlan, erlan.recipientId!, 'kk')).notices[0]!;
    expect(inKazakh.locale).toBe('kk');
    expect(inKazakh.body).toBe(`№ T-${serial} ЖОБ келіп түсті. Порталда жеткізушіні таңдаңыз.`);

    expect(await markNoticesRead(db(), erlan, erlan.recipientId!, [older])).toEqual([older]);
    let readAt = await readAtOf([older, newer]);
    expect(readAt.get(older)).toBeInstanceOf(Date);
    expect(readAt.get(newer)).toBeNull();
    expect((await listCabinetNotices(db(), erlan, erlan.recipientId!, 'ru')).unread).toBe(1);
    const [entry] = await markReadEntries();
    expect(entry).toMatchObject({
      actorUserId: erlan.userId,
      actorRole: 'recipient',
      onBehalfOfRecipientId: null,
      entityType: 'recipient',
      entityId: erlan.recipientId,
      data: { noticeIds: [older], all: false },
    });

    // Already read: nothing changes and nothing more is logged.
    expect(await markNoticesRead(db(), erlan, erlan.recipientId!, [older])).toEqual([]);
    expect(await markReadEntries()).toHaveLength(1);

    // "Mark all" takes the rest of the cabinet notices, not the SMS rows of the same messages.
    expect(await markNoticesRead(db(), erlan, erlan.recipientId!)).toEqual([newer]);
    readAt = await readAtOf([older, newer]);
    expect(readAt.get(newer)).toBeInstanceOf(Date);
    const sms = await db()
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.recipientId, erlan.recipientId!), eq(notifications.channel, 'sms')));
    expect(sms.length).toBe(2);
    expect(sms.every((s) => s.readAt === null)).toBe(true);
    expect((await readAtOf([dinaraNotice])).get(dinaraNotice)).toBeNull();
  });

  it('a representative reads and marks the represented recipient\'s notice, logged on their behalf', async () => {
    const first = await notice(child.id, now());
    const second = await notice(child.id, now());
    const listed = await listCabinetNotices(db(), mother, child.id, 'ru');
    expect(listed.notices.map((n) => n.id).sort()).toEqual([first, second].sort());

    expect(await markNoticesRead(db(), mother, child.id, [first])).toEqual([first]);
    expect((await readAtOf([first])).get(first)).toBeInstanceOf(Date);
    expect((await readAtOf([second])).get(second)).toBeNull();
    const entries = await markReadEntries();
    expect(entries.at(-1)).toMatchObject({
      actorUserId: mother.userId,
      actorRole: 'representative',
      onBehalfOfRecipientId: child.id,
      entityType: 'recipient',
      entityId: child.id,
      data: { noticeIds: [first], all: false },
    });

    expect(await markNoticesRead(db(), mother, child.id)).toEqual([second]);
    expect((await markReadEntries()).at(-1)).toMatchObject({ onBehalfOfRecipientId: child.id, data: { noticeIds: [second], all: true } });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('a representative cannot read or mark notices of a recipient they do not represent', async () => {
    const before = await auditCount();
    expect(await refusal(listCabinetNotices(db(), mother, dinara.id, 'ru'))).toBe('not_found');
    expect(await refusal(markNoticesRead(db(), mother, dinara.id, [dinaraNotice]))).toBe('not_found');
    expect(await refusal(markNoticesRead(db(), mother, dinara.id))).toBe('not_found');
    // Dinara's notice id under the represented child's cabinet matches nothing.
    expect(await markNoticesRead(db(), mother, child.id, [dinaraNotice])).toEqual([]);
    expect((await readAtOf([dinaraNotice])).get(dinaraNotice)).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('a representation that has ended no longer opens the cabinet', async () => {
    const today = almatyDateOf(now());
    await db().insert(representations).values({
      representativeUserId: mother.userId,
      recipientId: dinara.id,
      basis: 'power_of_attorney',
      documentNumber: 'Доверенность № 1 (истекла)',
      validFrom: addDays(today, -30),
      validTo: addDays(today, -1),
    });
    try {
      expect(await refusal(listCabinetNotices(db(), mother, dinara.id, 'ru'))).toBe('not_found');
      expect(await refusal(markNoticesRead(db(), mother, dinara.id))).toBe('not_found');
      expect((await readAtOf([dinaraNotice])).get(dinaraNotice)).toBeNull();
    } finally {
      await db().delete(representations).where(and(eq(representations.representativeUserId, mother.userId), eq(representations.recipientId, dinara.id)));
    }
  });

  it('a recipient cannot read or touch another recipient\'s notices', async () => {
    const before = await auditCount();
    expect(await refusal(listCabinetNotices(db(), erlan, dinara.id, 'ru'))).toBe('not_found');
    expect(await refusal(markNoticesRead(db(), erlan, dinara.id, [dinaraNotice]))).toBe('not_found');
    expect(await refusal(markNoticesRead(db(), erlan, dinara.id))).toBe('not_found');
    expect(await markNoticesRead(db(), erlan, erlan.recipientId!, [dinaraNotice])).toEqual([]);
    expect((await readAtOf([dinaraNotice])).get(dinaraNotice)).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it('roles without notices are refused before anything is looked up', async () => {
    const provider = await actorByLogin(loginOf('provider_admin'));
    expect(await refusal(markNoticesRead(db(), provider, dinara.id))).toBe('forbidden');
    expect((await readAtOf([dinaraNotice])).get(dinaraNotice)).toBeNull();
  });
});

describe('cabinet balance over the demo IPR', () => {
  it('shows the first recipient\'s measures with all of them left while nothing is used', async () => {
    const today = almatyDateOf(now());
    const [programme] = await programmesOf(db(), erlan.recipientId!, today);
    expect(programme).toMatchObject({ version: 1, state: 'in_force', lastDay: null });
    const balances = measureBalances(await entitlementsOn(db(), erlan.recipientId!, today), await usageOn(db(), erlan.recipientId!, today), today);
    expect(balances).toEqual([
      expect.objectContaining({ kind: 'minutes_per_day', code: 'SRV-ASSISTANT', entitledMinutes: 480, usedMinutes: 0, leftMinutes: 480 }),
      expect.objectContaining({ kind: 'items', code: 'WC-04', entitled: 1, ordered: 0, received: 0, left: 1 }),
    ]);
  });
});

describe('cabinet documents', () => {
  it('lists the documents the person must sign or signed, and nobody else\'s', async () => {
    expect(await listDocumentsOfSigner(db(), erlan)).toEqual([]);
    const agreement = await prepareEsignAgreement(db(), erlan);
    expect(await listDocumentsOfSigner(db(), erlan)).toEqual([
      expect.objectContaining({ id: agreement.id, kind: 'esign_agreement', version: 1, status: 'awaiting_signatures', signedAt: null }),
    ]);
    // The representative sees their own documents, not the recipients' or anyone else's.
    expect(await listDocumentsOfSigner(db(), mother)).toEqual([]);
    const own = await prepareEsignAgreement(db(), mother);
    expect((await listDocumentsOfSigner(db(), mother)).map((d) => d.id)).toEqual([own.id]);
  });
});
