import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { writeAudit, verifyAuditChain } from '@/lib/audit';
import { migratedTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await migratedTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const entry = (i: number) => ({
  actor: { userId: '00000000-0000-4000-8000-000000000001', role: 'administrator' },
  action: 'test.write',
  entityType: 'test',
  entityId: String(i),
  data: { i, note: 'Қазақ әріптері: ә ғ қ ң ө ұ ү һ і' },
});

describe(`audit log (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('chains entries and verifies', async () => {
    const db = database.connection.db;
    for (let i = 0; i < 5; i++) await db.transaction((tx) => writeAudit(tx, entry(i)));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 });
  });

  it('rolls back with the change it records', async () => {
    const db = database.connection.db;
    await expect(
      db.transaction(async (tx) => {
        await writeAudit(tx, entry(99));
        throw new Error('business write failed');
      }),
    ).rejects.toThrow('business write failed');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = database.connection.db;
    // drizzle wraps the database error; the trigger's message is in its cause.
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(() => null, (e: Error & { cause?: Error }) => e);
      return String(error?.cause?.message ?? error?.message);
    };
    expect(await refusal(db.execute(sql`update audit_log set action = 'forged' where seq = 1`))).toMatch(/append-only: UPDATE refused/);
    expect(await refusal(db.execute(sql`delete from audit_log where seq = 1`))).toMatch(/append-only: DELETE refused/);
    expect(await refusal(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 });
  });

  it('keeps one unforked chain under concurrent writers', async () => {
    // PGlite has one connection and serialises; on the server these are real concurrent sessions.
    const writers = database.url
      ? Array.from({ length: 8 }, () => openDatabase({ url: database.url }))
      : [database.connection];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const writer = writers[i % writers.length]!;
        return writer.db.transaction((tx) => writeAudit(tx, entry(100 + i)));
      }),
    );
    if (database.url) await Promise.all(writers.map((w) => w.close()));
    expect(await verifyAuditChain(database.connection.db)).toEqual({ ok: true, checked: 45 });
  });

  it('detects an entry altered behind the triggers', async () => {
    const db = database.connection.db;
    // Only a superuser can do this; the verifier must still notice.
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set data = '{"i": 3, "note": "forged"}'::jsonb where seq = 4`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: 3, seq: 4, problem: 'hash_mismatch' });
  });
});
