import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { devSmsMessages, iprMeasures, iprs, notifications, recipients, users } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { verifyAuditChain } from '@/lib/audit';
import { withCheckDigit } from '@/db/seed/identifiers';
import { importIprRecords } from '@/lib/entitlements/import-iprs';
import { GROWTH_WORTH_ANALYZING } from '@/db/planner-statistics';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { recordEntitlementEvents } from '@/lib/entitlements/record-events';
import { queueNotifications } from '@/lib/notifications/outbox';
import { queueDueReminders } from '@/lib/notifications/reminders';
import { sendDueSms } from '@/lib/notifications/send-sms';
import { DevSmsGateway, SmsRejectedError, type SmsGateway } from '@/lib/notifications/sms-gateway';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
let client: Actor;

const at = new Date('2026-11-25T05:00:00Z'); // 10:00 in Almaty
const ASTANA_DISTRICT = '711110000';

beforeAll(async () => {
  database = await seededTestDatabase(at);
  const account = database.accounts.find((a) => a.role === 'integration_client')!;
  const [user] = await db().select().from(users).where(eq(users.login, account.login.toLowerCase()));
  client = (await loadActor(db(), user!.id, user!.sessionVersion))!;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

let serial = 0;
/** A fresh person: a valid IIN (born 1985) that no other test uses. */
function newIin(): string {
  serial += 1;
  return withCheckDigit(`850101${String(3000 + serial).padStart(4, '0')}`);
}

function withWrongCheckDigit(iin: string): string {
  return `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
}

function record(overrides: Record<string, unknown> = {}) {
  return {
    iprNumber: `IPR-T-${++serial}`,
    version: 1,
    iin: newIin(),
    fullName: 'Сериков Арман Болатович',
    phone: '+7 701 555 12 34',
    address: 'Астана, ул. Кенесары, 10',
    kato: ASTANA_DISTRICT,
    disabilityGroup: '1',
    validFrom: '2026-11-01',
    validTo: '2027-10-31',
    measures: [
      { code: 'WC-04', quantity: 1 },
      { code: 'SRV-ASSISTANT', hoursPerDay: 8 },
      { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 },
    ],
    ...overrides,
  };
}

async function versionsOf(iprNumber: string) {
  return db().select().from(iprs).where(eq(iprs.iprNumber, iprNumber)).orderBy(asc(iprs.version));
}

describe('importing IPRs from E-Sobes', () => {
  it('creates the recipient, their account, the IPR and the arrival messages; the same batch again changes nothing', async () => {
    const batch = [record(), record()];
    const first = await importIprRecords(db(), client, batch, { source: 'api', at });
    expect(first.rejected).toEqual([]);
    expect(first.accepted.map((a) => a.outcome)).toEqual(['created', 'created']);

    const [person] = await db().select().from(recipients).where(eq(recipients.iin, batch[0]!.iin as string));
    expect(person).toMatchObject({ fullName: 'Сериков Арман Болатович', phone: '+77015551234', kato: ASTANA_DISTRICT });
    const [account] = await db().select().from(users).where(eq(users.login, batch[0]!.iin as string));
    expect(account).toMatchObject({ role: 'recipient', recipientId: person!.id, passwordHash: null, status: 'active' });
    const granted = await entitlementsOn(db(), person!.id, '2026-11-25');
    expect(granted.map((g) => g.code).sort()).toEqual(['SRV-ASSISTANT', 'SRV-SIGN-LANGUAGE', 'WC-04']);
    // The assistant's hours end with the year they start in; the rest run with the IPR.
    expect(granted.find((g) => g.code === 'SRV-ASSISTANT')!.endsOn).toBe('2026-12-31');
    expect((await entitlementsOn(db(), person!.id, '2027-01-05')).map((g) => g.code).sort()).toEqual(['SRV-SIGN-LANGUAGE', 'WC-04']);

    const messages = await db().select().from(notifications).where(eq(notifications.recipientId, person!.id));
    expect(messages.map((m) => `${m.kind}/${m.channel}/${m.status}`).sort()).toEqual(['ipr_arrived/cabinet/sent', 'ipr_arrived/sms/pending']);
    expect(messages.find((m) => m.channel === 'sms')!.body).toContain(batch[0]!.iprNumber as string);

    const countsBefore = await counts();
    const again = await importIprRecords(db(), client, batch, { source: 'api', at: new Date(at.getTime() + 60_000) });
    expect(again.accepted.map((a) => a.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await counts()).toEqual(countsBefore);
  });

  it('lets a newer version take over from its start date, and refuses an older or altered one', async () => {
    const v1 = record();
    await importIprRecords(db(), client, [v1], { source: 'api', at });
    const v2 = { ...v1, version: 2, validFrom: '2027-01-10', measures: [{ code: 'WC-02', quantity: 1 }] };
    const result = await importIprRecords(db(), client, [v2], { source: 'api', at });
    expect(result.accepted).toEqual([{ index: 0, iprNumber: v1.iprNumber, outcome: 'replaced' }]);
    const [old, current] = await versionsOf(v1.iprNumber as string);
    expect(old).toMatchObject({ version: 1, status: 'superseded', endedOn: '2027-01-10' });
    expect(current).toMatchObject({ version: 2, status: 'active', endedOn: null });
    const [person] = await db().select().from(recipients).where(eq(recipients.iin, v1.iin as string));
    expect((await entitlementsOn(db(), person!.id, '2027-01-09')).map((g) => g.code)).toContain('WC-04');
    expect((await entitlementsOn(db(), person!.id, '2027-01-10')).map((g) => g.code)).toEqual(['WC-02']);
    // Only one arrival message: a new version is not a new IPR.
    const arrivals = await db().select().from(notifications).where(and(eq(notifications.recipientId, person!.id), eq(notifications.channel, 'sms')));
    expect(arrivals).toHaveLength(1);

    const late = await importIprRecords(db(), client, [v1, { ...v2, fullName: 'Другое Имя Человека' }], { source: 'api', at });
    expect(late.accepted).toEqual([{ index: 0, iprNumber: v1.iprNumber, outcome: 'unchanged' }]);
    expect(late.rejected).toEqual([{ index: 1, iprNumber: v1.iprNumber, errors: [{ field: 'version', message: 'validation.ipr.version_conflict', values: { version: 2 } }] }]);
    const older = await importIprRecords(db(), client, [{ ...v1, version: 1, validFrom: '2026-11-02' }], { source: 'api', at });
    expect(older.rejected[0]!.errors[0]!.message).toBe('validation.ipr.version_conflict');
  });

  it('accepts the good records of a mixed batch and names each bad one with its reason', async () => {
    const good = record();
    const batch = [
      record({ iin: withWrongCheckDigit(newIin()) }),
      good,
      record({ measures: [{ code: 'NO-SUCH', quantity: 1 }] }),
      record({ validFrom: '2027-05-01', validTo: '2027-01-01' }),
      record({ measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 9 }] }),
      record({ measures: [{ code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 61 }] }),
      record({ kato: '999999999' }),
      { iprNumber: 'IPR-BROKEN' },
      'not an object',
    ];
    const result = await importIprRecords(db(), client, batch, { source: 'api', at });
    expect(result.accepted).toEqual([{ index: 1, iprNumber: good.iprNumber, outcome: 'created' }]);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.index, r.errors.map((e) => `${e.field}: ${e.message}`)]));
    expect(reasons[0]).toEqual(['iin: validation.iin.check_digit']);
    expect(reasons[2]).toEqual(['measures.0.code: validation.ipr.unknown_code']);
    expect(reasons[3]).toEqual(['validTo: validation.ipr.dates_reversed']);
    expect(reasons[4]).toEqual(['measures.0.hoursPerDay: validation.ipr.assistant_hours']);
    expect(reasons[5]).toEqual(['measures.0.hoursPerYear: validation.ipr.sign_language_hours']);
    expect(reasons[6]).toEqual(['kato: validation.ipr.unknown_kato']);
    expect(reasons[7]!.length).toBeGreaterThan(3);
    expect(result.rejected.find((r) => r.index === 7)!.iprNumber).toBe('IPR-BROKEN');
    expect(reasons[8]).toEqual(['(root): validation.invalid_type']);
    // Nothing of the bad records was written.
    for (const bad of [batch[2], batch[3]] as { iprNumber: string }[]) expect(await versionsOf(bad.iprNumber)).toEqual([]);
  });

  it('refuses an IPR number that belongs to another person', async () => {
    const mine = record();
    await importIprRecords(db(), client, [mine], { source: 'api', at });
    const result = await importIprRecords(db(), client, [{ ...mine, version: 2, iin: newIin() }], { source: 'api', at });
    expect(result.rejected[0]!.errors).toEqual([{ field: 'iprNumber', message: 'validation.ipr.number_of_other_person' }]);
  });

  it('gives the same outcome when the same batch arrives twice at once', async () => {
    const batch = [record(), record()];
    const [a, b] = await Promise.all([
      importIprRecords(db(), client, batch, { source: 'api', at }),
      importIprRecords(db(), client, batch, { source: 'api', at }),
    ]);
    expect([...a.accepted, ...b.accepted].map((x) => x.outcome).sort()).toEqual(['created', 'created', 'unchanged', 'unchanged']);
    for (const r of batch) expect(await versionsOf(r.iprNumber as string)).toHaveLength(1);
  });
});

describe('a large import', () => {
  it('refreshes the planner statistics of the tables it grew, so foreign-key checks are planned for their new size', async () => {
    const reltuples = async (table: string) =>
      Number((await database.connection.executeSql(`select reltuples from pg_class where relname = $1`, [table])).rows[0]!.reltuples);
    const batch = Array.from({ length: GROWTH_WORTH_ANALYZING }, () => record());
    const report = await importIprRecords(db(), client, batch, { source: 'api', at });
    expect(report.rejected).toEqual([]);
    const [iprCount, recipientCount] = await Promise.all([db().$count(iprs), db().$count(recipients)]);
    expect(await reltuples('iprs')).toBe(iprCount);
    expect(await reltuples('recipients')).toBe(recipientCount);
  });
});

describe('status events', () => {
  it("ends every IPR after a death, cancels unsent messages, closes the account; the same event again changes nothing", async () => {
    const r = record();
    await importIprRecords(db(), client, [r], { source: 'api', at });
    const [person] = await db().select().from(recipients).where(eq(recipients.iin, r.iin as string));
    const result = await recordEntitlementEvents(db(), client, [{ type: 'death', iin: r.iin, date: '2026-11-20' }], at);
    expect(result).toEqual({ accepted: [{ index: 0, outcome: 'recorded' }], rejected: [] });

    const [after] = await db().select().from(recipients).where(eq(recipients.id, person!.id));
    expect(after).toMatchObject({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-20' });
    const [ipr] = await versionsOf(r.iprNumber as string);
    expect(ipr).toMatchObject({ status: 'ended', endedOn: '2026-11-21' });
    expect((await entitlementsOn(db(), person!.id, '2026-11-20')).length).toBe(3);
    expect(await entitlementsOn(db(), person!.id, '2026-11-21')).toEqual([]);
    const sms = await db().select().from(notifications).where(and(eq(notifications.recipientId, person!.id), eq(notifications.channel, 'sms')));
    expect(sms.map((m) => m.status)).toEqual(['cancelled']);
    const [account] = await db().select().from(users).where(eq(users.recipientId, person!.id));
    expect(account!.status).toBe('disabled');

    const again = await recordEntitlementEvents(db(), client, [{ type: 'death', iin: r.iin, date: '2026-11-20' }], at);
    expect(again.accepted).toEqual([{ index: 0, outcome: 'unchanged' }]);
    // A new IPR for a person recorded as deceased is refused.
    const refused = await importIprRecords(db(), client, [{ ...r, iprNumber: `${r.iprNumber}-NEW` }], { source: 'api', at });
    expect(refused.rejected[0]!.errors[0]!.message).toBe('validation.ipr.recipient_deceased');
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('ends one IPR early; a re-issued measure then starts on its own date', async () => {
    const r = record();
    await importIprRecords(db(), client, [r], { source: 'api', at });
    const [person] = await db().select().from(recipients).where(eq(recipients.iin, r.iin as string));
    await recordEntitlementEvents(db(), client, [{ type: 'ipr_ended', iprNumber: r.iprNumber, date: '2026-11-24' }], at);
    expect(await entitlementsOn(db(), person!.id, '2026-11-25')).toEqual([]);
    const reissued = { ...r, iprNumber: `${r.iprNumber}-R`, validFrom: '2026-11-25', measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 4, startsOn: '2026-12-01' }] };
    expect((await importIprRecords(db(), client, [reissued], { source: 'api', at })).accepted).toHaveLength(1);
    expect(await entitlementsOn(db(), person!.id, '2026-11-30')).toEqual([]);
    expect((await entitlementsOn(db(), person!.id, '2026-12-01')).map((g) => [g.code, g.hoursPerDay])).toEqual([['SRV-ASSISTANT', 4]]);
  });

  it('refuses unknown people, unknown IPRs and future dates, one event at a time', async () => {
    const result = await recordEntitlementEvents(
      db(),
      client,
      [{ type: 'departure', iin: newIin(), date: '2026-11-01' }, { type: 'ipr_ended', iprNumber: 'NOPE', date: '2026-11-01' }, { type: 'death', iin: newIin(), date: '2026-12-01' }, { type: 'moved' }],
      at,
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((r) => r.errors[0]!.message)).toEqual(['validation.event.unknown_recipient', 'validation.event.unknown_ipr', 'validation.event.future_date', 'validation.invalid']);
  });
});

describe('the one-month reminder', () => {
  it('is queued once a month after arrival when no provider was chosen, and only once', async () => {
    const r = record();
    const arrived = new Date('2026-10-20T05:00:00Z');
    await importIprRecords(db(), client, [{ ...r, validFrom: '2026-10-01' }], { source: 'api', at: arrived });
    const [person] = await db().select().from(recipients).where(eq(recipients.iin, r.iin as string));
    const reminders = () => db().select().from(notifications).where(and(eq(notifications.recipientId, person!.id), eq(notifications.kind, 'choose_provider_reminder')));

    await queueDueReminders(db(), new Date('2026-11-19T12:00:00Z'));
    expect(await reminders()).toEqual([]);
    await queueDueReminders(db(), new Date('2026-11-20T05:00:00Z'));
    const queued = await reminders();
    expect(queued.map((m) => m.channel).sort()).toEqual(['cabinet', 'sms']);
    expect(queued[0]!.body).toContain('2026-12-20');
    await queueDueReminders(db(), new Date('2026-11-21T05:00:00Z'));
    expect(await reminders()).toHaveLength(2);
  });

  it('is not sent to a person who has died', async () => {
    const r = record();
    await importIprRecords(db(), client, [r], { source: 'api', at: new Date('2026-10-20T05:00:00Z') });
    await recordEntitlementEvents(db(), client, [{ type: 'death', iin: r.iin, date: '2026-11-01' }], at);
    const [person] = await db().select().from(recipients).where(eq(recipients.iin, r.iin as string));
    await queueDueReminders(db(), new Date('2026-11-22T05:00:00Z'));
    const sent = await db().select().from(notifications).where(and(eq(notifications.recipientId, person!.id), eq(notifications.kind, 'choose_provider_reminder')));
    expect(sent).toEqual([]);
  });
});

describe('sending SMS from the outbox', () => {
  it('sends a sign-in code before an older backlog: someone is waiting for it', async () => {
    await db().update(notifications).set({ status: 'cancelled' }).where(eq(notifications.status, 'pending'));
    const older = record();
    await importIprRecords(db(), client, [older], { source: 'api', at });
    const [person] = await db().select({ id: recipients.id }).from(recipients).where(eq(recipients.iin, older.iin as string));
    const later = new Date(at.getTime() + 60_000);
    await queueNotifications(db(), [{ to: { recipientId: person!.id }, kind: 'sign_in_code', eventKey: `priority-${older.iin}`, locale: 'ru', phone: '+77015551234', values: { code: '123456', minutes: 10 }, channels: ['sms'] }], later);
    const sent: string[] = [];
    await sendDueSms(db(), { send: async (m) => (sent.push(m.body), { gatewayMessageId: m.id }) }, { at: () => later, limit: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('123456');
  });

  it('sends each message once, retries a failure with back-off, and gives up on a refusal', async () => {
    await db().update(notifications).set({ status: 'cancelled' }).where(eq(notifications.status, 'pending'));
    const r1 = record();
    const r2 = record();
    const r3 = record();
    await importIprRecords(db(), client, [r1, r2, r3], { source: 'api', at });
    const delivered: string[] = [];
    let calls = 0;
    const flaky: SmsGateway = {
      async send(message) {
        calls++;
        if (message.body.includes(r2.iprNumber as string)) throw new Error('gateway timeout');
        if (message.body.includes(r3.iprNumber as string)) throw new SmsRejectedError('bad number');
        delivered.push(message.id);
        return { gatewayMessageId: `g-${message.id}` };
      },
    };
    const first = await sendDueSms(db(), flaky, { at: () => at });
    expect(first).toEqual({ sent: 1, retried: 1, failed: 1 });
    // Nothing is due again before the back-off ends.
    expect(await sendDueSms(db(), flaky, { at: () => new Date(at.getTime() + 30_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(calls).toBe(3);
    const retry = await sendDueSms(db(), flaky, { at: () => new Date(at.getTime() + 61_000) });
    expect(retry).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(delivered).toHaveLength(1);
    const rows = await db().select().from(notifications).where(eq(notifications.channel, 'sms'));
    const byNumber = (n: string) => rows.find((m) => m.body.includes(n))!;
    expect(byNumber(r1.iprNumber as string)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(byNumber(r2.iprNumber as string)).toMatchObject({ status: 'pending', attempts: 2, lastError: 'gateway timeout' });
    expect(byNumber(r3.iprNumber as string)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never gives one message to two senders running at once', async () => {
    await db().update(notifications).set({ status: 'cancelled' }).where(eq(notifications.status, 'pending'));
    const batch = Array.from({ length: 6 }, () => record());
    await importIprRecords(db(), client, batch, { source: 'api', at });
    const gateway = new DevSmsGateway(db());
    const seen: string[] = [];
    const counting: SmsGateway = { send: async (m) => (seen.push(m.id), gateway.send(m)) };
    await Promise.all([sendDueSms(db(), counting, { at: () => at }), sendDueSms(db(), counting, { at: () => at }), sendDueSms(db(), counting, { at: () => at })]);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const stored = await db().select().from(devSmsMessages);
    expect(stored.filter((m) => seen.includes(m.messageId))).toHaveLength(6);
  });
});

async function counts() {
  const [a, b, c, d, e] = await Promise.all([
    db().$count(recipients),
    db().$count(users),
    db().$count(iprs),
    db().$count(iprMeasures),
    db().$count(notifications),
  ]);
  return { recipients: a, users: b, iprs: c, measures: d, notifications: e };
}
