import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '@/db/client';
import { auditLog, auditQueue } from '@/db/schema';
import { writeAudit, verifyAuditChain } from '@/lib/audit';
import { GENESIS_HASH, chainHashV1 } from '@/lib/audit/chain';
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
  it('chains entries at commit after the entries of version 1, and verifies both', async () => {
    const db = database.connection.db;
    // Two entries as the application wrote them before migration 0015 (hashed whole, in JS).
    let prevHash = GENESIS_HASH;
    for (const seq of [1, 2]) {
      const content = { at: new Date(Date.UTC(2026, 10, seq)).toISOString(), actorUserId: null, actorRole: null, onBehalfOfRecipientId: null, action: 'test.legacy', entityType: 'test', entityId: `legacy-${seq}`, fromState: null, toState: null, reason: null, data: { seq } };
      const hash = chainHashV1(prevHash, { seq, ...content });
      await db.insert(auditLog).values({ seq, ...content, at: new Date(content.at), prevHash, hash });
      prevHash = hash;
    }
    for (let i = 0; i < 3; i++) await db.transaction((tx) => writeAudit(tx, entry(i)));
    const rows = await db.select({ seq: auditLog.seq, version: auditLog.hashVersion, prevHash: auditLog.prevHash }).from(auditLog).orderBy(auditLog.seq);
    expect(rows.map((r) => [r.seq, r.version])).toEqual([[1, 1], [2, 1], [3, 2], [4, 2], [5, 2]]);
    expect(rows[2]!.prevHash).toBe(prevHash);
    expect(await db.$count(auditQueue)).toBe(0);
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

  it('holds the chain lock only while committing, so an open transaction with an entry holds up no other writer', async () => {
    const db = database.connection.db;
    const advisoryLocksHeld = async (tx: Pick<typeof db, 'execute'>) =>
      rowsOf<{ held: number }>(await tx.execute(sql`select count(*)::int as held from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`))[0]!.held;
    await db.transaction(async (tx) => {
      await writeAudit(tx, entry(200));
      expect(await advisoryLocksHeld(tx)).toBe(0);
    });
    if (!database.url) return expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 46 });
    // On the server, for real: a second session commits while the first still has its entry open.
    const other = openDatabase({ url: database.url });
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let written!: () => void;
      const queued = new Promise<void>((resolve) => (written = resolve));
      const slow = db.transaction(async (tx) => {
        await writeAudit(tx, entry(201));
        written();
        await held;
      });
      await queued;
      await other.db.transaction((tx) => writeAudit(tx, entry(202)));
      release();
      await slow;
      const tail = await db.select({ entityId: auditLog.entityId }).from(auditLog).orderBy(auditLog.seq).offset(46);
      expect(tail.map((r) => r.entityId)).toEqual(['202', '201']);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 48 });
    } finally {
      await other.close();
    }
  });

  it('removes each queued entry by its key, never by reading the whole queue, whatever VACUUM left', async () => {
    const db = database.connection.db;
    // VACUUM leaves the empty queue's file at no pages and its statistics at no rows: planned
    // then, the trigger's DELETE would be a sequential scan, kept while dead rows pile up.
    await database.connection.executeSql('VACUUM audit_queue');
    // Scans of the queue and of its key, counted by this session (counts not yet reported included, hence the difference).
    const scans = async (tx: Pick<typeof db, 'execute'>) =>
      rowsOf<{ table: number; key: number }>(
        await tx.execute(sql`select pg_stat_get_xact_numscans('audit_queue'::regclass)::int as "table", pg_stat_get_xact_numscans('audit_queue_pkey'::regclass)::int as "key"`),
      )[0]!;
    const [before, after] = await db.transaction(async (tx) => {
      const counted = await scans(tx);
      for (let i = 0; i < 6; i++) await writeAudit(tx, entry(300 + i));
      // The chain's deferred triggers fire here instead of at commit, within this session's counts.
      await tx.execute(sql`set constraints all immediate`);
      return [counted, await scans(tx)];
    });
    expect(after.table - before.table).toBe(0);
    expect(after.key - before.key).toBe(6);
    expect(await db.$count(auditQueue)).toBe(0);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('gathers no planner statistics on its content and hashes, which no query filters on', async () => {
    await database.connection.executeSql('ANALYZE audit_log');
    const { rows } = await database.connection.executeSql("select attname from pg_stats where schemaname = 'public' and tablename = 'audit_log' order by attname");
    const columns = rows.map((r) => r.attname);
    expect(columns).toEqual(expect.arrayContaining(['action', 'entity_id', 'entity_type', 'seq']));
    for (const skipped of ['data', 'prev_hash', 'hash', 'content_digest']) expect(columns).not.toContain(skipped);
  });

  it('detects an entry altered behind the triggers', async () => {
    const db = database.connection.db;
    // Only a superuser can do this; the verifier must still notice.
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set data = '{"i": 3, "note": "forged"}'::jsonb where seq = 4`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: 3, seq: 4, problem: 'hash_mismatch' });
  });

  it('detects an entry of version 1 altered behind the triggers', async () => {
    const db = database.connection.db;
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set entity_id = 'forged' where seq = 2`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, checked: 1, seq: 2, problem: 'hash_mismatch' });
  });
});
