import { describe, expect, it } from 'vitest';
import { analyzeTablesWorthIt } from '@/db/planner-statistics';
import { databaseForThisFile } from '../support/database';

const testDatabase = databaseForThisFile();

describe('statistics at start-up (PGlite has no autovacuum)', () => {
  it('analyzes tables of ten pages or more and leaves tiny ones never analyzed', async () => {
    const sql = (text: string) => testDatabase().connection.executeSql(text);
    await sql('create table stats_tiny (id int primary key, note text)');
    await sql("insert into stats_tiny select g, 'x' from generate_series(1, 3) g");
    await sql('create table stats_large (id int primary key, note text)');
    await sql("insert into stats_large select g, repeat('x', 100) from generate_series(1, 5000) g");
    await analyzeTablesWorthIt(testDatabase().connection);
    const { rows } = await sql("select relname, reltuples from pg_class where relname in ('stats_tiny', 'stats_large') order by relname");
    // -1: never analyzed, so the planner assumes the table may have grown and keeps to indexes.
    expect(rows.map((r) => [r.relname, Number(r.reltuples)])).toEqual([
      ['stats_large', 5000],
      ['stats_tiny', -1],
    ]);
  });
});
