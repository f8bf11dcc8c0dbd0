import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { preparedStatement } from '@/db/prepared';
import { databaseForThisFile } from '../support/database';

const testDatabase = databaseForThisFile();

const nextMinute = preparedStatement<{ next: number | null }>('test_next_minute', sql`select ${sql.placeholder('minute')}::int + 1 as "next"`);

describe(`a statement built once, run on any handle (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('runs with the values of each call, on the database and in a transaction', async () => {
    const db = testDatabase().connection.db;
    expect(await nextMinute(db, { minute: 479 })).toEqual([{ next: 480 }]);
    expect(await db.transaction((tx) => nextMinute(tx, { minute: 59 }))).toEqual([{ next: 60 }]);
    expect(await nextMinute(db, { minute: null })).toEqual([{ next: null }]);
  });

  it('refuses a value left undefined alike on both databases, before sending anything', async () => {
    await expect(nextMinute(testDatabase().connection.db, { minute: undefined })).rejects.toThrow(/test_next_minute: the value of minute is undefined/);
  });
});
