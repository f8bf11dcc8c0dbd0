import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { devSmsMessages, notifications, users } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { loadActor } from '@/lib/auth/actor';
import { importIprRecords } from '@/lib/entitlements/import-iprs';
import { jobDefinitions } from '@/lib/jobs/definitions';
import { nudgeJob, startJobQueue, stopJobQueue } from '@/lib/jobs/queue';
import { now } from '@/lib/clock';
import { openDatabase } from '@/db/client';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;

beforeAll(async () => {
  database = await seededTestDatabase(now());
}, 120_000);
afterAll(async () => {
  await stopJobQueue();
  await database?.close();
});

async function until(check: () => Promise<boolean> | boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`the job queue on the app database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('runs a sent job through the same connection, once, and sends an imported IPR\'s SMS when nudged', async () => {
    const runs: string[] = [];
    const boss = await startJobQueue(database.connection, [
      { name: 'test-once', run: async () => void runs.push('ran') },
      ...jobDefinitions.filter((d) => d.name === 'notifications-send'),
    ]);
    await boss.send('test-once', {});
    await until(() => runs.length === 1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(runs).toEqual(['ran']);

    const db = database.connection.db;
    const account = database.accounts.find((a) => a.role === 'integration_client')!;
    const [user] = await db.select().from(users).where(eq(users.login, account.login.toLowerCase()));
    const client = (await loadActor(db, user!.id, user!.sessionVersion))!;
    const iin = withCheckDigit('9002024000');
    const report = await importIprRecords(
      db,
      client,
      [{ iprNumber: 'IPR-QUEUE-1', version: 1, iin, fullName: 'Ахметова Дана Ерлановна', phone: '+77017770011', kato: '711110000', disabilityGroup: '2', validFrom: '2026-01-01', validTo: '2027-12-31', measures: [{ code: 'WC-01', quantity: 1 }] }],
      { source: 'api', at: now() },
    );
    expect(report.accepted).toHaveLength(1);
    await nudgeJob('notifications-send');
    const sms = async () => (await db.select().from(notifications).where(eq(notifications.dedupeKey, 'ipr_arrived:IPR-QUEUE-1:sms')))[0];
    // The gateway stores the message before the sender marks it sent: wait for the mark.
    await until(async () => (await sms())?.status === 'sent');
    expect(await sms()).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await db.select().from(devSmsMessages).where(eq(devSmsMessages.phone, '+77017770011'))).toHaveLength(1);
  }, 90_000);

  // Several instances exist only with a server: PGlite allows one process per data folder.
  // This test therefore belongs to the PostgreSQL run of the suite (npm run test:db in CI).
  if (process.env.TEST_DATABASE_URL) it('shares the work between two app instances on one PostgreSQL server: each job runs once', async () => {
    const second = openDatabase({ url: database.url! });
    const runs: string[] = [];
    const definition = (instance: string) => ({ name: 'test-shared', run: async () => void runs.push(instance) });
    const a = await startJobQueue(database.connection, [definition('a')]);
    const b = await startJobQueue(second, [definition('b')]);
    try {
      for (let i = 0; i < 20; i++) await a.send('test-shared', { i });
      await until(() => runs.length >= 20, 40_000);
      await new Promise((r) => setTimeout(r, 2500));
      expect(runs).toHaveLength(20);
    } finally {
      await b.stop({ graceful: true, wait: true });
      await second.close();
    }
  }, 90_000);
});
