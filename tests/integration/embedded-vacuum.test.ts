import { describe, expect, it } from 'vitest';
import { vacuumWhereDue } from '@/db/embedded-vacuum';
import { writeAudit } from '@/lib/audit';
import { jobDefinitions } from '@/lib/jobs/definitions';
import { migratedTestDatabase, databaseForThisFile } from '../support/database';

const testDatabase = databaseForThisFile(migratedTestDatabase);

const sql = (text: string) => testDatabase().connection.executeSql(text);
const pagesOf = async (table: string) => Number((await sql(`select pg_relation_size('${table}') / current_setting('block_size')::int as pages`)).rows[0]!.pages);
const vacuumJob = jobDefinitions.find((d) => d.name === 'embedded-database-vacuum')!;

describe(`the embedded database's vacuum (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  if (process.env.TEST_DATABASE_URL) {
    it('leaves a PostgreSQL server to its autovacuum', async () => {
      await sql("create table vacuum_churn (id int primary key, note text)");
      await sql("insert into vacuum_churn select g, 'x' from generate_series(1, 500) g");
      await sql('delete from vacuum_churn');
      expect(await vacuumJob.run(testDatabase().connection.db, undefined, testDatabase().connection)).toEqual({ vacuumed: [], analyzed: [] });
    });
    return;
  }

  it("reclaims the audit queue's dead rows every audited write leaves, and only when due", async () => {
    const db = testDatabase().connection.db;
    for (let i = 0; i < 200; i++) {
      await db.transaction((tx) => writeAudit(tx, { actor: null, action: 'test.vacuum', entityType: 'test', entityId: String(i), data: { note: 'x'.repeat(300) } }));
    }
    // Queued and removed at each commit: nothing lives in the queue, yet its file grew.
    expect(Number((await sql('select count(*) as n from audit_queue')).rows[0]!.n)).toBe(0);
    expect(await pagesOf('audit_queue')).toBeGreaterThan(5);

    const report = await vacuumJob.run(db, undefined, testDatabase().connection);
    expect(report).toMatchObject({ vacuumed: expect.arrayContaining(['public.audit_queue']) });
    expect(await pagesOf('audit_queue')).toBe(0);
    // Nothing is due a minute later when nothing was written.
    expect((await vacuumWhereDue(testDatabase().connection)).vacuumed).not.toContain('public.audit_queue');
  });

  it('analyzes a table that grew past ten pages and leaves a tiny one as it is', async () => {
    await sql('create table vacuum_large (id int primary key, note text)');
    await sql("insert into vacuum_large select g, repeat('x', 100) from generate_series(1, 5000) g");
    await sql('create table vacuum_tiny (id int primary key, note text)');
    await sql("insert into vacuum_tiny select g, 'x' from generate_series(1, 100) g");
    const report = await vacuumWhereDue(testDatabase().connection);
    expect(report.vacuumed).toContain('public.vacuum_large');
    expect(report.analyzed).toContain('public.vacuum_large');
    expect(report.vacuumed).not.toContain('public.vacuum_tiny');
    expect(report.analyzed).not.toContain('public.vacuum_tiny');
    const { rows } = await sql("select relname, reltuples from pg_class where relname in ('vacuum_large', 'vacuum_tiny') order by relname");
    expect(rows.map((r) => [r.relname, Number(r.reltuples)])).toEqual([
      ['vacuum_large', 5000],
      ['vacuum_tiny', -1],
    ]);
  });
});
